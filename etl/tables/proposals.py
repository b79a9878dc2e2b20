"""The narrative's figures of a Word or PDF report (etl.tables.narrative), proposed and, when a person takes them,
read like cells of a table (issue #26 point 3).

Nothing is loaded unasked: ``proposals_of`` lists what the paragraphs state, each with an id ("12:34": paragraph
12, the number at character 34) that the desk's ticks and ``etl load --take`` name. A taken proposal becomes a
candidate like a table's cell, on a sheet "Văn bản" of the file's ledger (a row a paragraph, a column a taken figure
of it), so that it goes through the same checks (a rate within 0–100, a count whole) and the same assembly: the same
figure given by the text and by a table with another value is a conflict, neither loaded. Its place is the
paragraph and the characters of the number ("đoạn 12, ký tự 35–38"), its value as typed the sentence's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.reference.units import UnitIndex
from etl.reference.values import Parsed
from etl.tables.bind import Candidate
from etl.tables.context import Scope
from etl.tables.ledger import SheetLedger
from etl.tables.narrative import Proposal, propose
from etl.tables.records import Reject, RejectLog, cut
from etl.tables.row_units import UnitResolver

TEXT_SHEET = "Văn bản"


def proposal_id(p: Proposal) -> str:
    return f"{p.paragraph}:{p.start}"


def place(p: Proposal) -> str:
    """Where the figure is: "đoạn 12, ký tự 35–38" (1-based, inclusive)."""
    return f"đoạn {p.paragraph}, ký tự {p.start + 1}–{p.end}"


@dataclass(eq=False)
class TextCandidate(Candidate):
    """A taken proposal as a candidate: its place is the paragraph and characters, its value as typed the words."""

    where: str = ""
    words: str = ""

    @property
    def cell(self) -> str:
        return self.where

    @property
    def typed(self) -> str:
        return self.words


def proposals_of(paragraphs: list[str], scope: Scope | None, year: int | None) -> list[Proposal]:
    unit_code = scope.version.code if scope is not None else None
    return propose(paragraphs, unit_code, year)


def parse_take(text: str | None) -> set[str] | None:
    """``--take 12:34,14:0`` or ``all``: the ids to take (``{"all"}`` for every proposal); None when not given."""
    if text is None:
        return None
    ids = {part.strip() for part in text.split(",") if part.strip()}
    return ids


def taken(proposals: list[Proposal], take: set[str] | None) -> tuple[list[Proposal], list[str]]:
    """(the proposals named by ``take``, the ids named that no proposal has)."""
    if not take:
        return [], []
    if "all" in take:
        return list(proposals), []
    by_id = {proposal_id(p): p for p in proposals}
    return [by_id[i] for i in sorted(take & by_id.keys(), key=lambda i: tuple(map(int, i.split(":"))))], \
        sorted(take - by_id.keys())


def text_candidates(chosen: list[Proposal], paragraphs: list[str], index: UnitIndex, scope: Scope,
                    year: int, rejects: RejectLog) -> tuple[list[Candidate], SheetLedger | None]:
    """Candidates of the chosen proposals, on a ledger "Văn bản"; a proposal naming a commune that is not one
    of the reporting unit's is a reject naming its place."""
    if not chosen:
        return [], None
    per_paragraph: dict[int, list[Proposal]] = {}
    for p in chosen:
        per_paragraph.setdefault(p.paragraph, []).append(p)
    height = max(per_paragraph)
    width = max(len(v) for v in per_paragraph.values())
    rows: list[list[object]] = [[None] * width for _ in range(height)]
    for paragraph, found in per_paragraph.items():
        for k, p in enumerate(found):
            rows[paragraph - 1][k] = paragraphs[paragraph - 1][p.start:p.end] or str(p.value)
    ledger = SheetLedger.of_rows(TEXT_SHEET, rows, width)
    out: list[Candidate] = []
    resolvers: dict[int, UnitResolver] = {}
    for paragraph, found in per_paragraph.items():
        for k, p in enumerate(found):
            figure_year = p.year or year
            words = cut(p.text)
            unit_key, unit_label = scope.unit_key, scope.version.name
            if p.unit_name:
                resolver = resolvers.setdefault(figure_year, UnitResolver(index, scope, figure_year))
                match = resolver.resolve(p.unit_name, dry=True)
                if not match.unit_key:
                    rejects.append(Reject.of("unknown_unit", TEXT_SHEET, paragraph, place(p), words,
                                             value=p.unit_name))
                    ledger.mark(paragraph - 1, k, "reject", "reject")
                    continue
                unit_key, unit_label = match.unit_key, p.unit_name
            parsed = Parsed(p.value, p.bound, p.numerator, p.denominator)
            out.append(TextCandidate(unit_key, unit_label, figure_year, p.metric, "value", parsed, rows[paragraph - 1][k],
                                     ledger, TEXT_SHEET, paragraph - 1, k, where=place(p), words=words))
    return out, ledger
