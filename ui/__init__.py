"""What the pages share: texts in two languages, number formats, filters, data access, widgets."""
