"""The report a leader files: a unit's year as an A4 PDF and an editable DOCX (issue #11, point 7).

``gather`` reads the warehouse; ``build_pdf`` / ``build_docx`` are pure (content in, bytes out);
``report_section`` is the block the overview page shows."""

from ui.report.content import ReportContent, gather
from ui.report.pdf import build_pdf
from ui.report.section import report_section
from ui.report.sentences import draft_paragraph
from ui.report.word import build_docx

__all__ = ["ReportContent", "build_docx", "build_pdf", "draft_paragraph", "gather", "report_section"]
