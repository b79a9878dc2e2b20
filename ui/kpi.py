"""KPI cards: a unit's figure for a year, its change from the year before, its distance to target and
where the number came from. ``build_cards`` is pure (DataFrames in, cards out); ``render_cards`` draws."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from etl.reference import bounds
from ui import fmt, originals, tables
from ui.i18n import t, tm
from warehouse.aggregate import differs


@dataclass
class Card:
    metric: str
    family: str
    label: str
    value: str
    delta: str | None
    delta_color: str  # green | red | gray (good, bad, not known) | off (no change)
    notes: list[str]  # target distance, basis, reported vs computed
    help: str
    missing: bool
    target_notes: tuple[str, ...] = ()  # the notes of ``notes`` that say the distance to target
    arrow: str = "auto"  # up | down | off: the change's direction as far as its figures tell it


def by_metric(figures: pd.DataFrame, year: int) -> dict[str, dict[str, Any]]:
    """The figures of one year by metric, as dicts (a row read as a pandas Series costs 100 times as much)."""
    return {r["metric"]: r for r in figures[figures["year"] == year].to_dict("records")}


def coverage_note(n: int, total: int, units: str, lang: str) -> str | None:
    """"Tính từ 6/102 xã đã báo cáo" under a figure computed from part of its units; below half, provisional."""
    if not total or n >= total:
        return None
    key = "card_provisional" if n < total / 2 else "card_coverage"
    return t(key, lang, n=fmt.number(n, lang, 0), total=fmt.number(total, lang, 0), units=units)


def build_cards(figures: pd.DataFrame, metrics: pd.DataFrame, year: int, lang: str,
                expected: tuple[int, str] | None = None, read: tuple[dict, dict] | None = None) -> list[Card]:
    """``expected``: (units the figure should come from, their word) for a district, a province or the country:
    a figure computed from fewer says how many on the card itself ("Tính từ 6/102 xã đã báo cáo").
    ``read``: the figures of the year and of the year before as ``by_metric`` reads them, when read already."""
    this, prev = read or (by_metric(figures, year), by_metric(figures, year - 1))
    cards = []
    for m in metrics.itertuples():
        label = m.short_en if lang == "en" else m.short_vi
        full = m.label_en if lang == "en" else m.label_vi
        if m.code not in this:
            cards.append(Card(m.code, m.family, label, "—", None, "off", [t("missing_metric", lang)], full, True))
            continue
        row = this[m.code]
        value = fmt.metric_value(row["value"], m.kind, row["qualifier"], lang)
        delta = None
        notes = []
        color, arrow = "off", "off"
        if m.code in prev:
            before = prev[m.code]
            # on the figures' intervals (etl.reference.bounds): "giảm hơn 1,0 điểm %" from "trên 98%" to 97%, never "-1"
            change = bounds.change(row["value"], row["qualifier"], before["value"], before["qualifier"], m.kind)
            delta, color, arrow = fmt.change_delta(change, m.kind, lang, bool(m.higher_is_better))
            flag = before.get("moved")
            moved = flag is not None and not pd.isna(flag) and bool(flag)  # from the old communes (today's map)
            key = ("prev_value_former_provinces" if before.get("moved_from") == "provinces" else
                   "prev_value_moved") if moved else "prev_value"  # or the former provinces of a new one
            notes.append(t(key, lang, year=year - 1,
                           value=("≈ " if moved and bool(before.get("is_approximate")) else "")
                           + fmt.metric_value(before["value"], m.kind, before["qualifier"], lang)))
        covered = None
        if expected is not None and row["basis"] != "reported":
            covered = coverage_note(int(row["n_reported"]), expected[0], expected[1], lang)
        derived = fmt.derived_note(row, lang)  # a rate the unit did not type ("Tính từ 230/232"): on the card
        derived = derived[:1].upper() + derived[1:] if derived else None
        first = [n for n in (covered, derived) if n]  # shown first, on the first screen's cards too
        notes[:0] = first
        before_target = len(notes)
        if pd.notna(m.target):
            notes.append(target_note(float(m.target), row["value"], row["qualifier"], m.kind,
                                     bool(m.higher_is_better), lang))
        if row["basis"] != "reported" and not covered:
            notes.append(t(f"basis_{row['basis']}", lang, n=int(row["n_reported"])))
        elif differs(row, m.kind):
            notes.append(t("differs", lang, reported=fmt.metric_value(row["reported_value"], m.kind, None, lang),
                           computed=fmt.metric_value(row["computed_value"], m.kind, None, lang)))
        help_lines = [full]
        if derived:
            help_lines.append(fmt.derived_note(row, lang, long=True))
        elif pd.notna(row["numerator"]) and pd.notna(row["denominator"]):
            help_lines.append(f"{fmt.number(row['numerator'], lang, 0)}/{fmt.number(row['denominator'], lang, 0)}")
        if row["basis"] == "reported" and isinstance(row["source_file"], str):
            help_lines.append(tm("source", lang, file=row["source_file"], sheet=row["source_sheet"],
                                cell=fmt.cell_place(row["source_file"], row["source_cell"], lang)))
        shown = first + (notes[before_target:before_target + 1] if pd.notna(m.target) else [])
        cards.append(Card(m.code, m.family, label, value, delta, color, notes, "  \n".join(help_lines), False,
                          tuple(shown), arrow))
    return cards


def target_note(target: float, value: object, qualifier: object, kind: str, higher_is_better: bool,
                lang: str) -> str:
    """The distance to target as far as the figure tells it: met for sure ("✓ đạt chỉ tiêu"), short by a known
    amount ("còn 2,0 điểm %"), by a bound ("còn dưới 2,0 điểm %" of "trên 98%": maybe met already)."""
    target_text = fmt.metric_value(target, kind, None, lang)
    gap = bounds.gap_to(target, float(value), qualifier, kind)  # type: ignore[arg-type]
    short = gap.direction == 1 if higher_is_better else gap.direction == -1  # the target still ahead
    if gap.how == "exact" and not short:
        return "✓ " + t("target_met", lang, target=target_text)
    if gap.how in ("at_least", "at_most") and not short:
        return "✓ " + t("target_met", lang, target=target_text)
    if gap.how == "unknown" or gap.value is None:
        return t("target_unknown", lang, target=target_text)
    size = abs(gap.value)
    amount = fmt.signed(size, kind, lang).lstrip("+±") if kind == "pct" else fmt.number(size, lang)
    words = {"exact": "", "approx": "about", "at_least": "more" if gap.strict else "at_least",
             "at_most": "less" if gap.strict else "at_most"}[gap.how]
    return t("to_target", lang, gap=(t(f"gap_{words}", lang) + " " if words else "") + amount, target=target_text)


# The figures a leader reads first on Tổng quan, in this order.
KEY_METRICS = ("reg_party_members_pct", "reg_civil_servants_pct", "models_total", "models_new",
               "commend_collective", "commend_individual")
# Inside a card a label wraps instead of being cut ("Party members r…"), and the figure is a size smaller, so
# "over 98%" fits the card. Our own constant CSS, nothing from data.
CARD_STYLE = """<style>
[class*="st-key-kpi_"] [data-testid="stMetricLabel"] * {white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important;}
[class*="st-key-kpi_"] [data-testid="stMetricValue"] {font-size: 1.75rem !important;}
[class*="st-key-kpi_"] [data-testid="stMetricValue"] * {white-space: nowrap; overflow: visible !important;
  text-overflow: clip !important;}
