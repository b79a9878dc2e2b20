"""Tổng quan's figures shaped for the screen: the lowest units on the key rate, the notes on the year before taken
from the other map, a family's series for its chart; pure functions on the frames of ``warehouse.views``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ui import charts, fmt
from ui.data import Shared
from ui.i18n import tm
from ui.kpi import KEY_METRICS, Card, build_cards, by_metric, cards_table


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


@dataclass(frozen=True)
class FamilyView:
    """A family's part of Tổng quan: its name, its cards and its chart (None: nothing to draw)."""

    family: str
    name: str
    cards: tuple[Card, ...]
    figure: go.Figure | None
    by_year: bool  # the chart is the family over the years: a click on a point opens that year
    kind: str = "pct"  # of the chart's figures
    labels: tuple[tuple[tuple[Any, Any], str], ...] = ()  # each point's value as written, its bound with it


@dataclass(frozen=True)
class OverviewPage(Shared):
    """What Tổng quan shows of a unit in a year, put together once and read by every session that opens it
    (#24 point 7: fifty sessions on a few units built the same cards and charts fifty times)."""

    key_cards: tuple[Card, ...]
    families: tuple[FamilyView, ...]
    table: pd.DataFrame  # kpi.cards_table: the numbers behind the cards

    def nbytes(self) -> int:
        """The table's memory and about 32 kB a chart (its spec's JSON is 10–30 kB): no pickle to count it."""
        return int(self.table.memory_usage(deep=True).sum()) + 32_768 * len(self.families)


def overview_page(own: pd.DataFrame, figures: pd.DataFrame, metrics: pd.DataFrame, label: str, year: int,
                  lang: str, expected: tuple[int, str] | None) -> OverviewPage:
    """Tổng quan's cards, family charts and table of a unit (``label``) in ``year`` from ``warehouse.views
    .overview``'s frames; ``expected`` as ``kpi.build_cards`` takes it."""
    read = (by_metric(figures, year), by_metric(figures, year - 1))
    cards = build_cards(figures, metrics, year, lang, expected, read)  # a computed figure says k/n on its card
    records = own.to_dict("records")  # read once: a pandas filter a family cost more than the whole chart
    meta = metrics.to_dict("records")
    families = []
    for family in metrics.drop_duplicates("family").itertuples():
        name = family.family_en if lang == "en" else family.family_vi
        in_family = [m for m in meta if m["family"] == family.family]
        kind = in_family[0]["kind"]  # the chart: the family's metrics of its first kind
        codes = [m["code"] for m in in_family if m["kind"] == kind]
        labels = {m["code"]: m["short_en" if lang == "en" else "short_vi"] for m in in_family}
        rows = [{**r, "series": labels[r["metric"]], "kind": kind, "note": ""} for r in records
                if r["metric"] in codes]
        figure, by_year = None, False
        if len({r["year"] for r in rows}) > 1:  # the family over the years; a click opens that year
            palette = [family.color, "#555555", "#E69F00", "#17A589", "#8E44AD"]
            figure = charts.trend_rows(rows, lang, title=f"{name} — {label}", kind=kind,
                                       colors={labels[c]: palette[i % len(palette)] for i, c in enumerate(codes)},
                                       year=year, height=300)
            figure.layout.height = 300
            by_year = True
        elif len({r["metric"] for r in rows}) > 1:  # one year only (the new map from 2025): the family side by side
            bars = pd.DataFrame({"label": [r["series"] for r in rows], "value": [r["value"] for r in rows],
                                 "qualifier": [r["qualifier"] for r in rows]})
            figure = charts.values(bars, kind, family.color, lang, title=f"{name} — {label}, {year}")
        written = tuple(((r["series"], r["year"]), fmt.metric_value(r["value"], kind, r["qualifier"], lang))
                        for r in rows)
        families.append(FamilyView(family.family, name, tuple(c for c in cards if c.family == family.family),
                                   figure, by_year, kind, written))
    key_cards = tuple(c for code in KEY_METRICS for c in cards if c.metric == code)
    return OverviewPage(key_cards, tuple(families), cards_table(figures, metrics, year, lang, read))


@dataclass(frozen=True)
class Lagging(Shared):
    """The units below one on the key rate, lowest first, as Tổng quan draws them: (text, link as
    ``ui.page.unit_link`` gives it, below target) each."""

    rows: tuple[tuple[str, tuple[str, dict[str, str]] | None, bool], ...]
    below: int | None  # how many are below target (None: the metric has no target)
    total: int

    def nbytes(self) -> int:
        return 512 * (1 + len(self.rows))
