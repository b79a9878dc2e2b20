"""Cells and sheets: what a clerk types in a cell (`X`, `Pct`, `Formula`), one sheet as Excel shows it (`Grid`),
and the small figures every corpus draws (rates, ratios, numbers typed in a Vietnamese locale)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class X:
    """Text typed by a clerk, with its expected reading."""

    raw: str
    value: float
    qualifier: str | None = None
    num: float | None = None
    den: float | None = None


@dataclass(frozen=True)
class Pct:
    """A fraction in a cell formatted as a percentage (0.985 shown as 98.5%)."""

    fraction: float


@dataclass(frozen=True)
class Formula:
    """A formula with the value Excel cached for it."""

    formula: str
    cached: float


def a1(row: int, col: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


class Grid:
    """One sheet as Excel shows it: 1-based cells, merged ranges, a font for legacy-encoded text."""

    def __init__(self, name: str = "Sheet1", font: str | None = None) -> None:
        self.name = name
        self.font = font
        self.cells: dict[tuple[int, int], Any] = {}
        self.merges: list[tuple[int, int, int, int]] = []

    def put(self, row: int, col: int, value: Any) -> None:
        if value is not None and value != "":
            self.cells[(row, col)] = value

    def merge(self, r1: int, c1: int, r2: int, c2: int, value: Any = None) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))
        self.put(r1, c1, value)

    def put_row(self, row: int, values: list[Any], first_col: int = 1) -> int:
        """Values from `first_col` on, left to right; returns the last column."""
        for i, value in enumerate(values):
            self.put(row, first_col + i, value)
        return first_col + len(values) - 1

    def put_lines(self, row: int, lines: list[Any], col: int = 1) -> int:
        """Values from `row` down in one column; returns the next free row."""
        for i, line in enumerate(lines):
            self.put(row + i, col, line)
        return row + len(lines)

    @property
    def max_row(self) -> int:
        return max([r for r, _ in self.cells] + [m[2] for m in self.merges] + [1])

    @property
    def max_col(self) -> int:
        return max([c for _, c in self.cells] + [m[3] for m in self.merges] + [1])

    def covered(self) -> set[tuple[int, int]]:
        """Cells hidden under a merged range (all but its top-left cell)."""
        out = set()
        for r1, c1, r2, c2 in self.merges:
            out |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
        return out

    def map_text(self, fn: Callable[[str], str]) -> None:
        """Re-type every text cell (legacy encodings)."""
        for key, value in self.cells.items():
            if isinstance(value, str):
                self.cells[key] = fn(value)


def display(value: Any, decimal: str = ",") -> str:
    """The text Excel shows for a cell (what a CSV or HTML export holds)."""
    if value is None:
        return ""
    if isinstance(value, X):
        return value.raw
    if isinstance(value, Formula):
        return display(value.cached, decimal)
    if isinstance(value, Pct):
        return f"{value.fraction * 100:.1f}%".replace(".", decimal)
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else repr(value)).replace(".", decimal)
    return str(value)


# --------------------------------------------------------------------------------------------------------------
# Figures as clerks type them


def vn(x: float) -> str:
    """A number as a clerk types it in a Vietnamese locale: decimal comma."""
    return (str(int(x)) if float(x).is_integer() else f"{x}").replace(".", ",")


def thousands(n: int, sep: str = ".") -> str:
    return f"{n:,}".replace(",", sep)


def frac(n: int, d: int) -> X:
    """'n/d' typed in a rate cell: the rate, with its numerator and denominator."""
    return X(f"{n}/{d}", 100 * n / d, None, n, d)


def pct1(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 1)


def pct_cell(rng: random.Random, lo: float, hi: float) -> Pct:
    """A rate drawn like `pct1`, typed as a fraction in a percent-formatted cell."""
    return Pct(round(pct1(rng, lo, hi) / 100, 3))


def counts(rng: random.Random, lo: int, hi: int, gap: int) -> tuple[int, int]:
    """A total between `lo` and `hi` and a count registered at most `gap` below it."""
    den = rng.randint(lo, hi)
    return den, den - rng.randint(0, gap)


def ratio(rng: random.Random, lo: int, hi: int, gap: int = 6, margin: float = 0.02) -> tuple[int, int]:
    """`counts` whose rate is not on a rounding tie (x.x5 within `margin`)."""
    while True:
        den, num = counts(rng, lo, hi, gap)
        if abs((1000 * num / den) % 1 - 0.5) > margin:
            return den, num


def not_on_tie(value: float, margin: float = 1e-6) -> float:
    """A rate computed from two counts must not sit on a rounding tie (x.x5), where roundings may differ."""
    assert abs((value * 10) % 1 - 0.5) > margin, value
    return value
