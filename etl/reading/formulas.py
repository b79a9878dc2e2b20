"""Formulas whose value the file does not hold, computed from the sheet's own cells.

A workbook written by a script or a web tool and never opened in Excel keeps its formulas ("=E9+F9",
"=SUM(C9:C24)", "=D25/C25*100") without the value Excel would have saved beside them, or with a placeholder 0
and a flag asking Excel to compute everything when the file is opened (``fullCalcOnLoad``). Such a cell is
computed here when its formula is arithmetic over the same sheet's cells: numbers, references and ranges, + − × ÷
and ^, unary signs, a trailing %, and SUM, AVERAGE, ROUND, MIN, MAX, ABS — as Excel computes them (an empty cell is
0 in arithmetic and skipped by SUM and AVERAGE; ROUND rounds halves away from zero). Anything else — another sheet
or workbook, a text, a function not listed, a division by zero, a cycle — is ``Unevaluated``: the cell is then a
reject "công thức chưa có giá trị" where a figure is read, never a blank and never a 0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_STEPS = 2_000_000  # cells visited by one sheet's formulas (a SUM over a whole column of a large sheet)


class Unevaluated(str):
    """The text of a formula that has no value and could not be computed; ``why`` says what stopped it."""

    why: str = ""

    def __new__(cls, formula: str, why: str) -> Unevaluated:
        obj = super().__new__(cls, formula)
        obj.why = why
        return obj


class FormulaError(Exception):
    pass


_TOKEN = re.compile(r"""\s*(?:
    (?P<sheetref>(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)
  | (?P<range>\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+)
  | (?P<ref>\$?[A-Za-z]{1,3}\$?\d+)(?![\w(])
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<func>[A-Za-z_][\w.]*)\s*\(
  | (?P<op>[-+*/^%(),;])
  | (?P<other>\S)
)""", re.VERBOSE)


def col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _ref(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?(\d+)", text)
    if m is None:
        raise FormulaError(f"reference {text}")
    return int(m.group(2)) - 1, col_number(m.group(1))


def tokens(formula: str) -> list[tuple[str, str]]:
    body = formula[1:] if formula.startswith("=") else formula
    out = []
    pos = 0
    while pos < len(body):
        m = _TOKEN.match(body, pos)
        if m is None:
            break
        pos = m.end()
        kind = m.lastgroup or "other"
        out.append((kind, m.group(kind)))
        if body[pos:].strip() == "":
            break
    return out


def shift(formula: str, rows: int, cols: int) -> str:
    """A shared formula as it reads in a cell ``rows`` below and ``cols`` right of its anchor: the references
    without "$" move (Excel's shared formulas store the anchor's text only)."""

    def move(m: re.Match[str]) -> str:
        dc, c, dr, r = m.group(1), m.group(2), m.group(3), m.group(4)
        if not dc:
            n = col_number(c) + cols
            c = ""
            n += 1
            while n:
                n, rem = divmod(n - 1, 26)
                c = chr(65 + rem) + c
        if not dr:
            r = str(int(r) + rows)
        return f"{dc}{c}{dr}{r}"

    out, last = [], 0
    for m in re.finditer(r"""'(?:[^']|'')*'|"[^"]*"|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])""", formula):
        out.append(formula[last:m.start()])
        out.append(move(m) if m.group(2) else m.group(0))
        last = m.end()
    out.append(formula[last:])
    return "".join(out)


@dataclass
class _Range:
    r1: int
    c1: int
    r2: int
    c2: int


