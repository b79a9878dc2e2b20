"""Nothing received is lost: every file a load takes (the command line or the desk, refused files too) is kept,
named by its content (SHA-256), in an archive folder beside the warehouse, with a journal of every publish and
undo. From the archive alone ``python -m etl rebuild ARCHIVE --db NEW`` makes a warehouse with the same facts,
history and undo state; ``python -m etl backup DEST`` copies the warehouse and its archive consistently.

Layout (``warehouse-archive/`` beside ``warehouse.duckdb``, or $CAMPAIGN_ARCHIVE):
- ``files/ab/abcdef…``: a file's bytes, named by their SHA-256 (the same bytes are kept once);
- ``journal.jsonl``: one JSON object a line, appended and flushed to disk before the publish it describes
  replaces the warehouse (etl.publishing.load, etl.publishing.undo: ``publish(before_replace=…)``):
  ``{"kind": "load", "load": TOKEN, "user", "strict", "scope", "files": [{"name", "sha256", "year", "unit",
  "load_id", "at"}]}`` for each published batch of files (a load of several batches writes one line each, under
  one token), ``{"kind": "undo", "load_id", "user", "at", "undo_id"}``, ``{"kind": "send", "user", "at",
  "sends": [...]}`` for templates sent (etl.publishing.sends; the workbooks kept in ``files/`` too), and ``{"kind": "void", "load": TOKEN}``
  when the replace failed after its line was written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

JOURNAL = "journal.jsonl"


def archive_dir(db: Path) -> Path:
    """$CAMPAIGN_ARCHIVE, else ``<warehouse name>-archive`` beside the (real) warehouse file."""
    env = os.environ.get("CAMPAIGN_ARCHIVE", "").strip()
    if env:
        return Path(env)
    real = Path(os.path.realpath(db))
    return real.with_name(f"{real.stem}-archive")


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def journal(self) -> Path:
        return self.root / JOURNAL

    def path_of(self, digest: str) -> Path:
        return self.root / "files" / digest[:2] / digest

    def has(self, digest: str) -> bool:
        return bool(digest) and self.path_of(digest).is_file()

    def keep(self, path: Path, digest: str) -> Path | None:
        """Keep a copy of ``path`` under its digest (written whole, then renamed: never half a file). An empty
        digest (a file that could not be read) keeps nothing. OSError when the archive cannot be written."""
        if not digest:
            return None
        dest = self.path_of(digest)
        if dest.is_file():
            return dest
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".part-", dir=dest.parent)
        try:
            with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
                h = hashlib.sha256()
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    h.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if h.hexdigest() != digest:  # the file changed since it was read: keep what was loaded, not this
                raise OSError(f"{path} changed while it was being loaded")
            os.replace(tmp, dest)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return dest

    def append(self, record: dict[str, object]) -> None:
        """One line of the journal, on disk before this returns."""
        self.root.mkdir(parents=True, exist_ok=True)
        line = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n"
        with open(self.journal, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def records(self) -> Iterator[dict[str, object]]:
        """The journal's records in order, without those whose publish failed (void)."""
        if not self.journal.exists():
            return iter(())
        lines = [json.loads(line) for line in self.journal.read_text(encoding="utf-8").splitlines() if line.strip()]
        voided = {(r.get("load"), r.get("part")) for r in lines if r.get("kind") == "void"}
        return iter([r for r in lines if r.get("kind") != "void" and (r.get("load"), r.get("part")) not in voided])


def copy_tree_new(source: Path, dest: Path) -> int:
    """Copy the files of ``source`` missing in ``dest`` (content-addressed files never change); the journal is
    copied whole. The number of files copied."""
    copied = 0
    for path in sorted(source.rglob("*")):
        if not path.is_file() or path.name.startswith(".part-"):
            continue
        target = dest / path.relative_to(source)
        if target.exists() and path.name != JOURNAL:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        copied += 1
    return copied
