"""The dashboard's access to the warehouse: one read-only connection per file, shared by every session of the
process, and query results kept per published version of the file (a newly published warehouse is picked up
on the next rerun, no restart) in a cache bounded in bytes.

The cache (``ResultCache``) holds the frames themselves, not pickles of them: a hit costs a shallow copy (pandas
copies on write, so a page that changes what it got never changes the cached frame) instead of unpickling the
frame, and the cache knows the memory it holds. When a new warehouse is published, the results of the old one
are dropped at the first query on the new one. $CAMPAIGN_CACHE_MB sets the budget (default 64 MB); the least
recently used results leave first.
"""

from __future__ import annotations

import copy
import os
import pickle
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from ui import fmt
from warehouse import queries, views
from warehouse.db import ReadOnlyWarehouse, resolve_db_path

CACHE_MB = 64


def _size(value: Any) -> int:
    """Bytes a result holds (frames by their columns, other values by their pickle)."""
    if isinstance(value, Shared):
        return value.nbytes()
    if isinstance(value, pd.DataFrame | pd.Series):
        # Python objects are counted one by one (deep); Arrow-backed and numeric columns know their bytes already,
        # and a deep count of them took milliseconds a frame
        columns = value.dtypes if isinstance(value, pd.DataFrame) else [value.dtype]
        deep = any(map(pd.api.types.is_object_dtype, columns)) or pd.api.types.is_object_dtype(value.index.dtype)
        return int(value.memory_usage(deep=deep, index=True).sum()) if isinstance(value, pd.DataFrame) else int(
            value.memory_usage(deep=deep, index=True))
    if isinstance(value, tuple | list) and any(isinstance(v, pd.DataFrame | pd.Series) for v in value):
        return sum(_size(v) for v in value)
    try:
        return len(pickle.dumps(value))
    except Exception:  # noqa: BLE001 - an odd value: counted small, it is still bounded by the entries' count
        return 1024


class Shared:
    """A value every session reads as it is and none changes (a page's figures, cards and charts put together
    once for a unit and a year, ``Source.derived``): handed out without a copy. Subclasses are frozen
    dataclasses; what they hold (a Plotly figure, a frame) is read, never written."""

    def nbytes(self) -> int:
        """What the cache counts it as: its pickle's length (made once, when it is kept)."""
        try:
            return len(pickle.dumps(self))
        except Exception:  # noqa: BLE001 - an odd value: counted as a large frame would be
            return 256 * 1024


def _handed_out(value: Any) -> Any:
    """What a caller gets: a frame's shallow copy (copy-on-write keeps the cached one as it was), a ``Shared``
    value itself, a copy of anything else that could be changed in place."""
    if isinstance(value, Shared):
        return value
    if isinstance(value, pd.DataFrame | pd.Series):
        return value.copy(deep=False)
    if isinstance(value, str | int | float | bool | type(None)):
        return value
    if isinstance(value, tuple) and any(isinstance(v, pd.DataFrame | pd.Series) for v in value):
        items = [_handed_out(v) for v in value]  # a page's view (warehouse.views): each frame as above
        return value._make(items) if hasattr(value, "_make") else tuple(items)
    return copy.deepcopy(value)


