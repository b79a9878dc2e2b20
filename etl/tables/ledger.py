"""The cell ledger: every non-empty cell of a sheet ends in exactly one of four categories.

- ``fact``: the cell gave (or was one of the cells that gave) a figure or a register item that was loaded;
- ``reject``: the cell holds something that could not be loaded, and a reject record says why;
- ``label``: the cell names something (title block, header, STT, unit or indicator name, numbering row, group row);
- ``ignored``: the cell is not read, for a stated reason (signature block, note, "Ghi chú" column, hidden sheet).

A sheet's ledger is a byte per cell of its table block (bounded memory whatever the sheet holds); the cells far
from the block (etl.reading.readers.FarCells: a stray value in row 1,048,576) are counted apart, without a place.
Readers mark cells as they read them; a cell marked twice keeps its first mark and is counted in
``double_marks`` (a reader bug the tests catch). ``close`` gives every cell still unmarked a place: above the
table a title label, below it the signature block, elsewhere a reject ``unread_cell`` for a number (never
silently dropped) or an ignored text; a far number a reject ``far_cell``, a far text ignored (``far_text``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from etl.reading.cells import is_nonempty, is_number_like

FACT, REJECT, LABEL, IGNORED = "fact", "reject", "label", "ignored"
CATEGORIES = (FACT, REJECT, LABEL, IGNORED)

# Reason codes of labels and ignored cells (stable English codes; Vietnamese for the summary).
REASONS: dict[str, tuple[str, str]] = {
    "fact": ("số liệu đã nạp", "loaded figure"),
    "item": ("mục của danh sách đã nạp", "loaded register item"),
    # labels
    "title": ("khối tiêu đề", "title block"),
    "header": ("tiêu đề cột", "column header"),
    "numbering": ("dòng đánh số cột", "column numbering row"),
    "stt": ("số thứ tự", "row number (STT)"),
    "unit_name": ("tên đơn vị", "unit name"),
    "indicator": ("tên chỉ tiêu", "indicator name"),
    "measure": ("đơn vị tính", "unit of measure"),
    "group_row": ("dòng nhóm", "group row"),
    "unit_code": ("mã đơn vị", "unit code"),
    "rank": ("xếp hạng", "rank"),
    "year": ("năm", "year"),
    "field": ("cột mô tả của danh sách", "register field"),
    # ignored
    "signature": ("khối chữ ký, nơi nhận", "signature block"),
    "note": ("ghi chú trong bảng", "note in the table"),
    "note_column": ("cột ghi chú, xếp loại", "note column"),
    "hidden_sheet": ("trang tính ẩn", "hidden sheet"),
    "hidden_twin": ("cột ẩn ghi cùng chỉ tiêu với một cột đang hiện (lấy cột đang hiện)",
                    "hidden column claiming a shown column's figure (the shown one is read)"),
    "no_table": ("trang không có bảng số liệu", "sheet without a table"),
    "not_reported": ("ô ghi “không báo cáo” (x, -)", "marked as not reported (x, -)"),
    "outside_table": ("chữ ngoài bảng", "text outside the table"),
    "text_column": ("cột chữ không đọc", "text column not read"),
    "far_text": ("chữ nằm xa bảng", "text far from the table"),
    "template_fingerprint": ("dấu nhận dạng của biểu mẫu", "the template's fingerprint"),
    "template_other_sheet": ("trang khác của biểu mẫu (hướng dẫn)", "another sheet of the template (instructions)"),
    "template_reference": ("số liệu năm trước để tham khảo", "last year's figures, for reference"),
    # rejects (the reject record gives the reason; these are the cells it covers)
    "reject": ("bị loại", "rejected"),
    "unread_cell": ("ô số không đọc được", "number cell the reader could not place"),
    "far_cell": ("ô số nằm xa bảng", "number far from the table"),
}

_CODES = {name: i + 2 for i, name in enumerate(CATEGORIES)}  # 0: empty, 1: non-empty and not yet marked
_NAMES = {v: k for k, v in _CODES.items()}
_REASON_IDS = {name: i for i, name in enumerate(REASONS)}
_REASON_NAMES = list(REASONS)
_MAX_DOUBLES = 50


@dataclass
class SheetLedger:
    """The ledger of one sheet: a category and a reason per cell."""

    sheet: str
    height: int
    width: int
    status: str = "read"  # read | hidden | no_table
    caption_paragraph: int | None = None  # a Word or PDF table: the paragraph of its caption (1-based)
    _cat: bytearray = field(default_factory=bytearray, repr=False)
    _why: bytearray = field(default_factory=bytearray, repr=False)
    nonempty: int = 0
    double_marks: list[tuple[int, int, str, str]] = field(default_factory=list)
    unread: list[tuple[int, int]] = field(default_factory=list)
    far_numbers: int = 0  # non-empty cells far from the table block (outside height × width), numbers
    far_texts: int = 0  # and texts
    _far: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)  # where they went, once closed

    @classmethod
    def of_rows(cls, sheet: str, rows: list[list[object]], width: int, far_numbers: int = 0,
                far_texts: int = 0) -> SheetLedger:
        height = len(rows)
        ledger = cls(sheet, height, width, far_numbers=far_numbers, far_texts=far_texts)
        ledger._cat = bytearray(height * width)
        ledger._why = bytearray(height * width)
        n = 0
        for r, row in enumerate(rows):
            base = r * width
            for c, v in enumerate(row):
                if is_nonempty(v):
                    ledger._cat[base + c] = 1
                    n += 1
        ledger.nonempty = n + far_numbers + far_texts
        return ledger

    def _index(self, r: int, c: int) -> int | None:
        if 0 <= r < self.height and 0 <= c < self.width:
            return r * self.width + c
        return None

    def state(self, r: int, c: int) -> str | None:
        """The category of (r, c); None for an empty or not yet marked cell."""
        i = self._index(r, c)
        return _NAMES.get(self._cat[i]) if i is not None else None

    def is_open(self, r: int, c: int) -> bool:
        """A non-empty cell not yet marked."""
        i = self._index(r, c)
        return i is not None and self._cat[i] == 1

    def mark(self, r: int, c: int, category: str, reason: str) -> None:
        i = self._index(r, c)
        if i is None or self._cat[i] == 0:
            return  # an empty cell (or the hidden part of a merged range) is not counted
        if self._cat[i] != 1:
            if len(self.double_marks) < _MAX_DOUBLES:
                self.double_marks.append((r, c, _NAMES[self._cat[i]], category))
            return
        self._cat[i] = _CODES[category]
        self._why[i] = _REASON_IDS[reason]

    def mark_open(self, r: int, c: int, category: str, reason: str) -> None:
        """Mark (r, c) only if nothing has marked it yet (sweeps over a region)."""
        i = self._index(r, c)
        if i is not None and self._cat[i] == 1:
            self._cat[i] = _CODES[category]
            self._why[i] = _REASON_IDS[reason]

    def mark_rows(self, first: int, end: int, category: str, reason: str) -> None:
        for r in range(max(0, first), min(end, self.height)):
            base = r * self.width
            for i in range(base, base + self.width):
                if self._cat[i] == 1:
                    self._cat[i] = _CODES[category]
                    self._why[i] = _REASON_IDS[reason]

    def _place_far(self, numbers: tuple[str, str], texts: tuple[str, str]) -> None:
        if self._far:
            return
        for key, n in ((numbers, self.far_numbers), (texts, self.far_texts)):
            if n:
                self._far[key] = self._far.get(key, 0) + n

    def close(self, rows: list[list[object]], top: int, end: int) -> None:
        """Give every unmarked cell its place: above ``top`` the title block, from ``end`` on the signature
        block; between them a number is an unread cell (a reject) and a text is outside the table. A far number
        is a reject, a far text is ignored."""
        self._place_far((REJECT, "far_cell"), (IGNORED, "far_text"))
        self.mark_rows(0, top, LABEL, "title")
        self.mark_rows(end, self.height, IGNORED, "signature")
        for r in range(max(0, top), min(end, self.height)):
            base = r * self.width
            for c in range(self.width):
                if self._cat[base + c] != 1:
                    continue
                value = rows[r][c] if c < len(rows[r]) else None
                if is_number_like(value):
                    self._cat[base + c] = _CODES[REJECT]
                    self._why[base + c] = _REASON_IDS["unread_cell"]
                    self.unread.append((r, c))
                else:
                    self._cat[base + c] = _CODES[IGNORED]
                    self._why[base + c] = _REASON_IDS["outside_table"]

    def close_all(self, category: str, reason: str) -> None:
        self._place_far((category, reason), (category, reason))
        self.mark_rows(0, self.height, category, reason)

    def _far_open(self) -> int:
        return 0 if self._far else self.far_numbers + self.far_texts

    def counts(self) -> dict[str, int]:
        tally = Counter(self._cat)
        counts = {name: tally.get(code, 0) for name, code in _CODES.items()}
        for (cat, _), n in self._far.items():
            counts[cat] += n
        return counts

    def open_cells(self) -> int:
        return self._cat.count(1) + self._far_open()

    def reasons(self) -> dict[tuple[str, str], int]:
        """(category, reason) -> number of cells."""
        return self.tally()[1]

    def tally(self) -> tuple[dict[str, object], dict[tuple[str, str], int], bool]:
        """``summary()``, ``reasons()`` and ``balanced`` from one count of the cells (counted in C: a cell is a
        pair of bytes)."""
        pairs = Counter(zip(self._cat, self._why, strict=True))
        counts = dict.fromkeys(_CODES, 0)
        reasons: dict[tuple[str, str], int] = {}
        still_open = 0
        for (cat, why), n in pairs.items():
            if cat >= 2:
                counts[_NAMES[cat]] += n
                reasons[(_NAMES[cat], _REASON_NAMES[why])] = n
            elif cat == 1:
                still_open += n
        for (cat, why), n in self._far.items():
            counts[cat] += n
            reasons[(cat, why)] = reasons.get((cat, why), 0) + n
        still_open += self._far_open()
        balanced = still_open == 0 and sum(counts.values()) == self.nonempty and not self.double_marks
        return {"sheet": self.sheet, "status": self.status, "cells": self.nonempty, **counts}, reasons, balanced

    def cells(self, category: str, reason: str | None = None) -> list[tuple[int, int]]:
        """The cells of one category (and reason), for tests and the annotated workbook: those of the table block
        (the far ones have no place in it; ``far_cells`` counts them)."""
        code = _CODES[category]
        rid = _REASON_IDS[reason] if reason is not None else None
        out = []
        for i, cat in enumerate(self._cat):
            if cat == code and (rid is None or self._why[i] == rid):
                out.append(divmod(i, self.width))
        return out

    def far_cells(self) -> dict[tuple[str, str], int]:
        """(category, reason) -> number of the far cells, once the ledger is closed."""
        return dict(self._far)

    def summary(self) -> dict[str, object]:
        counts = self.counts()
        return {"sheet": self.sheet, "status": self.status, "cells": self.nonempty, **counts}

    @property
    def balanced(self) -> bool:
        counts = self.counts()
        return self.open_cells() == 0 and sum(counts.values()) == self.nonempty and not self.double_marks
