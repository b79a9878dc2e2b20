"""Shared fixtures: a sample warehouse built from data/sample into a temporary folder (so tests never
depend on the developer's data/ files), an empty warehouse, and the unit index."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from etl.publishing.desk import open_index
from etl.publishing.load import load_files
from etl.reference.units import UnitIndex
from warehouse.db import DATA, publish

ROOT = Path(__file__).resolve().parent.parent
os.environ["CAMPAIGN_CHECK_CHARTS"] = "1"  # ui.charts: Plotly validates every figure in the tests (and their servers)
SAMPLE_DIR = DATA / "sample"


@pytest.fixture(autouse=True)
def through_the_navigation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every AppTest run goes through dashboard.py, as every run of a server does once its first run has called
    st.navigation. AppTest forgets that at each run (it resets ``PagesManager.uses_pages_directory``), and a page
    of a pages/ folder then ran on its own in every test after the first of the process: without the entry
    point's navigation, banner, language switch and URL batching (ui.url). The first request of a server is the
    browser test's (test_a_direct_link_as_the_first_request_after_the_server_starts)."""
    from streamlit.runtime.pages_manager import PagesManager

    init = PagesManager.__init__

    def navigated(self, *args, **kwargs):
        init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", navigated)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample warehouse, built once per test session exactly as `python -m etl sample` builds it."""
    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    outcomes = load_files(db, sorted(SAMPLE_DIR.glob("*.xlsx")), fresh=True, is_sample=True)
    assert [o.status for o in outcomes if o.status != "loaded"] == []
    return db


@pytest.fixture(scope="session")
def empty_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("empty") / "empty.duckdb"
    publish(db, lambda con: None, fresh=True)
    return db


@pytest.fixture
def empty_db(empty_db_template: Path, tmp_path: Path) -> Path:
    """A new warehouse with the reference units and the catalog but no figures."""
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(empty_db_template, db)
    return db


@pytest.fixture(scope="session")
def unit_index(empty_db_template: Path) -> UnitIndex:
    return open_index(empty_db_template)


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture
def page(sample_db: Path, monkeypatch: pytest.MonkeyPatch):
    """Open a page of the dashboard on the sample warehouse with query parameters (AppTest)."""
    monkeypatch.setenv("CAMPAIGN_DB", str(sample_db))
    return open_dashboard


def open_dashboard(path: str, **params: str) -> AppTest:
    """A new session of the dashboard (on $CAMPAIGN_DB) opening page ``path`` with query parameters; no exception."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update(params)
    at.switch_page(path)
    at.run()
    assert not at.exception, at.exception
    return at
