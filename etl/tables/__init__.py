"""Tables: finding the table on each sheet (title block, header rows, numbering rows, the row-label column),
binding each value cell to a unit, a year and a metric, and the ledger that gives every non-empty cell exactly one
outcome: a fact, a reject with its reason, a label, or ignored with its reason."""