</style>"""
CARD_WIDTH = 168  # px: two cards side by side on a 390-px phone, five or six a row on a desktop


def render_cards(cards: list[Card], compact: bool = False) -> None:
    """Cards of one width in a row that wraps: two a row on a phone (where st.columns would stack them
    one under the other), as many as fit on a desktop. ``compact`` (the first screen): the value, its change
    and the target under it; the other notes go to the card's help."""
    st.html(CARD_STYLE)
    with st.container(horizontal=True, gap="small"):
        for card in cards:
            shown = card.notes
            help_text = card.help
            if compact:
                shown = list(card.target_notes)
                rest = [n for n in card.notes if n not in shown]
                help_text = "  \n".join([card.help, *rest]) if rest else card.help
            with st.container(border=True, width=CARD_WIDTH, key=f"kpi_{'top' if compact else 'all'}_{card.metric}"):
                st.metric(card.label, card.value, delta=card.delta, delta_color=card.delta_color,  # type: ignore[arg-type]
                          # md-safe: a metric's label; help and notes of numbers and our texts, the source file by tm
                          help=help_text, delta_arrow=card.arrow)  # type: ignore[arg-type]
                for note in shown:
                    st.caption(note)  # md-safe: numbers and our texts (build_cards)


def cards_table(figures: pd.DataFrame, metrics: pd.DataFrame, year: int, lang: str,
                read: tuple[dict, dict] | None = None) -> pd.DataFrame:
    """The numbers behind the cards, as a table (numbers stay numbers for the exports)."""
    this, prev = read or (by_metric(figures, year), by_metric(figures, year - 1))
    rows = []
    for m in metrics.itertuples():
        row = this.get(m.code)
        before = prev[m.code]["value"] if m.code in prev else None
        rows.append({
            t("col_metric", lang): m.label_en if lang == "en" else m.label_vi,
            t("col_unit_kind", lang): "%" if m.kind == "pct" else t("col_count", lang),
            t("col_value", lang): None if row is None else float(row["value"]),
            t("col_qualifier", lang): None if row is None or pd.isna(row["qualifier"]) else row["qualifier"],
            t("col_numerator", lang): None if row is None or pd.isna(row["numerator"]) else float(row["numerator"]),
            t("col_denominator", lang): None if row is None or pd.isna(row["denominator"]) else float(row["denominator"]),
            t("col_previous", lang, year=year - 1): None if before is None else float(before),
            t("col_target", lang): None if pd.isna(m.target) else float(m.target),
            t("col_basis", lang): None if row is None else fmt.basis_word(row, lang),
            t("col_source", lang): None if row is None or not isinstance(row["source_file"], str)
            else fmt.source_place(row["source_file"], row["source_sheet"], row["source_cell"], lang),
            t("col_code", lang): m.code,  # for machines, at the far right
        })
    return pd.DataFrame(rows)


def cards_kinds(metrics: pd.DataFrame, year: int, lang: str) -> dict[str, list[str]]:
    """The column kinds of ``cards_table`` (ui.tables): each row's value, previous year and target in its
    metric's kind (a rate or a count)."""
    per_row = [str(k) for k in metrics["kind"]]
    return {t("col_value", lang): per_row, t("col_previous", lang, year=year - 1): per_row,
            t("col_target", lang): per_row}


def show_cards_table(frame: pd.DataFrame, metrics: pd.DataFrame, year: int, lang: str) -> None:
    """Draw ``cards_table``: numbers sortable as numbers, "trên 98%" from the qualifier, blanks empty."""
    tables.show(frame, lang, cards_kinds(metrics, year, lang),
                qualifiers={t("col_value", lang): t("col_qualifier", lang)}, hide=[t("col_qualifier", lang)])
    originals.offer(frame[t("col_source", lang)], lang, "cards")  # a manager: the files themselves
