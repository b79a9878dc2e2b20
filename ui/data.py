"""The dashboard's access to the warehouse: one read-only connection per file, query results cached per
published version of the file (a newly published warehouse is picked up on the next rerun, no restart)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from ui import fmt
from warehouse import queries
from warehouse.db import ReadOnlyWarehouse, resolve_db_path


@st.cache_resource(show_spinner=False)
def _warehouse(path: str) -> ReadOnlyWarehouse:
    return ReadOnlyWarehouse(Path(path))


@st.cache_data(show_spinner=False, max_entries=2048)
def _cached(path: str, version: str, name: str, *args: Any) -> Any:
    """``queries.<name>(warehouse, *args)``, cached until a new warehouse file is published."""
    return getattr(queries, name)(_warehouse(path), *args)


class Source:
    """The warehouse this run reads: its path, how it was chosen, and its published version."""

    def __init__(self) -> None:
        path, self.how = resolve_db_path()
        self.path = str(path)
        self.wh = _warehouse(self.path)
        self.version = self.wh.version()

    @property
    def exists(self) -> bool:
        return self.wh.exists

    def q(self, name: str, *args: Any) -> Any:
        return _cached(self.path, self.version, name, *args)

    def meta(self) -> dict[str, str]:
        return self.q("meta")

    @property
    def is_sample(self) -> bool:
        return self.meta().get("is_sample") == "true"

    def years(self) -> list[int]:
        return self.q("years")

    def metrics(self) -> pd.DataFrame:
        return self.q("metrics")

    def unit_options(self, year: int) -> pd.DataFrame:
        return self.q("unit_options", year)

    def unit_figures(self, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
        return self.q("unit_figures", unit_key, first_year, last_year)

    def last_load(self) -> pd.DataFrame:
        return self.q("last_load")

    def data_version(self, lang: str) -> str:
        """"lần nạp #48, 22/11/2026 19:34" — what an export says it was made from."""
        last = self.last_load()
        if last.empty or pd.isna(last["last_load_id"].iloc[0]):
            return "—"
        when = fmt.vn_time(last["last_loaded_at"].iloc[0])
        load_word = "lần nạp" if lang == "vi" else "load"
        sample = (" (dữ liệu mẫu)" if lang == "vi" else " (sample data)") if self.is_sample else ""
        return f"{load_word} #{int(last['last_load_id'].iloc[0])}, {when}{sample}"
