"""A batch: the files of one load (the paths of one command, a folder, a desk upload, a zip's entries).

The rule inside a file holds across the files of a batch:
- identical bytes are one file: the first is read, each copy is reported ("trùng nội dung với … trong cùng lần
  nạp") and loads nothing (``first_copies``);
- two files that give one figure (unit, year, metric) different values (or qualifiers) are a conflict: neither
  value loads, each file gets a reject naming the other file and cell, the rest of each file loads; the same
  value from both is one figure (``disputed_keys``, ``conflict_rejects``).

The publish (etl.publishing.load) and the dry run (etl.publishing.desk, ``python -m etl check``) decide both with these functions, so
the check shows what the publish will do. ``withdraw`` takes figures out of a parsed file after the parse (a
conflict, a unit outside the account's scope): the figure becomes a reject and its cells move from "fact" to
"reject" in the sheet's ledger.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

import pyarrow as pa
import pyarrow.compute as pc

from etl.tables.records import MAX_REJECTS_KEPT, ParsedFile, Reject

KEY = ("unit_key", "year", "metric")
Key = tuple[str, int, str]
_CLAIMS_NAMED = 3  # the other claims a conflict reject names (the rest counted): bounded whatever the batch


_COPY_NAME = re.compile(r"(?i)(\s*\(\d{1,3}\)|\s*-\s*(copy|bản sao)(\s*\(\d{1,3}\))?|_copy\d*)$|^(copy of|bản sao của)\s+")


def looks_like_a_copy(name: str) -> bool:
    """A name a browser or a file manager gives a second copy: "x (1).xlsx", "x - Copy.xlsx", "Copy of x.xlsx"."""
    return bool(_COPY_NAME.search(PurePath(name).stem))


def first_copies(digests: Sequence[str], names: Sequence[str] | None = None) -> dict[int, int]:
    """{index of a file: index of the file of the batch with the same bytes that is read}, for every copy. Of the
    files with the same bytes the one read is the first whose name does not look like a copy's ("x (1).xlsx"),
    else the first. An empty digest (a file that could not be read) is nobody's copy."""
    groups: dict[str, list[int]] = {}
    for i, digest in enumerate(digests):
        if digest:
            groups.setdefault(digest, []).append(i)
    out: dict[int, int] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = min(members, key=lambda i: (bool(names) and looks_like_a_copy(names[i]), i))  # type: ignore[index]
        out.update({i: keep for i in members if i != keep})
    return out


