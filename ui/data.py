"""The dashboard's access to the warehouse: one read-only connection per file, query results cached per
published version of the file (a newly published warehouse is picked up on the next rerun)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from warehouse import queries
from warehouse.db import ReadOnlyWarehouse, resolve_db_path


@st.cache_resource(show_spinner=False)
def _warehouse(path: str) -> ReadOnlyWarehouse:
    return ReadOnlyWarehouse(Path(path))


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

    def meta(self) -> dict[str, str]:
        return _meta(self.path, self.version)

    @property
    def is_sample(self) -> bool:
        return self.meta().get("is_sample") == "true"

    def years(self) -> list[int]:
        return _years(self.path, self.version)

    def metrics(self) -> pd.DataFrame:
        return _metrics(self.path, self.version)

    def unit_options(self, year: int) -> pd.DataFrame:
        return _unit_options(self.path, self.version, year)

    def unit_figures(self, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
        return _unit_figures(self.path, self.version, unit_key, first_year, last_year)

    def last_load(self) -> pd.DataFrame:
        return _last_load(self.path, self.version)

    def expected_children(self, unit_key: str, year: int) -> int:
        return _expected_children(self.path, self.version, unit_key, year)


@st.cache_data(show_spinner=False, max_entries=64)
def _meta(path: str, version: str) -> dict[str, str]:
    return queries.meta(_warehouse(path))


@st.cache_data(show_spinner=False, max_entries=64)
def _years(path: str, version: str) -> list[int]:
    return queries.years(_warehouse(path))


@st.cache_data(show_spinner=False, max_entries=64)
def _metrics(path: str, version: str) -> pd.DataFrame:
    return queries.metrics(_warehouse(path))


@st.cache_data(show_spinner=False, max_entries=256)
def _unit_options(path: str, version: str, year: int) -> pd.DataFrame:
    return queries.unit_options(_warehouse(path), year)


@st.cache_data(show_spinner=False, max_entries=512)
def _unit_figures(path: str, version: str, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
    return queries.unit_figures(_warehouse(path), unit_key, first_year, last_year)


@st.cache_data(show_spinner=False, max_entries=64)
def _last_load(path: str, version: str) -> pd.DataFrame:
    return queries.last_load(_warehouse(path))


@st.cache_data(show_spinner=False, max_entries=512)
def _expected_children(path: str, version: str, unit_key: str, year: int) -> int:
    return queries.expected_children(_warehouse(path), unit_key, year)
