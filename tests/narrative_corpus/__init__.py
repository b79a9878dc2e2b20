"""F(…): a figure a sentence states; S(…): a sentence with its title block's unit and year and its figures (the
format every set of sentences here shares)."""

from __future__ import annotations


def F(metric: str, value: float, qualifier: str | None = None, **extra) -> dict:
    return dict(metric=metric, value=value, qualifier=qualifier, **extra)


def S(text: str, unit_code: str, year: int, *figures: dict, note: str | None = None) -> dict:
    entry = dict(text=text, unit_code=unit_code, year=year, figures=list(figures))
    if note:
        entry["note"] = note
    return entry