class ResultCache:
    """Query results by (warehouse path, version, query, arguments), at most ``budget`` bytes and
    ``max_entries`` results; the least recently used leave first, and a new version of a warehouse drops
    the old version's results."""

    def __init__(self, budget: int, max_entries: int = 4096) -> None:
        self.budget, self.max_entries = budget, max_entries
        self._items: OrderedDict[tuple, tuple[Any, int]] = OrderedDict()
        self._versions: dict[str, str] = {}
        self._making: dict[tuple, threading.Event] = {}  # results being made now, by the session making each
        self._lock = threading.Lock()
        self.bytes = 0

    def _drop(self, key: tuple) -> None:
        _, size = self._items.pop(key)
        self.bytes -= size

    def get(self, key: tuple, make: Any) -> Any:
        """The result under ``key``, made by ``make()`` when not kept. Sessions asking for the same result at once
        (fifty viewers opening the dashboard after a start or a publish) wait for the one that makes it instead
        of each running the same query: one query, the others handed its result."""
        path, version = key[0], key[1]
        while True:
            with self._lock:
                if self._versions.get(path) != version:  # a newly published file: the old one's results go
                    for old in [k for k in self._items if k[0] == path and k[1] != version]:
                        self._drop(old)
                    self._versions[path] = version
                if key in self._items:
                    self._items.move_to_end(key)
                    return _handed_out(self._items[key][0])
                making = self._making.get(key)
                if making is None:
                    making = self._making[key] = threading.Event()
                    break
            making.wait()  # another session is making it: then it is kept (or that session failed: try again)
            with self._lock:
                if key not in self._items and self._making.get(key) is None:
                    making = self._making[key] = threading.Event()
                    break
        try:
            value = make()  # outside the lock: other sessions keep reading other results while this one queries
            size = _size(value)
            with self._lock:
                if key in self._items:
                    self._drop(key)
                if size <= self.budget:
                    self._items[key] = (value, size)
                    self.bytes += size
                    while self.bytes > self.budget or len(self._items) > self.max_entries:
                        self._drop(next(iter(self._items)))
        finally:
            with self._lock:
                self._making.pop(key, None)
            making.set()
        return _handed_out(value)

    def peek(self, key: tuple) -> Any:
        """The result kept under ``key`` (handed out as ``get`` does), or None: nothing is computed."""
        with self._lock:
            if self._versions.get(key[0]) != key[1] or key not in self._items:
                return None
            self._items.move_to_end(key)
            return _handed_out(self._items[key][0])

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._versions.clear()
            self.bytes = 0


def _budget() -> int:
    try:
        return int(float(os.environ.get("CAMPAIGN_CACHE_MB", CACHE_MB)) * 1024 * 1024)
    except ValueError:
        return CACHE_MB * 1024 * 1024


RESULTS = ResultCache(_budget())


@st.cache_resource(show_spinner=False)
def _warehouse(path: str) -> ReadOnlyWarehouse:
    return ReadOnlyWarehouse(Path(path))


def _key(path: str, version: str, name: str, args: tuple) -> tuple:
    key = (path, version, name, args)
    try:
        hash(key)
    except TypeError:  # a list among the arguments: its text stands for it
        key = (path, version, name, repr(args))
    return key


def query_function(name: str) -> Any:
    """The function a page asks for by name: a query (``warehouse.queries``) or what a page shows, put together
    from queries (``warehouse.views``)."""
    return getattr(queries, name) if hasattr(queries, name) else getattr(views, name)


def _cached(path: str, version: str, name: str, *args: Any) -> Any:
    """``queries.<name>(warehouse, *args)`` (or ``views.<name>``), kept until a new warehouse file is published."""
    return RESULTS.get(_key(path, version, name, args), lambda: query_function(name)(_warehouse(path), *args))


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

    def derived(self, name: str, make: Any, *args: Any) -> Any:
        """``make()``: a frame built from this version's query results (a page's table of every load), kept with
        them in the cache under ``name`` and ``args`` (what it depends on besides the warehouse: the language)."""
        return RESULTS.get(_key(self.path, self.version, f"derived:{name}", args), make)

    def meta(self) -> dict[str, str]:
        return self.q("meta")

    @property
    def is_sample(self) -> bool:
        return self.meta().get("is_sample") == "true"

    def years(self) -> list[int]:
        return self.q("years")

    def metrics(self) -> pd.DataFrame:
        return self.q("metrics")

    def unit_options(self, year: int, scope: str | None = None) -> pd.DataFrame:
        """The year's units (queries.unit_options): every one, the provinces (``queries.PROVINCES``) or those
        of one province — cut from the whole list when this process holds it already (a page's links asked for
        it), else asked for alone (a few hundred rows instead of 12,000)."""
        if scope is None:
            return self.q("unit_options", year)
        whole = RESULTS.peek(_key(self.path, self.version, "unit_options", (year,)))
        if whole is None:
            return self.q("unit_options", year, scope)
        return queries.unit_options_in(whole, scope)

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
