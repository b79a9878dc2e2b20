"""The report a leader files: a unit's year as an A4 PDF and an editable DOCX (issue #11, point 7).

``gather`` reads the warehouse; ``build_pdf`` / ``build_docx`` are pure (content in, bytes out);
``report_section`` is the block the overview page shows.

The writers (fpdf2, python-docx, Pillow: about 2 s of imports) are imported when first asked for, not when
Tổng quan opens: its first opens after a start paid for them under the import lock, one viewer after another."""

from importlib import import_module
from typing import Any

_WHERE = {"ReportContent": "content", "gather": "content", "build_pdf": "pdf", "report_section": "section",
          "draft_paragraph": "sentences", "build_docx": "word"}

__all__ = ["ReportContent", "build_docx", "build_pdf", "draft_paragraph", "gather", "report_section"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'ui.report' has no attribute {name!r}")
    return getattr(import_module(f"ui.report.{_WHERE[name]}"), name)
