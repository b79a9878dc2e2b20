"""How a ranking is drawn honestly (#22): bars start at zero, so a bar's length is its value; where the values sit
in a narrow band (registration rates of 95–99%), bars from zero would all look alike and bars on a cut axis would
lie about the ratios, so the units are dots on a labelled axis (the Cleveland dot plot), whose position, not
length, is read. One rule for the dashboard's charts and the report's pictures."""

from __future__ import annotations

import math
from collections.abc import Iterable

BAND = 0.25  # values whose spread is under this share of the largest are a narrow band: dots


def is_narrow(values: Iterable[float]) -> bool:
    """Are these values a narrow band (two or more, all positive, spread < ``BAND`` of the largest)?"""
    present = [float(v) for v in values if v is not None and not math.isnan(float(v))]
    if len(present) < 2 or min(present) <= 0:
        return False
    return max(present) - min(present) < BAND * max(present)


def dot_range(values: Iterable[float], marks: Iterable[float] = (), kind: str = "pct") -> tuple[float, float]:
    """The axis of a dot plot: the values and the lines drawn (target, district) with room on both sides, on
    round numbers (every 5 points for a rate), never below 0 nor, for a rate, past 100 unless a value is."""
    every = [float(v) for v in (*values, *marks) if v is not None and not math.isnan(float(v))]
    lo, hi = min(every), max(every)
    pad = max(1.0, (hi - lo) * 0.15)
    step = (1.0 if hi - lo + 2 * pad <= 8 else 5.0) if kind == "pct" else \
        max(1.0, 10 ** math.floor(math.log10(max(hi - lo, 1.0))))
    low = max(0.0, math.floor((lo - pad) / step) * step)
    high = math.ceil((hi + pad) / step) * step
    if kind == "pct":
        high = max(min(high, 100.0), hi)
    return low, high
