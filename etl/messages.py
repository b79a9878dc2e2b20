"""Reject reasons and load messages: a stable English code, a Vietnamese text and an English text.

Templates take keyword fields; ``message(code, **fields)`` returns (vi, en). The texts are data:
data/messages.csv (code, group, vi, en, note), one row a message.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path


def read_texts(path: Path, key: str) -> dict[str, tuple[str, str]]:
    """{key: (Vietnamese, English)} from a CSV of columns ``key``, group, vi, en, note (UTF-8, edited in Excel or
    LibreOffice like any list; the UI's texts use it too). A key given twice or a text missing is an error naming
    the line."""
    out: dict[str, tuple[str, str]] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            name, vi, en = (row.get(key) or "").strip(), row.get("vi") or "", row.get("en") or ""
            if not name or not vi.strip() or not en.strip():
                raise ValueError(f"{path.name} line {line}: a text needs its {key}, vi and en")
            if name in out:
                raise ValueError(f"{path.name} line {line}: {key} {name!r} is given twice")
            out[name] = (unicodedata.normalize("NFC", vi), unicodedata.normalize("NFC", en))
    return out


MESSAGES = read_texts(Path(__file__).resolve().parents[1] / "data" / "messages.csv", "code")


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def message(code: str, **fields: object) -> tuple[str, str]:
    """The Vietnamese and English texts of ``code`` with ``fields`` filled in (missing fields blank)."""
    vi, en = MESSAGES[code]
    values = _Blank({k: "" if v is None else v for k, v in fields.items()})
    return vi.format_map(values), en.format_map(values)
