"""A returned template against the registry of sends (etl.publishing.sends): the send its fingerprint names must be
one made for the same unit and year, or the file is refused; a send this warehouse never made is said, and the
template still read by its fingerprint (it may come from a copy of the product elsewhere). Called by a load and
by the dry run alike, in the loading process, after the parse."""

from __future__ import annotations

import duckdb

from etl.tables.records import ParsedFile, Reject


def check_returned(con: duckdb.DuckDBPyConnection, parsed: ParsedFile) -> None:
    template = parsed.template
    if template is None or parsed.refused is not None:
        return
    known = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'core'").fetchall()}
    if "template_sends" not in known:
        parsed.note("note_template_unknown_send", send=str(template["send_id"])[:8])
        return
    row = con.execute("SELECT unit_key, year, unit_name, unit_code FROM core.template_sends WHERE send_id = ?",
                      [template["send_id"]]).fetchone()
    if row is None:
        parsed.note("note_template_unknown_send", send=str(template["send_id"])[:8])
        return
    if (row[0], row[1]) != (template["unit_key"], template["year"]):
        parsed.refused = Reject.of("template_send_mismatch", None, None, None, None, send=str(template["send_id"])[:8],
                                   sent=f"{row[2]} ({row[3]}) năm {row[1]}", sent_en=f"{row[2]} ({row[3]}), {row[1]}",
                                   says=f"{parsed.scope_name} năm {parsed.year}", says_en=f"{parsed.scope_name}, "
                                                                                      f"{parsed.year}")
        parsed.facts, parsed.items, parsed.fact_rows = [], [], None
