"""Counting the registers (models, commendations) for the pages: pure functions on DataFrames."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from etl.reference.text import ascii_fold
from ui.i18n import t
from ui.tables import is_missing


def search(frame: pd.DataFrame, text: str, columns: list[str]) -> pd.DataFrame:
    """Rows where every word of ``text`` appears (case and diacritics ignored) in one of ``columns``."""
    words = ascii_fold(text).split()
    if not words:
        return frame
    haystack = frame[columns].astype(str).agg(" ".join, axis=1).map(ascii_fold)
    mask = pd.Series(True, index=frame.index)
    for word in words:
        mask &= haystack.str.contains(word, regex=False)
    return frame[mask]


def unit_of(frame: pd.DataFrame, lang: str) -> pd.Series:
    """The unit an item belongs to: its commune, else its district (or province) as a whole."""
    whole = t("unit_level_whole", lang)
    parent = frame["district"].where(frame["district"].notna(), frame["province"])
    return frame["commune"].where(frame["commune"].notna(), parent + " " + whole)


def count_by(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame(columns=[*by, "count"])
    return frame.groupby(by, dropna=False).size().reset_index(name="count")


def top(frame: pd.DataFrame, by: str, n: int = 15) -> pd.DataFrame:
    """The ``n`` values of ``by`` with the most items (``label``, ``count``), the most first."""
    return count_by(frame, [by]).rename(columns={by: "label"}).sort_values("count", ascending=False).head(n)


def commend_counts(year_items: pd.DataFrame) -> dict[str, int]:
    """The commendations of a year's register, counted as the figures report counts them: collectives and
    individuals commended, and proposed to the level above (keyed by the catalog's metrics)."""
    commended = year_items[~year_items["is_proposed"]]
    proposed = year_items[year_items["is_proposed"]]
    return {"commend_collective": int((commended["recipient_kind"] == "collective").sum()),
            "commend_individual": int((commended["recipient_kind"] == "individual").sum()),
            "commend_proposed_collective": int((proposed["recipient_kind"] == "collective").sum()),
            "commend_proposed_individual": int((proposed["recipient_kind"] == "individual").sum())}


def model_counts(items: pd.DataFrame, year_items: pd.DataFrame) -> tuple[int, int, int]:
    """(models of the year, of them new, pilot models of every year) of a register."""
    return (len(year_items), int((year_items["is_new"] == True).sum()),  # noqa: E712
            int((items["is_pilot"] == True).sum()))  # noqa: E712


def pilots(items: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The pilot models, and every model whose replication the register gives (x of y units, and as a rate)."""
    found = items[(items["is_pilot"] == True) | items["replicated_units"].notna()]  # noqa: E712
    return pd.DataFrame({
        t("col_year", lang): found["year"], t("col_model", lang): found["name"], t("col_host", lang): found["host"],
        t("col_pilot", lang): found["is_pilot"].map({True: "✓", False: ""}).fillna(""),
        t("col_replicated", lang): [f"{int(a)}/{int(b)}" if pd.notna(a) and pd.notna(b) else "—"
                                    for a, b in zip(found["replicated_units"], found["replication_base"], strict=True)],
        t("col_replicated_pct", lang): [100 * a / b if pd.notna(a) and pd.notna(b) and b else None
                                        for a, b in zip(found["replicated_units"], found["replication_base"],
                                                        strict=True)],
    })


def labels(values: pd.Series, label: Callable[[object], str]) -> list[str]:
    """``[label(v) for v in values]``, each distinct value labelled once (a register has thousands of rows and a
    handful of kinds, levels, steps)."""
    seen: dict[object, str] = {}
    out = []
    for v in values:
        key = ("missing",) if is_missing(v) else v  # NaN, None, pd.NA: one key, labelled as the first seen
        if key not in seen:
            seen[key] = label(v)
        out.append(seen[key])
    return out


def kind_label(kind: object, lang: str) -> str:
    return {"collective": t("collective", lang), "individual": t("individual", lang)}.get(kind, t("unknown", lang))  # type: ignore[arg-type]


def new_label(is_new: object, lang: str) -> str:
    if is_new is True:
        return t("model_new", lang)
    if is_new is False:
        return t("model_maintained", lang)
    return t("unknown", lang)


def level_label(level: object, proposed: bool, lang: str) -> str:
    name = {"district": t("level_district", lang), "province": t("level_province", lang),
            "central": t("level_central", lang)}.get(level, t("unknown", lang))  # type: ignore[arg-type]
    # "Đề nghị cấp tỉnh": the level's word lower-case inside the phrase (a name such as "Trung ương" keeps its capital)
    inside = name[:1].lower() + name[1:] if name.startswith(("Cấp", "Province", "District")) else name
    return t("proposed_to", lang, level=inside) if proposed else name


# -- the appraisal of models (contents, exemplary individual, appraisal step) ---------------------------------

CONTENTS = ("study", "follow", "example")
STEPS = ("registered", "appraised", "deployed", "reviewed")
APPRAISAL_FIELDS = ("has_study", "has_follow", "has_example", "exemplar", "appraisal_step")


def with_appraisal(items: pd.DataFrame) -> pd.DataFrame:
    """The models of the registers (source files) that give any of the appraisal columns: in the others,
    a blank says nothing (the file has no such column), so they are not counted as "no"."""
    present = [c for c in APPRAISAL_FIELDS if c in items]
    if items.empty or not present:
        return items.iloc[0:0]
    has_any = items[present].notna().any(axis=1)
    files = set(items.loc[has_any, "source_file"])
    return items[items["source_file"].isin(files)]


def _given_in_file(items: pd.DataFrame, column: str) -> pd.Series:
    """True for the rows whose register gives ``column`` for at least one model."""
    files = set(items.loc[items[column].notna(), "source_file"])
    return items["source_file"].isin(files)


def content_counts(items: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per content: how many models have it, how many the register says lack it, how many it
    leaves blank."""
    rows = []
    for content in CONTENTS:
        column = items[f"has_{content}"] if f"has_{content}" in items else pd.Series(dtype=object)
        rows.append({t("col_content", lang): t(f"content_{content}", lang),
                     t("col_has", lang): int((column == True).sum()),  # noqa: E712
                     t("col_has_not", lang): int((column == False).sum()),  # noqa: E712
                     t("col_not_given", lang): int(column.isna().sum())})
    return pd.DataFrame(rows)


def step_counts(items: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per appraisal step: how many models reached it (it or a later one) and how many are at it;
    the models whose step the register does not give in a last row."""
    steps = items["appraisal_step"] if "appraisal_step" in items else pd.Series(dtype=object)
    order = steps.map({s: i for i, s in enumerate(STEPS)})
    rows = [{t("col_step", lang): t(f"step_{step}", lang), t("col_reached", lang): int((order >= i).sum()),
             t("col_at_step", lang): int((order == i).sum())} for i, step in enumerate(STEPS)]
    rows.append({t("col_step", lang): t("col_not_given", lang), t("col_reached", lang): None,
                 t("col_at_step", lang): int(steps.isna().sum())})
    return pd.DataFrame(rows)


def without_exemplar(items: pd.DataFrame) -> pd.DataFrame:
    """Models of registers that have an exemplary individual column, with that cell blank."""
    if items.empty or "exemplar" not in items:
        return items.iloc[0:0]
    return items[_given_in_file(items, "exemplar") & items["exemplar"].isna()]


def reported_total(figures: pd.DataFrame, metrics: tuple[str, ...]) -> tuple[dict[str, int], bool] | None:
    """The unit's figures for ``metrics`` (one year), and whether any was summed from its units rather than
    reported by the unit itself; None when it has none of them."""
    if figures is None or figures.empty:
        return None
    found = figures[figures["metric"].isin(metrics) & figures["value"].notna()]
    if found.empty:
        return None
    values = {m: int(round(float(v))) for m, v in zip(found["metric"], found["value"], strict=True)}
    return values, bool((found["basis"] != "reported").any())


def units_chart(source, items: pd.DataFrame, selection, lang: str, title_key: str, stub: str, page: str,  # noqa: ANN001
                color: str) -> None:
    """The units with the most items of the year (the top 15), a click opening that unit's register on ``page``."""
    from ui import charts
    from ui.page import chart, unit_picker

    by_unit = top(items, "unit", 15)
    if by_unit.empty:
        return
    chart(charts.counts(by_unit, lang, title=t(title_key, lang, year=selection.year), color=color, horizontal=True),
          f"{stub}_{selection.label}_{selection.year}", key="by_unit",
          link=unit_picker(source, dict(zip(items["unit_key"], items["unit"], strict=False)), selection.year, lang, page))


def kinds_chart(items: pd.DataFrame, by: str, selection, lang: str, title_key: str, stub: str, key: str,  # noqa: ANN001
                color: str, other: str, secondary: set[str] | None = None) -> None:
    """The year's items counted by ``by`` (a level, a field), collective and individual stacked."""
    from ui import charts
    from ui.page import chart

    counted = count_by(items, [by, "kind_label"]).rename(columns={by: "label"})
    if counted.empty:
        return
    chart(charts.counts(counted, lang, title=t(title_key, lang, year=selection.year), color=color, stack="kind_label",
                        colors={t("collective", lang): color, t("individual", lang): other}, horizontal=True,
                        secondary=secondary or set()),
          f"{stub}_{selection.label}_{selection.year}", key=key)