class Evaluator:
    """Computes the formulas of one sheet. ``cell(r, c)`` gives a cell's value as read (None when empty);
    ``formulas`` the cells (0-based) whose value is to be computed, with their formula."""

    def __init__(self, cell: Callable[[int, int], object], formulas: dict[tuple[int, int], str]) -> None:
        self.cell = cell
        self.formulas = formulas
        self.done: dict[tuple[int, int], float | Unevaluated] = {}
        self._active: set[tuple[int, int]] = set()
        self.steps = 0

    def value(self, r: int, c: int) -> float | Unevaluated:
        key = (r, c)
        if key in self.done:
            return self.done[key]
        formula = self.formulas[key]
        if key in self._active:
            raise FormulaError("circular reference")
        self._active.add(key)
        try:
            result: float | Unevaluated = _Parser(self, tokens(formula)).parse()
        except FormulaError as exc:
            result = Unevaluated(formula, str(exc))
        finally:
            self._active.discard(key)
        self.done[key] = result
        return result

    def operand(self, r: int, c: int) -> float | None:
        """A referenced cell: a number, None when empty; FormulaError for a text or a formula without value."""
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise FormulaError("too many cells")
        if (r, c) in self.formulas:
            got = self.value(r, c)
            if isinstance(got, Unevaluated):
                raise FormulaError(f"depends on {_a1(r, c)}, itself not computed ({got.why})")
            return got
        raw = self.cell(r, c)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, bool):
            return 1.0 if raw else 0.0
        if isinstance(raw, (int, float)):
            return float(raw)
        raise FormulaError(f"{_a1(r, c)} holds text")


def _a1(r: int, c: int) -> str:
    letters, n = "", c + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{r + 1}"


def _excel_round(x: float, digits: int) -> float:
    factor = 10.0 ** digits
    scaled = abs(x) * factor
    rounded = math.floor(scaled + 0.5 + 1e-9)
    return math.copysign(rounded / factor, x)


