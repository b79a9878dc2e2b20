"""A figure is not always a number: "trên 98%" is the interval (98, 100], "khoảng 40%" is near 40 (#22).

The qualifier a clerk typed is kept with the figure (``facts.qualifier``) and carried through the arithmetic:
- ``>`` trên, hơn (more than); ``>=`` ít nhất, ≥ (at least); ``<`` dưới (less than); ``<=`` tối đa, ≤ (at most);
  ``~`` khoảng, gần, xấp xỉ (about);
- a sum or a mean of figures some of which are bounds is a bound the same way (``combine``);
- a change between two figures (``change``) is computed on their intervals: "giảm ít nhất 1,0 điểm %" when last
  year's "trên 98%" became 97%, "khoảng +10,0 điểm %" with an approximate figure, and no number at all where the
  bounds make even the direction unknowable ("trên 40%" then 50,6%: up or down, nobody can say).

Every consumer (cards, tables, the report's table, the desk's checks) renders from these functions, so a
change is never a plain number that reads as exact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LOWER = (">", ">=")  # the figure is at least its number
UPPER = ("<", "<=")  # at most
APPROX = "~"
QUALIFIERS = (*LOWER, *UPPER, APPROX)
# the words written before a figure (Vietnamese, English)
WORDS = {">": ("trên", "over"), ">=": ("ít nhất", "at least"), "<": ("dưới", "under"), "<=": ("tối đa", "at most"),
         "~": ("khoảng", "about")}

# the list a template offers in its "Mức (trên, dưới, khoảng)" columns (etl.publishing.templates), read back by the
# template's fingerprint and by the ordinary reader alike
LISTED = {"trên": ">", "dưới": "<", "khoảng": "~"}


def normal(qualifier: object) -> str | None:
    """A stored qualifier, or None for an exact figure (NaN, "" and unknown codes are exact)."""
    return qualifier if isinstance(qualifier, str) and qualifier in QUALIFIERS else None


def prefix(qualifier: object, lang: str = "vi") -> str:
    q = normal(qualifier)
    return "" if q is None else WORDS[q][1 if lang == "en" else 0] + " "


@dataclass(frozen=True)
class Interval:
    """Where a figure's true value lies: [lo, hi], each end open or closed; ``approx`` for "khoảng"."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False
    approx: bool = False


def interval(value: float, qualifier: object, kind: str = "count") -> Interval:
    """The figure as an interval: a rate lies in [0, 100], a count in [0, ∞)."""
    top = 100.0 if kind == "pct" else math.inf
    q = normal(qualifier)
    v = float(value)
    if q == ">":
        return Interval(v, max(v, top), lo_open=True)
    if q == ">=":
        return Interval(v, max(v, top))
    if q == "<":
        return Interval(min(0.0, v), v, hi_open=True)
    if q == "<=":
        return Interval(min(0.0, v), v)
    return Interval(v, v, approx=q == APPROX)


def combine(qualifiers: list[object]) -> str | None:
    """The qualifier of a sum or a mean of figures: exact when every part is; a lower bound when every bounded
    part is one ("trên" if any part is strict); an upper bound likewise; "khoảng" when approximate parts or
    bounds of both directions meet (the result is near its number, on no known side)."""
    qs = {normal(q) for q in qualifiers} - {None}
    if not qs:
        return None
    if qs <= set(LOWER):
        return ">" if ">" in qs else ">="
    if qs <= set(UPPER):
        return "<" if "<" in qs else "<="
    return APPROX


@dataclass(frozen=True)
class Change:
    """``now`` − ``before`` as far as the figures tell it.

    - ``exact``: both exact, the difference (``value``);
    - ``approx``: about ``value`` (an approximate figure on either side);
    - ``at_least``: the change is at least ``value`` in size, in the direction of its sign (``strict``: more than);
    - ``at_most``: the change is at most ``value`` in size, in the direction of its sign (``strict``: less than);
    - ``unknown``: not even the direction can be told; ``value`` is None.
    ``direction``: +1 up, −1 down, 0 none, None unknown."""

    how: str
    value: float | None
    strict: bool = False
    direction: int | None = None


def change(now_value: float, now_q: object, before_value: float, before_q: object, kind: str = "count") -> Change:
    """The change from ``before`` to ``now`` on their intervals."""
    a, b = interval(before_value, before_q, kind), interval(now_value, now_q, kind)
    if not (normal(now_q) in (None, APPROX) and normal(before_q) in (None, APPROX)) and (a.approx or b.approx):
        return Change("unknown", None)  # a bound against an approximate figure: no side is sure
    if a.approx or b.approx:
        d = float(now_value) - float(before_value)
        return Change("approx", d, direction=_sign(d))
    low, high = b.lo - a.hi, b.hi - a.lo  # the difference lies in [low, high]
    low_open, high_open = b.lo_open or a.hi_open, b.hi_open or a.lo_open
    if low == high:
        return Change("exact", low, direction=_sign(low))
    if low > 0 or (low == 0 and low_open):  # surely up: by at least ``low``
        return Change("at_least", low, strict=low_open, direction=1)
    if high < 0 or (high == 0 and high_open):  # surely down: by at least ``-high``
        return Change("at_least", high, strict=high_open, direction=-1)
    if low == 0 and not math.isinf(high):  # up or unchanged, by at most ``high``
        return Change("at_most", high, strict=high_open, direction=1)
    if high == 0 and not math.isinf(low):  # down or unchanged
        return Change("at_most", low, strict=low_open, direction=-1)
    return Change("unknown", None)


def _sign(d: float) -> int:
    return 0 if abs(d) < 1e-9 else (1 if d > 0 else -1)


def gap_to(target: float, value: float, qualifier: object, kind: str = "pct") -> Change:
    """How far ``value`` is from ``target`` (target − value) as a ``Change``."""
    return change(float(target), None, float(value), qualifier, kind)