@dataclass(frozen=True)
class Claim:
    """One file's figure for a key: where it is and what it says (for the reject of a conflict)."""

    owner: int  # the file's position in the batch (the dry run), or its load id (the publish)
    file: str
    sheet: str | None
    row: int | None
    cell: str | None
    value_text: str
    cells: int = 1

    def named(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.cell else (self.sheet or "")
        return f"{self.file} ({where}: {self.value_text[:40]})"


def claims_table(tables: Iterable[tuple]) -> pa.Table:
    """The figures of several files as one table: key, value, qualifier, where, and the ``owner`` and ``file``
    it came from. ``tables``: (owner, file name, rows with the columns of core.facts[, the rows' positions in the
    file's table, when they are some of its rows])."""
    parts = []
    for owner, name, rows, *positions in tables:
        if rows is None or not rows.num_rows:
            continue
        n = rows.num_rows
        cells = rows.column("source_cells") if "source_cells" in rows.column_names else pa.array([1] * n, pa.int32())
        parts.append(pa.table({
            "unit_key": rows.column("unit_key"), "year": rows.column("year").cast(pa.int32()),
            "metric": rows.column("metric"), "value": rows.column("value").cast(pa.float64()),
            "qualifier": rows.column("qualifier").cast(pa.string()),
            "unit_name": rows.column("unit_name").cast(pa.string()),
            "source_sheet": rows.column("source_sheet").cast(pa.string()),
            "source_row": rows.column("source_row").cast(pa.int32()),
            "source_cell": rows.column("source_cell").cast(pa.string()),
            "value_text": rows.column("value_text").cast(pa.string()), "source_cells": cells.cast(pa.int32()),
            "owner": pa.array([owner] * n, pa.int64()), "file": pa.array([name] * n, pa.string()),
            "row_index": positions[0].cast(pa.int64()) if positions else pa.array(range(n), pa.int64()),
        }))
    if not parts:
        return pa.table({c: pa.array([], t) for c, t in _CLAIM_TYPES.items()})
    return pa.concat_tables(parts)


_CLAIM_TYPES = {"unit_key": pa.string(), "year": pa.int32(), "metric": pa.string(), "value": pa.float64(),
                "qualifier": pa.string(), "unit_name": pa.string(), "source_sheet": pa.string(),
                "source_row": pa.int32(), "source_cell": pa.string(), "value_text": pa.string(),
                "source_cells": pa.int32(), "owner": pa.int64(), "file": pa.string(), "row_index": pa.int64()}


def _says(claims: pa.Table) -> pa.Array:
    """What a claim says: its value (to a millionth, as inside a file) and its qualifier."""
    value = pc.cast(pc.round(claims.column("value"), 6), pa.string())
    qualifier = pc.fill_null(claims.column("qualifier"), "")
    return pc.binary_join_element_wise(value, qualifier, "|")


def disputed_keys(claims: pa.Table) -> set[Key]:
    """The keys two owners give different values (or qualifiers): a key one file gives once, or several files
    give alike, is not disputed."""
    if claims.num_rows < 2:
        return set()
    said = pa.table({"unit_key": claims.column("unit_key"), "year": claims.column("year"),
                     "metric": claims.column("metric"), "says": _says(claims)})
    distinct = said.group_by(list(KEY)).aggregate([("says", "count_distinct")])
    distinct = distinct.filter(pc.greater(distinct.column("says_count_distinct"), 1))
    return set(zip(distinct.column("unit_key").to_pylist(), distinct.column("year").to_pylist(),
                   distinct.column("metric").to_pylist(), strict=True))


def claims_of(claims: pa.Table, keys: set[Key]) -> dict[Key, list[tuple[Claim, dict[str, object]]]]:
    """The claims of ``keys`` in ``claims``, per key: (the claim, its row as a dict)."""
    if not keys or not claims.num_rows:
        return {}
    mask = pc.is_in(pc.binary_join_element_wise(claims.column("unit_key"), pc.cast(claims.column("year"), pa.string()),
                                                claims.column("metric"), "\x1f"),
                    value_set=pa.array([f"{u}\x1f{y}\x1f{m}" for u, y, m in keys]))
    out: dict[Key, list[tuple[Claim, dict[str, object]]]] = {}
    for row in claims.filter(mask).to_pylist():
        claim = Claim(int(row["owner"]), row["file"], row["source_sheet"], row["source_row"], row["source_cell"],
                      row["value_text"] or "", int(row["source_cells"] or 1))
        out.setdefault((row["unit_key"], row["year"], row["metric"]), []).append((claim, row))
    return out


def conflict_reject(claim: Claim, row: dict[str, object], others: list[Claim], metric_label: str) -> Reject:
    """The reject of one file's figure that another file of the batch gives differently."""
    named = [o for o in others if o.owner != claim.owner]
    shown = named[:_CLAIMS_NAMED]
    rest = len(named) - len(shown)
    vi = ", ".join(o.named() for o in shown) + (f" và {rest} ô khác" if rest > 0 else "")
    en = ", ".join(o.named() for o in shown) + (f" and {rest} more" if rest > 0 else "")
    return Reject.of("conflict_across_files", claim.sheet, claim.row, claim.cell, claim.value_text,
                     unit=row.get("unit_name") or row.get("unit_key"), year=row["year"], metric=metric_label,
                     files=vi, files_en=en)


def withdraw(parsed: ParsedFile, rows: pa.Table, keep: pa.Array, rejects: list[Reject],
             cells: Counter[str]) -> pa.Table | None:
    """Take the figures not in ``keep`` out of ``rows`` (the file's rows of core.facts): each becomes one of
    ``rejects``, and ``cells`` (per sheet) move from "fact" to "reject" in the file's ledger."""
    for reject in rejects:
        parsed.rejects.append(reject)
    for sheet, n in cells.items():
        parsed.withdrawn_cells[sheet] = parsed.withdrawn_cells.get(sheet, 0) + n
    kept = rows.filter(keep)
    parsed.fact_rows = kept
    return kept if kept.num_rows else None


def cap(rejects: list[Reject], total_kept: int) -> list[Reject]:
    """The rejects still kept with their cell and reason when a file already keeps ``total_kept``."""
    return rejects[: max(0, MAX_REJECTS_KEPT - total_kept)]


def existing_paths(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(the paths that exist, those that do not); each missing one said on stderr."""
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        print(f"LỖI: {p}: không tìm thấy tệp hoặc thư mục", file=sys.stderr)
    return [p for p in paths if p.exists()], missing
