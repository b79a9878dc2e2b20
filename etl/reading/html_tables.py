"""HTML tables saved as ".xls" by web portals: each <table> becomes a sheet, colspan/rowspan become merges."""

from __future__ import annotations

from html.parser import HTMLParser

from etl.reading.encodings import decode_text
from etl.reading.sheet import Sheet, check_cells

_MAX_SPAN = 200


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._stack: list[list[list[tuple[str, int, int]]]] = []
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
        elif tag in ("td", "th") and self._stack:
            if not self._stack[-1]:
                self._stack[-1].append([])
            self._cell = []
            self._span = (_span(a.get("rowspan")), _span(a.get("colspan")))
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._stack:
            self._stack[-1][-1].append(("".join(self._cell).strip(), *self._span))
            self._cell = None
        elif tag == "table" and self._stack:
            self.tables.append(self._stack.pop())

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _span(value: str | None) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(value or 1)))
    except ValueError:
        return 1


def _decode(data: bytes) -> str:
    head = data[:2048].lower()
    for enc in ("utf-8", "windows-1258", "cp1258"):
        if f"charset={enc}".encode() in head or f'charset="{enc}"'.encode() in head:
            try:
                return data.decode(enc)
            except (UnicodeDecodeError, LookupError):
                break
    return decode_text(data)[0]


def read_html_tables(data: bytes) -> list[Sheet]:
    parser = _TableParser()
    parser.feed(_decode(data))
    parser.close()
    sheets = []
    used = 0  # cells laid out in the tables before this one
    for n, table in enumerate(t for t in parser.tables if any(t)):
        check_cells(used + sum(rs * cs for row in table for _, rs, cs in row))  # before any cell is laid out
        grid: dict[tuple[int, int], str] = {}
        merged = []
        for r, row in enumerate(table):
            c = 0
            for text, rowspan, colspan in row:
                while (r, c) in grid:
                    c += 1
                for dr in range(rowspan):
                    for dc in range(colspan):
                        grid[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) else ""
                if rowspan > 1 or colspan > 1:
                    merged.append((r, c, r + rowspan - 1, c + colspan - 1))
                c += colspan
        height = max(r for r, _ in grid) + 1
        width = max(c for _, c in grid) + 1
        check_cells(used + height * width)
        used += height * width
        rows = [[grid.get((r, c), "") for c in range(width)] for r in range(height)]
        sheets.append(Sheet(f"Bảng {n + 1}", rows, merged))
    return sheets
