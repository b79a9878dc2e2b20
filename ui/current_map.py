"""Today's map for the comparison and trend pages: communes of 1 July 2025, earlier years moved onto them
(the facts_on_current_map view), approximations marked; pure functions on DataFrames."""

from __future__ import annotations

import pandas as pd

from ui import compare, tables
from ui.i18n import t, tm


def ranked(communes: pd.DataFrame, facts: pd.DataFrame, year: int) -> pd.DataFrame:
    """communes (code, name) + that year's moved facts -> one row per commune, best first, missing last."""
    this = facts[facts["year"] == year]
    rows = communes.merge(this, left_on="code", right_on="unit_code", how="left")
    rows = rows.assign(label=rows["name"], approx=rows["is_approximate"].fillna(False).astype(bool),
                       note=[t("approx_note", "vi") if a else "" for a in rows["is_approximate"].fillna(False)])
    rows = rows.sort_values(["value", "label"], ascending=[False, True], na_position="last").reset_index(drop=True)
    rows["rank"] = rows["value"].rank(ascending=False, method="min")
    return rows


def table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table behind the charts (numbers as numbers, for the exports)."""
    return pd.DataFrame({
        **compare.ranked_columns(rows, lang),
        t("col_approx", lang): [("≈" if a else "") if pd.notna(v) else "" for a, v in zip(rows["approx"], rows["value"],
                                                                                        strict=True)],
        t("col_sources", lang): rows["sources"],
        t("col_status", lang): compare.status_notes(rows, lang),
    })


def kinds(kind: str, lang: str) -> dict[str, str]:
    """The column kinds of ``table`` (ui.tables): the value is the metric's."""
    return {t("col_value", lang): kind}


def display(frame: pd.DataFrame, kind: str, lang: str, key: str | None = None) -> None:
    """Draw the table: numbers sortable as numbers, written the Vietnamese way, blank where none."""
    tables.show(frame, lang, kinds(kind, lang), qualifiers={t("col_value", lang): t("col_qualifier", lang)},
                hide=[t("col_qualifier", lang)], key=key)


def unplaced_note(unplaced: pd.DataFrame, lang: str) -> str | None:
    """The old communes with figures that today's map cannot place (queries.unplaced_old_communes), named with
    their district and years; None when there are none."""
    if unplaced.empty:
        return None
    return tm("unplaced", lang, units=", ".join(
        f"{n} ({d}, {a}–{b})" for n, d, a, b in unplaced[["unit_name", "district", "first_year", "last_year"]]
        .itertuples(index=False)))
