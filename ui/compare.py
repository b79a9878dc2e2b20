"""The data behind "So sánh" for communes: every commune of a district (or new-map province) on one metric, the ones
that did not report included (as missing), ranked; pure functions on DataFrames."""

from __future__ import annotations

import pandas as pd

from etl.reference.text import ascii_fold
from ui import fmt, originals, tables
from ui.i18n import t


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


def with_names(figures: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """Figures of provinces or districts (queries.child_figures) with the code and name of ``units``
    (queries.children_of) and the columns of a commune's facts: a computed figure has no source cell."""
    names = units.set_index("unit_key")
    code = figures["unit_key"].str.rsplit(":", n=1).str[-1]
    return figures.assign(unit_code=figures["unit_key"].map(names["code"]).fillna(code),
                          unit_name=figures["unit_key"].map(names["name"]).fillna(code),
                          source_file=None, source_sheet=None, source_row=None, source_cell=None)


def table(rows: pd.DataFrame, kind: str, lang: str) -> pd.DataFrame:
    """The table under the charts (numbers as numbers, for the exports)."""
    return pd.DataFrame({
        t("col_rank", lang): rows["rank"],
        t("col_unit", lang): rows["label"],
        t("col_code_unit", lang): rows["code"],
        t("col_value", lang): rows["value"],
        t("col_qualifier", lang): rows.get("qualifier"),
        t("col_numerator", lang): rows.get("numerator"),
        t("col_denominator", lang): rows.get("denominator"),
        # "chưa báo cáo", or how a rate the unit did not type was made ("tính từ 230/232")
        t("col_status", lang): [t("missing_metric", lang) if pd.isna(r["value"]) else fmt.derived_note(r, lang) or ""
                                for r in rows.to_dict("records")],
        t("col_source", lang): [f"{f} / {s} / {c}" if isinstance(f, str) else None for f, s, c in
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
