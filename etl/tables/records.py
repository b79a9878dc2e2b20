"""What a parsed file produces: candidate facts, register items and rejects, each with its provenance."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from etl.messages import message
from etl.reference.text import fold

_DATA = Path(__file__).resolve().parents[2] / "data"


@lru_cache(maxsize=1 << 16)
def a1(row: int, col: int) -> str:
    """0-based (row, col) -> Excel's A1 reference."""
    letters = ""
    n = col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row + 1}"


@dataclass(slots=True)
class Fact:
    unit_key: str
    year: int
    metric: str
    value: float
    qualifier: str | None
    numerator: float | None
    denominator: float | None
    value_text: str
    sheet: str
    row: int  # 1-based, as Excel shows it
    cell: str
    unit_label: str  # the unit as typed, for messages
    cells: int = 1  # the cells of the file that made it (a typed rate, its counts): what the ledger counts

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # a parsed file's facts come back from a worker process: pickled as a tuple, four times as fast to read
        # back as a slotted dataclass's state
        return Fact, (self.unit_key, self.year, self.metric, self.value, self.qualifier, self.numerator,
                      self.denominator, self.value_text, self.sheet, self.row, self.cell, self.unit_label,
                      self.cells)


MAX_REJECTS_KEPT = 1000  # rejects of one file kept with their cell and reason; the rest are counted
MAX_VALUE_CHARS = 200  # a reject's value as typed, cut to this length


def cut(value: str, limit: int = MAX_VALUE_CHARS) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


@dataclass
class Reject:
    sheet: str | None
    row: int | None  # 1-based
    cell: str | None
    value: str | None
    code: str
    reason: str
    reason_en: str

    @classmethod
    def of(cls, code: str, sheet: str | None, row: int | None, cell: str | None, typed: object = None,
           **fields: object) -> Reject:
        """A reject of the cell ``typed`` (as typed); ``fields`` fill the message ('value' defaults to it)."""
        if typed is None:
            typed = fields.get("value")
        shown = None if typed is None else cut(str(typed))
        if isinstance(fields.get("value"), str):
            fields["value"] = cut(fields["value"])  # type: ignore[arg-type]
        vi, en = message(code, **{"value": shown, **fields})
        return cls(sheet, row, cell, shown, code, vi, en)


class RejectLog:
    """The rejects of one file: every one counted (by reason), the first ``cap`` kept with their cell and
    reason, so that memory stays bounded whatever a file holds (a sheet of a million bad rows)."""

    def __init__(self, cap: int = MAX_REJECTS_KEPT) -> None:
        self.cap = cap
        self.kept: list[Reject] = []
        self.total = 0
        self.by_code: Counter[str] = Counter()

    @property
    def full(self) -> bool:
        """No more rejects are kept: count them (``count``) without building their messages."""
        return len(self.kept) >= self.cap

    def count(self, code: str) -> None:
        self.total += 1
        self.by_code[code] += 1

    def append(self, reject: Reject) -> None:
        self.total += 1
        self.by_code[reject.code] += 1
        if len(self.kept) < self.cap:
            self.kept.append(reject)

    def extend(self, rejects: Iterable[Reject]) -> None:
        for reject in rejects:
            self.append(reject)

    def __iadd__(self, rejects: Iterable[Reject]) -> RejectLog:
        self.extend(rejects)
        return self

    def __iter__(self) -> Iterator[Reject]:
        return iter(self.kept)

    def __len__(self) -> int:
        return self.total

    @property
    def dropped(self) -> int:
        """Rejects counted but not kept (beyond the cap)."""
        return self.total - len(self.kept)


@dataclass
class RegisterItem:
    """One row of a models register or a commendations register."""

    register: str  # 'models' | 'commendations'
    year: int
    name: str  # model name, or the recipient
    host: str | None  # host unit (models) or recipient's unit text (commendations)
    unit_key: str | None  # the unit the item is linked to
    kind: str | None  # collective | individual
    field: str | None = None
    is_new: bool | None = None
    is_pilot: bool | None = None
    replicated_units: int | None = None
    replication_base: int | None = None
    # models: the three contents (True when ticked or described, False when the file says no, None when it does
    # not say), their texts, the exemplary individual, the furthest appraisal step and the date of each step
    has_study: bool | None = None
    has_follow: bool | None = None
    has_example: bool | None = None
    study_text: str | None = None
    follow_text: str | None = None
    example_text: str | None = None
    exemplar: str | None = None
    appraisal_step: str | None = None  # registered | appraised | deployed | reviewed
    registered_on: date | None = None
    appraised_on: date | None = None
    deployed_on: date | None = None
    reviewed_on: date | None = None
    level: str | None = None  # commendations: district | province | central
    is_proposed: bool = False
    form: str | None = None
    sheet: str = ""
    row: int = 0
    scope_key: str | None = None  # the unit whose register this is (replaced per unit and year)


@dataclass
class ParsedFile:
    path: Path
    layout: str | None = None  # wide | transposed | vertical | long | models | commendations (joined with '+')
    year: int | None = None
    map: str | None = None
    scope_key: str | None = None
    scope_name: str | None = None
    facts: list[Fact] = field(default_factory=list)
    items: list[RegisterItem] = field(default_factory=list)
    rejects: RejectLog = field(default_factory=RejectLog)
    unmapped: list[str] = field(default_factory=list)  # "Sheet!F5: header text"
    unmapped_cells: list[tuple[str, str, str]] = field(default_factory=list)  # (sheet, header cell, header text)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (vi, en): what the summary should say
    refused: Reject | None = None
    new_units: list = field(default_factory=list)  # 'other' units (no official code) first seen here
    ledgers: list = field(default_factory=list)  # etl.tables.ledger.SheetLedger, one per sheet
    sheet_bindings: dict[str, str] = field(default_factory=dict)  # sheet -> how its table was read
    fact_rows: object = None  # the facts as core.facts rows (a pyarrow.Table, etl.publishing.load.fact_rows), once staged
    # cells of a sheet the ledger counted as a figure that was withdrawn after the parse (a conflict with another
    # file of the batch, outside the account's scope): counted as rejects (etl.publishing.batch.withdraw)
    withdrawn_cells: dict[str, int] = field(default_factory=dict)
    # a Word or PDF report: the figures its paragraphs state (etl.tables.narrative.Proposal), proposed, loaded only
    # when taken (etl.tables.proposals), and the ids a --take named that no proposal has
    proposals: list = field(default_factory=list)
    unknown_takes: list[str] = field(default_factory=list)
    # a template the product sent, recognised by its fingerprint (etl.tables.fingerprint): its send id, version,
    # unit and year
    template: dict[str, object] | None = None

    def note(self, code: str, **fields: object) -> None:
        self.notes.append(message(code, **fields))

    @property
    def years(self) -> list[int]:
        ys = {f.year for f in self.facts} | {i.year for i in self.items}
        if not self.facts and self.fact_rows is not None:  # a worker's parse sends its facts as rows only
            ys |= set(self.fact_rows.column("year").unique().to_pylist())  # type: ignore[attr-defined]
        return sorted(ys)


@lru_cache(maxsize=1)
def layout_words() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    with open(_DATA / "layout_words.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["role"], []).append(fold(row["text"]))
    return {k: tuple(v) for k, v in out.items()}
