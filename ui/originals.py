"""The file a figure came from, downloaded back by a data manager (#21): a figure's provenance names its file,
sheet and cell for everyone; a signed-in manager can also take the file as it was received, from the archive
beside the warehouse (etl.publishing.archive). Viewers never get the files: only their names."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import duckdb
import streamlit as st

from etl.publishing.archive import Archive, archive_dir
from ui import auth
from ui.i18n import t
from warehouse.db import resolve_db_path


def latest(db: Path, file_name: str) -> bytes | None:
    """The bytes of the latest load of ``file_name`` still in force, from the archive; None if not archived."""
    if not db.exists():
        return None
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT sha256 FROM core.loads WHERE file_name = ? AND status IN ('loaded', "
                          "'loaded_with_rejects') AND undone_by IS NULL ORDER BY load_id DESC LIMIT 1",
                          [file_name]).fetchone()
    finally:
        con.close()
    keeper = Archive(archive_dir(db))
    return keeper.path_of(row[0]).read_bytes() if row and keeper.has(row[0]) else None


def offer(files: Iterable[object], lang: str, key: str) -> None:
    """For a signed-in manager: the source files of the figures shown, to download as received."""
    session = auth.current()
    if session is None or not session.can_load:
        return
    names = sorted({f.split(" / ")[0] for f in files if isinstance(f, str) and f})
    if not names:
        return
    with st.expander(t("source_original", lang), icon=":material/attach_file:"):
        chosen = st.selectbox(t("col_file", lang), names, key=f"original_{key}")
        data = latest(resolve_db_path()[0], chosen)
        if data is None:
            st.caption(t("desk_original_missing", lang))
        else:
            st.download_button(t("desk_original", lang), data, chosen, key=f"original_get_{key}",
                               icon=":material/download:")