class _Parser:
    """Recursive descent over the tokens: sums of products of powers of signed, percent-suffixed primaries."""

    def __init__(self, ev: Evaluator, toks: list[tuple[str, str]]) -> None:
        self.ev = ev
        self.toks = toks
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise FormulaError("formula ends too early")
        self.i += 1
        return tok

    def parse(self) -> float:
        if not self.toks:
            raise FormulaError("empty formula")
        value = self.scalar(self.sum())
        if self.peek() is not None:
            raise FormulaError(f"“{self.peek()[1]}” is not arithmetic")  # type: ignore[index]
        return value

    def scalar(self, v: float | None | _Range) -> float:
        if isinstance(v, _Range):
            if (v.r1, v.c1) != (v.r2, v.c2):
                raise FormulaError("a range where a number is expected")
            v = self.ev.operand(v.r1, v.c1)
        return 0.0 if v is None else v

    def sum(self) -> float | None | _Range:
        left = self.product()
        while (tok := self.peek()) in (("op", "+"), ("op", "-")):
            self.take()
            right = self.scalar(self.product())
            left = self.scalar(left) + right if tok[1] == "+" else self.scalar(left) - right
        return left

    def product(self) -> float | None | _Range:
        left = self.power()
        while (tok := self.peek()) in (("op", "*"), ("op", "/")):
            self.take()
            right = self.scalar(self.power())
            if tok[1] == "*":
                left = self.scalar(left) * right
            else:
                if right == 0:
                    raise FormulaError("division by zero")
                left = self.scalar(left) / right
        return left

    def power(self) -> float | None | _Range:
        left = self.unary()
        while self.peek() == ("op", "^"):
            self.take()
            right = self.scalar(self.unary())
            try:
                left = float(self.scalar(left) ** right)
            except (OverflowError, ZeroDivisionError, ValueError) as exc:
                raise FormulaError("power out of range") from exc
        return left

    def unary(self) -> float | None | _Range:
        tok = self.peek()
        if tok in (("op", "-"), ("op", "+")):
            self.take()
            v = self.scalar(self.unary())
            return -v if tok[1] == "-" else v
        v = self.primary()
        while self.peek() == ("op", "%"):
            self.take()
            v = self.scalar(v) / 100.0
        return v

    def primary(self) -> float | None | _Range:
        kind, text = self.take()
        if kind == "number":
            return float(text)
        if kind == "ref":
            r, c = _ref(text)
            return _Range(r, c, r, c)
        if kind == "range":
            a, b = text.split(":")
            (r1, c1), (r2, c2) = _ref(a), _ref(b)
            return _Range(min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))
        if kind == "op" and text == "(":
            v = self.sum()
            if self.take() != ("op", ")"):
                raise FormulaError("unbalanced parentheses")
            return v
        if kind == "func":
            return self.call(text.upper())
        if kind == "sheetref":
            raise FormulaError(f"refers to another sheet ({text[:-1]})")
        raise FormulaError(f"“{text}” is not arithmetic")

    def arguments(self) -> list[float | None | _Range]:
        args: list[float | None | _Range] = []
        if self.peek() == ("op", ")"):
            self.take()
            return args
        while True:
            args.append(self.sum())
            kind, text = self.take()
            if (kind, text) == ("op", ")"):
                return args
            if (kind, text) not in (("op", ","), ("op", ";")):
                raise FormulaError(f"“{text}” in a function's arguments")

    def numbers(self, args: list[float | None | _Range]) -> list[float]:
        """The numbers of SUM-like arguments: a range's empty cells and texts are skipped, as Excel does."""
        out: list[float] = []
        for a in args:
            if isinstance(a, _Range):
                for r in range(a.r1, a.r2 + 1):
                    for c in range(a.c1, a.c2 + 1):
                        try:
                            v = self.ev.operand(r, c)
                        except FormulaError as exc:
                            if "holds text" in str(exc):
                                continue
                            raise
                        if v is not None:
                            out.append(v)
            elif a is not None:
                out.append(a)
        return out

    def call(self, name: str) -> float:
        if name not in ("SUM", "AVERAGE", "MIN", "MAX", "ABS", "ROUND"):
            raise FormulaError(f"function {name} is not computed here")
        args = self.arguments()
        if name == "SUM":
            return float(sum(self.numbers(args)))
        if name == "AVERAGE":
            values = self.numbers(args)
            if not values:
                raise FormulaError("AVERAGE of no number")
            return sum(values) / len(values)
        if name in ("MIN", "MAX"):
            values = self.numbers(args)
            return (min if name == "MIN" else max)(values) if values else 0.0
        if name == "ABS" and len(args) == 1:
            return abs(self.scalar(args[0]))
        if name == "ROUND" and len(args) == 2:
            return _excel_round(self.scalar(args[0]), int(self.scalar(args[1])))
        raise FormulaError(f"function {name} is not computed here")


def compute(rows: list[list[object]], cells: dict[tuple[int, int], str], cached: dict[tuple[int, int], object],
            recalc: bool, keep_cols: int, outside: Callable[[int, int, object], None]) -> tuple[int, int]:
    """Writes into ``rows`` the value of each formula of ``cells`` — a number, or ``Unevaluated`` — and returns
    (computed, not computed). When the workbook asked for a full computation on opening, a formula this cannot
    compute keeps the value its writer saved beside it unless that is empty or the placeholder 0. A cell outside
    the laid-out rows (``keep_cols`` wide) goes to ``outside`` (the sheet's far cells)."""

    def cell(r: int, c: int) -> object:
        if r < len(rows):
            row = rows[r]
            if c < len(row):
                return row[c]
        return None

    ev = Evaluator(cell, cells)
    computed = failed = 0
    for r, c in sorted(cells):
        value: object = ev.value(r, c)
        if isinstance(value, Unevaluated):
            saved = cached.get((r, c))
            if recalc and saved not in (None, "", 0, 0.0):
                value = saved
            else:
                failed += 1
        else:
            computed += 1
        if r >= len(rows) or c >= keep_cols:
            outside(r, c, value)
            continue
        row = rows[r]
        if c >= len(row):
            row.extend([None] * (c + 1 - len(row)))
        row[c] = value
    return computed, failed
