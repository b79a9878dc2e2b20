"""Shared page scaffolding: the language, the empty states, charts and tables drawn the same way."""

from __future__ import annotations

import atexit
import gc
import os
from collections.abc import Callable
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ui import auth, tables, url
from ui.charts import plotly_config
from ui.data import Source
from ui.device import is_phone  # noqa: F401 - the pages ask it here
from ui.export import chart_file_name
from ui.i18n import t, tm
from ui.safe import plain
from ui.tables import Kinds
from warehouse.queries import PROVINCES


def log_render_time(ms: float) -> None:
    """Append this run's server-side render time to $CAMPAIGN_RENDER_LOG, when set (scripts/bench_pages.py)."""
    path = os.environ.get("CAMPAIGN_RENDER_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{ms:.1f}\n")


def current_lang() -> str:
    return "en" if st.query_params.get("lang") == "en" else "vi"


def not_loaded(lang: str, key: str = "no_data_body", **fields: object) -> None:
    """Figures not loaded yet: a viewer reads that they are not; a data manager also gets the way to the desk."""
    st.info(tm(key, lang, **fields))
    session = auth.current()
    if session is not None and session.can_load:
        st.page_link("pages/nap_bao_cao.py", label=t("go_to_desk", lang), icon=":material/upload_file:")


def require_data(source: Source, lang: str, need_figures: bool = True) -> bool:
    """False (after saying so) when there is nothing to show."""
    if not source.exists:
        not_loaded(lang, "no_db_body")
        return False
    if need_figures and not source.years():
        not_loaded(lang)
        return False
    return True


_navigated = False  # some run of this process has gone through dashboard.py's navigation


def mark_navigated() -> None:
    """Called by dashboard.py before it runs a page."""
    global _navigated
    _navigated = True


def ensure_navigation() -> None:
    """Run the page through dashboard.py's navigation.

    An app with a pages/ folder starts in Streamlit's older multipage mode: until some run has called
    st.navigation, a direct link (/so_sanh) as the first request after the server starts runs the page file
    on its own, without dashboard.py (no banner, no language switch, file names as the menu). Pinned
    Streamlit 1.67 keeps that switch in PagesManager.uses_pages_directory; turning it off and rerunning makes
    the same request go through dashboard.py. Once a run has gone through dashboard.py there is nothing to
    do (and a rerun would swallow the click that started this run)."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory and not _navigated:
        PagesManager.uses_pages_directory = False
        st.rerun()


FREEZE_RUNS = 30  # page runs of a process after which what is alive is taken as long-lived (``freeze_long_lived``)
_runs = [0]


def freeze_long_lived() -> None:
    """Take what the process holds now (modules, Plotly's classes, Streamlit's, the warehouse's caches: about
    200,000 objects once the pages have been opened) out of the garbage collector's full passes (``gc.freeze``).
    Those passes walk every object the process holds, 120–200 ms on a warmed-up server, and land on whichever
    viewer's run happens to cross the collector's threshold. Done at the start of a process's first
    ``FREEZE_RUNS`` page runs, as the pages' imports arrive; objects frozen are still freed when no longer
    referenced, only a cycle among them would wait for ``gc.unfreeze``."""
    if _runs[0] < FREEZE_RUNS:
        if _runs[0] == 0:  # at exit, the frozen objects go back to the collector, to be freed as usual
            atexit.register(gc.unfreeze)
        _runs[0] += 1
        gc.freeze()


def start(title_key: str, need_figures: bool = True) -> tuple[Source, str]:
    """Title, language and warehouse of a page; stops the page (saying what to load) when there is no data."""
    freeze_long_lived()
    ensure_navigation()
    lang = current_lang()
    source = Source()
    st.title(t(title_key, lang))
    if not require_data(source, lang, need_figures):
        url.stop()
    return source, lang


Link = tuple[str, dict[str, str]]  # a page and its query parameters


def chart(fig: go.Figure, name: str | list[object], key: str,
          link: Callable[[dict[str, Any]], Link | None] | None = None) -> None:
    """A chart, its PNG download named as the CSV and XLSX are (ui.export.file_name): ``name`` a list of parts,
    or a string of parts joined by "_". With ``link``, a click on a bar, a heatmap cell or a line point opens
    what ``link(point)`` names (Streamlit's selection events; the point's ``x``, ``y`` and ``series``, the
    name of its trace)."""
    config = plotly_config(chart_file_name(name), current_lang())
    if link is None:
        st.plotly_chart(fig, width="stretch", config=config, key=key)
        return
    event = st.plotly_chart(fig, width="stretch", config=config, key=key, on_select="rerun",
                            selection_mode="points")
    points = list(event.selection.points) if event is not None else []
    if not points:
        return
    point = dict(points[0])
    curve = point.get("curve_number")
    if isinstance(curve, int) and 0 <= curve < len(fig.data):
        point["series"] = fig.data[curve].name
    target = link(point)
    if target is not None:
        page, params = target
        # The filters' widgets keep their values within a page, and the chart its selection: both would win over
        # the new link when it opens the same page (a click on a trend of Tổng quan), and the click would
        # come back on every run. They are dropped, so the page reads the link.
        for name in [k for k in st.session_state if str(k).startswith("filter_")] + [key]:
            st.session_state.pop(name, None)
        url.switch_page(page, query_params=params)


_INDEXES: dict[tuple[str, str, int, str | None], pd.DataFrame] = {}
_LINK_COLUMNS = ["level", "code", "province_code", "district_code", "map"]


def _unit_row(path: str, version: str, year: int, source: Source, unit_key: str) -> dict[str, Any] | None:
    """A unit of the year's lists by its key (a page links a dozen units: an indexed frame, not a scan of
    16,000 rows, nor a dict of them built for every new year)."""
    scope = PROVINCES if unit_key.split(":")[1:2] == ["province"] else None  # a province: the short list
    key = (path, version, year, scope)
    if key not in _INDEXES:
        units = source.unit_options(year, scope)
        _INDEXES[key] = units.drop_duplicates("unit_key").set_index("unit_key")[_LINK_COLUMNS]
        while len(_INDEXES) > 64:
            _INDEXES.pop(next(iter(_INDEXES)))
    index = _INDEXES[key]
    if unit_key not in index.index:
        return None
    return dict(zip(_LINK_COLUMNS, index.loc[unit_key].tolist(), strict=True))


def unit_link(source: Source, unit_key: str, year: int, lang: str, page: str = "pages/tong_quan.py") -> Link | None:
    """The page of a unit's figures for a year, with the filters that choose it (``None``: not a unit of
    that year's lists)."""
    if unit_key.split(":")[1:2] == ["country"]:  # the whole country, on the map of that year
        return page, {"nam": str(year), "tinh": "toan-quoc", **({"lang": "en"} if lang == "en" else {})}
    r = _unit_row(source.path, source.version, year, source, unit_key)
    if r is None:
        return None
    params = {"nam": str(year)}
    if r["level"] == "province":
        params["tinh"] = str(r["code"])
    else:
        params["tinh"] = str(r["province_code"])
        if r["map"] == "old":
            params["huyen"] = str(r["district_code"] if r["level"] == "commune" else r["code"])
        if r["level"] == "commune":
            params["xa"] = str(r["code"])
    if lang == "en":
        params["lang"] = "en"
    return page, params


