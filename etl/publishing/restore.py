"""A warehouse rebuilt from its archive, and a consistent backup of both (etl.publishing.archive says what the archive holds).

``rebuild``: every published load of the journal is loaded again, in order, from the archived files under their
own names, with the year and unit that were given, by the same user, at the same recorded time; every undo is done
again. The loader being deterministic, the new warehouse has the same load ids, facts, history and undo state;
each load id and status is checked against the journal, and any difference is reported.

``backup``: the warehouse file and its archive copied under the warehouse's writer lock (no publish can replace
the file meanwhile; readers never change it), into a folder named by the time.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb

from etl.publishing.archive import Archive, archive_dir, copy_tree_new
from etl.publishing.load import load_files
from etl.publishing.undo import UndoRefused, undo_load
from warehouse.db import writer_lock


@dataclass
class Rebuilt:
    loads: int = 0  # publishes replayed
    files: int = 0
    undos: int = 0
    sends: int = 0  # templates sent (etl.publishing.sends)
    differences: list[str] = field(default_factory=list)  # where the rebuild did not give what the journal says


def _groups(records: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    """Consecutive records of one load (its parts) together: replayed as one load, as it was one batch."""
    out: list[list[dict[str, object]]] = []
    for record in records:
        if record.get("kind") == "load" and out and out[-1][0].get("kind") == "load" \
                and out[-1][0].get("load") == record.get("load"):
            out[-1].append(record)
        else:
            out.append([record])
    return out


def rebuild(root: Path, db: Path) -> Rebuilt:
    """Replay the archive ``root`` into a new warehouse ``db`` (which must not exist)."""
    if db.exists():
        raise FileExistsError(f"{db} đã có: chọn tên tệp mới cho kho dữ liệu dựng lại")
    keeper = Archive(root)
    if not keeper.journal.exists():
        raise FileNotFoundError(f"{root} không có nhật ký {keeper.journal.name}: không phải thư mục lưu trữ")
    done = Rebuilt()
    records = [r for r in keeper.records() if r.get("published", True)]
    with tempfile.TemporaryDirectory(prefix="rebuild_") as tmp:
        for group in _groups(records):
            first = group[0]
            if first.get("kind") == "send":  # templates sent (etl.publishing.sends): the registry as it was
                from etl.publishing.sends import replay

                replay(db, list(first["sends"]), first.get("user"),  # type: ignore[arg-type]
                       datetime.fromisoformat(str(first["at"])))
                done.sends += len(first["sends"])  # type: ignore[arg-type]
                continue
            if first.get("kind") == "undo":
                try:
                    outcome = undo_load(db, int(first["load_id"]), first.get("user"),  # type: ignore[arg-type]
                                        archive=False, at=datetime.fromisoformat(str(first["at"])))
                except UndoRefused as refused:
                    done.differences.append(f"hoàn tác lần nạp {first['load_id']}: {refused.vi}")
                    continue
                done.undos += 1
                if outcome.undo_id != first.get("undo_id"):
                    done.differences.append(f"hoàn tác lần nạp {first['load_id']}: số {outcome.undo_id}, nhật ký ghi "
                                            f"{first.get('undo_id')}")
                continue
            entries = [e for r in group for e in r["files"]]  # type: ignore[union-attr]
            folder = Path(tmp) / f"load{done.loads}"
            paths, overrides, when, takes = [], {}, {}, {}
            for i, entry in enumerate(entries):
                path = folder / str(i) / str(entry["name"])
                path.parent.mkdir(parents=True)
                source = keeper.path_of(str(entry["sha256"]))
                if not source.is_file():
                    done.differences.append(f"{entry['name']}: tệp {entry['sha256']} không có trong thư mục lưu trữ")
                    path.write_bytes(b"")
                else:
                    shutil.copyfile(source, path)
                paths.append(path)
                overrides[path] = (entry.get("year"), entry.get("unit"))
                if entry.get("take"):  # the narrative's figures the person took (etl.tables.proposals)
                    takes[path] = set(entry["take"])  # type: ignore[arg-type]
                if entry.get("at"):
                    when[path] = datetime.fromisoformat(str(entry["at"]))
            outcomes = load_files(db, paths, overrides=overrides, user=first.get("user"),  # type: ignore[arg-type]
                                  strict=bool(first.get("strict")), scope=first.get("scope"),  # type: ignore[arg-type]
                                  archive=False, loaded_at=when, fresh=not db.exists(), takes=takes)
            done.loads += len(group)
            done.files += len(entries)
            for entry, outcome in zip(entries, outcomes, strict=True):
                # (a status the journal wrote may have changed later in its load: a figure a later part disputed)
                if (outcome.load_id, outcome.status == "refused") != (entry.get("load_id"),
                                                                       entry.get("status") == "refused"):
                    done.differences.append(
                        f"{entry['name']}: lần nạp {outcome.load_id} ({outcome.status}), nhật ký ghi "
                        f"{entry.get('load_id')} ({entry.get('status')})")
    if not db.exists():  # a journal of nothing but refused files: an empty warehouse still
        load_files(db, [], fresh=True, archive=False)
    if archive_dir(db).resolve() != root.resolve():
        copy_tree_new(root, archive_dir(db))  # the rebuilt warehouse keeps its archive beside it
    return done


def backup(db: Path, dest: Path) -> Path:
    """A consistent copy of the warehouse ``db`` and its archive in ``dest/<name>-<Vietnam time>/``."""
    real = Path(db).resolve()
    if not real.exists():
        raise FileNotFoundError(f"không có kho dữ liệu {db}")
    stamp = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).strftime("%Y%m%d-%H%M%S")
    out = Path(dest) / f"{real.stem}-{stamp}"
    out.mkdir(parents=True, exist_ok=False)
    source_archive = archive_dir(db)
    with writer_lock(real):  # no publish replaces the file while it is copied
        shutil.copy2(real, out / real.name)
        if source_archive.exists():
            copy_tree_new(source_archive, out / source_archive.name)
    con = duckdb.connect(str(out / real.name), read_only=True)  # the copy opens: it is a whole warehouse
    try:
        con.execute("SELECT count(*) FROM core.loads").fetchone()
    finally:
        con.close()
    return out
