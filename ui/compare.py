"""So sánh's figures shaped for the screen: every unit under the one chosen on one metric, those that did not report
included (as missing), ranked (``ranked``, pure functions on the frames of ``warehouse.views``); the table behind
the ranking and the one of units × years."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from etl.reference.text import ascii_fold
from ui import fmt, originals, tables
from ui.export import export_buttons
from ui.i18n import t, tm
from ui.safe import md


def ranked(communes: pd.DataFrame, facts: pd.DataFrame, year: int) -> pd.DataFrame:
    """communes (unit_key, code, name, uncertain) + that year's facts -> one row per commune, best first,
    the communes that did not report last (value NaN). An uncertain commune (merged away at an unknown date)
    is listed only if it reported."""
    this = facts[facts["year"] == year].drop(columns=["unit_code", "unit_name", "year"], errors="ignore")
    merged = communes.merge(this, on="unit_key", how="left")
    extra = this[~this["unit_key"].isin(communes["unit_key"])]
    if not extra.empty:  # a commune reported under a name of another year: still shown
        names = facts.drop_duplicates("unit_key").set_index("unit_key")
        extra = extra.assign(code=extra["unit_key"].map(names["unit_code"]),
                             name=extra["unit_key"].map(names["unit_name"]), uncertain=False)
        merged = pd.concat([merged, extra], ignore_index=True)
    merged = merged[~(merged["uncertain"].astype(bool) & merged["value"].isna())]
    merged = merged.sort_values(["value", "name"], ascending=[False, True], na_position="last").reset_index(drop=True)
    merged["rank"] = merged["value"].rank(ascending=False, method="min")
    return merged.rename(columns={"name": "label"})


def reported(rows: pd.DataFrame) -> int:
    """How many of the units ranked gave a figure (the others are listed as not reported)."""
    return int(rows["value"].notna().sum())


def ranked_columns(rows: pd.DataFrame, lang: str) -> dict[str, object]:
    """The first columns of a ranking's table: rank, unit, code, value, qualifier, numerator, denominator."""
    return {
        t("col_rank", lang): rows["rank"],
        t("col_unit", lang): rows["label"],
        t("col_code_unit", lang): rows["code"],
        t("col_value", lang): rows["value"],
        t("col_qualifier", lang): rows.get("qualifier"),
        t("col_numerator", lang): rows.get("numerator"),
        t("col_denominator", lang): rows.get("denominator"),
    }


def status_notes(rows: pd.DataFrame, lang: str) -> list[str]:
    """Each row's "chưa báo cáo", or how a rate the unit did not type was made ("tính từ 230/232")."""
    return [t("missing_metric", lang) if pd.isna(r["value"]) else fmt.derived_note(r, lang) or ""
            for r in rows.to_dict("records")]


def table(rows: pd.DataFrame, kind: str, lang: str) -> pd.DataFrame:
    """The table under the charts (numbers as numbers, for the exports)."""
    return pd.DataFrame({
        **ranked_columns(rows, lang),
        # "chưa báo cáo", or how a rate the unit did not type was made ("tính từ 230/232")
        t("col_status", lang): status_notes(rows, lang),
        t("col_source", lang): [fmt.source_place(f, s, c, lang) if isinstance(f, str) else None for f, s, c in
                                zip(rows.get("source_file"), rows.get("source_sheet"), rows.get("source_cell"),
                                    strict=False)],
    })


def kinds(kind: str, lang: str) -> dict[str, str]:
    """The column kinds of ``table`` (ui.tables), for the screen and the exports: the value is the metric's."""
    return {t("col_value", lang): kind}


def display(frame: pd.DataFrame, kind: str, lang: str, key: str | None = None) -> None:
    """Draw the table: numbers sortable as numbers, written the Vietnamese way ("trên 98%" from the qualifier,
    which is not a column of its own on screen), blank where a commune did not report."""
    tables.show(frame, lang, kinds(kind, lang), qualifiers={t("col_value", lang): t("col_qualifier", lang)},
                hide=[t("col_qualifier", lang)], key=key)
    originals.offer(frame[t("col_source", lang)], lang, key or "compare")  # a manager: the files themselves


PHONE_EACH = 10  # a long ranking on a phone: the highest and the lowest ten, the rest a tap or a search away


def phone_subset(rows: pd.DataFrame, search: str = "", every: bool = False) -> pd.DataFrame:
    """The units a phone draws of a long ranking (rows best first, as ``ranked`` gives them): those whose name
    holds ``search`` (accents optional), all of them with ``every``, else the highest and the lowest
    ``PHONE_EACH`` that reported, in the ranking's order."""
    if search.strip():
        wanted = ascii_fold(search)
        return rows[[wanted in ascii_fold(str(label)) for label in rows["label"]]]
    if every or len(rows) <= 2 * PHONE_EACH:
        return rows
    reported = rows[rows["value"].notna()]
    ends = set(reported.index[:PHONE_EACH]) | set(reported.index[-PHONE_EACH:])
    return rows[rows.index.isin(ends)]


MISSING_DRAWN = 10  # at most this many "chưa báo cáo" bars; more are named under the chart instead


def few_missing(rows: pd.DataFrame, metric: str, year: int, lang: str) -> tuple[pd.DataFrame, str | None]:
    """The rows to draw: every reporting unit, and the units that did not report only while they are few
    (96 grey bars would hide the 6 that reported); the others are named in a caption under the chart."""
    missing = rows[rows["value"].isna()]
    if len(missing) <= MISSING_DRAWN:
        return rows, None
    names = sorted(missing["label"].astype(str), key=ascii_fold)
    shown = ", ".join(names[:40]) + (" …" if len(names) > 40 else "")
    return rows[rows["value"].notna()], tm("missing_collapsed", lang, n=len(names), metric=metric.lower(), year=year,
                                           units=shown)


def names_in_order(names: list[str]) -> str:
    """Names in the alphabet's order, accents aside, one after the other ("Tỉnh An Giang, Tỉnh Bắc Ninh")."""
    return ", ".join(sorted(names, key=ascii_fold))


def approx_points(history: pd.DataFrame) -> str:
    """The units and years of ``history`` whose figure is approximate ("Xã A 2019, Xã B 2020"), blank if none."""
    if "approx" not in history:
        return ""
    marked = history[history["approx"].fillna(False).astype(bool)]
    return ", ".join(sorted({md(f"{r.label} {r.year}") for r in marked.itertuples()})) if not marked.empty else ""


def years_table(history: pd.DataFrame, lang: str, info: dict[str, str], name: list[object],
                kind: str = "count", words: str = "") -> None:
    """The heatmap's figures as a table of units × years (``words``: "_provinces", "_districts": what they are)."""
    if history.empty:
        return
    frame = tables.by_year(history, "label", "value", lang)
    with st.expander(t("heatmap_table" + words, lang)):
        year_kinds = {c: kind for c in frame.columns[1:]}  # each year's column holds the metric's values
        tables.show(frame, lang, year_kinds)
        if "approx" in history:
            marked = approx_points(history)
            st.caption(t("approx", lang) + ": " + marked if marked else "")  # md-safe: approx_points escapes them
        export_buttons(frame, name, info, lang, key="_".join(str(n) for n in name[:1]) + "_years", kinds=year_kinds)