def unit_picker(source: Source, names: dict[str, str], year: int, lang: str, page: str = "pages/tong_quan.py",
                field: str = "y") -> Callable[[dict[str, Any]], Link | None]:
    """The ``link`` of a chart whose bars are units (``names``: unit key -> the label drawn, read from the
    point's ``field``): a click opens ``page`` on that unit for ``year``."""
    find = label_lookup(names)

    def link(point: dict[str, Any]) -> Link | None:
        key = find(point.get(field))
        return unit_link(source, key, year, lang, page) if key else None

    return link


def label_lookup(labels: dict[str, str]) -> Callable[[object], str | None]:
    """A chart label (escaped by ui.safe.plain, perhaps marked "≈ ") back to the key it was drawn for
    (``labels``: key -> name)."""
    by_label = {plain(v): k for k, v in labels.items()}

    def find(label: object) -> str | None:
        text = str(label or "").removeprefix("≈ ").strip()
        if text in by_label:
            return by_label[text]
        return next((k for shown, k in sorted(by_label.items(), key=lambda i: -len(i[0])) if shown and shown in text),
                    None)

    return find


def table(frame: pd.DataFrame, key: str, height: int | None = None, kinds: Kinds | None = None) -> None:
    tables.show(frame, current_lang(), kinds, key=key, height=height)


def metric_label(row: pd.Series, lang: str, short: bool = False) -> str:
    if short:
        return str(row["short_en" if lang == "en" else "short_vi"])
    return str(row["label_en" if lang == "en" else "label_vi"])


def register_page(kind: str, page_key: str, heading_key: str) -> tuple[Source, str, Any, pd.DataFrame]:
    """A register page's start (Mô hình, Khen thưởng): the place chosen where the register was loaded, the items
    of the unit's map years, the heading; stops, saying so, when the unit has no register."""
    from ui.filters import unit_filters

    source, lang = start(page_key)
    selection = unit_filters(source.years(), source.unit_options, lang, landing=source.q("landing", kind),
                             places=source.q("crosswalk_places"), prefer=source.q("landing", "facts"))
    if selection is None or selection.unit_key is None:
        url.stop()
    map_years = source.q("map_years", selection.map)
    items = source.q("register_items", kind, selection.unit_key, min(map_years), max(map_years))
    st.subheader(tm(heading_key, lang, unit=selection.label))
    if items.empty:
        not_loaded(lang, "no_register", unit=selection.label, what=t(page_key, lang).lower())
        url.stop()
    return source, lang, selection, items


def current_map_selection(source: Source, lang: str) -> Any:
    """The place chosen on today's map (the country included) for So sánh and Xu hướng; stops, saying so, when
    there is nothing on it."""
    from ui.filters import current_map_filters

    selection = current_map_filters(source.q("current_map_years"), source.q("current_map_units"), lang,
                                    places=source.q("crosswalk_places"), prefer=source.q("landing", "facts"),
                                    country=True)
    if selection is None:
        not_loaded(lang)
        url.stop()
    return selection
