"""Counting the registers (models, commendations) for the pages: pure functions on DataFrames."""

from __future__ import annotations

import pandas as pd

from etl.text import ascii_fold
from ui.i18n import t


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
    return t("proposed_to", lang, level=name) if proposed else name
