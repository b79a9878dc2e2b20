"""Tổng quan's figures shaped for the screen: the lowest units on the key rate, the notes on the year before taken
from the other map, a family's series for its chart; pure functions on the frames of ``warehouse.views``."""

from __future__ import annotations

import pandas as pd

from ui.i18n import tm


def lagging(facts: pd.DataFrame, target: float | None) -> tuple[pd.DataFrame, int | None]:
    """The units on the key rate lowest first (by name among equals), and how many are below ``target`` (None
    without a target)."""
    facts = facts.sort_values(["value", "unit_name"]).reset_index(drop=True)
    return facts, None if target is None else int((facts["value"] < target).sum())


def missing_names(rows: pd.DataFrame, lang: str, shown: int = 8) -> str:
    """The former provinces that did not give a figure of ``rows`` (the first few, then how many more)."""
    names = list(dict.fromkeys(n for v in rows["missing"] for n in str(v).split(", ") if n))
    more = len(names) - shown
    return ", ".join(names[:shown]) + (tm("and_more", lang, n=more) if more > 0 else "")


def former_notes(former: pd.DataFrame, metrics: pd.DataFrame, level: str, year: int, lang: str) -> list[str]:
    """What a card's "year before" of one of today's provinces (or the country) stands on: the former provinces
    added up, the metrics some of them did not give and which; or that none gave a comparable figure."""
    if not former["value"].notna().any():
        return [tm("previous_former_none", lang, year=year - 1, names=missing_names(former, lang))]
    formers = former.loc[former["n_expected"].idxmax()]
    notes = [tm("previous_former_provinces" if level == "province" else "previous_former_country", lang,
                year=year - 1, names=formers["formers"], n=int(formers["n_expected"]))]
    short = dict(zip(metrics["code"], metrics["short_en" if lang == "en" else "short_vi"], strict=True))
    gaps = former[former["value"].isna()]
    if not gaps.empty:
        notes.append(tm("previous_former_missing", lang, year=year - 1,
                        metrics=", ".join(short.get(m, m) for m in gaps["metric"]), names=missing_names(gaps, lang)))
    return notes


def family_series(own: pd.DataFrame, metrics: pd.DataFrame, family: str, lang: str) -> tuple[pd.DataFrame, str,
                                                                                              list[str], dict[str, str]]:
    """A family's figures for its chart: (its metrics of the family's first kind over the years, each row named
    by its metric's short label; the kind; those metrics; their labels)."""
    in_family = metrics[metrics["family"] == family]
    kind = in_family["kind"].iloc[0]
    codes = list(in_family.loc[in_family["kind"] == kind, "code"])
    labels = dict(zip(in_family["code"], in_family["short_en" if lang == "en" else "short_vi"], strict=True))
    series = own[own["metric"].isin(codes)]
    return series.assign(series=series["metric"].map(labels), kind=kind, note=""), kind, codes, labels
