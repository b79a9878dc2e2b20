"""From candidate cells to facts: the cells of one file that give the same unit, year and metric make one fact.

Per (unit, year, metric) the cells are sorted by role. Cells of one role that agree make one figure (the
first cell is its provenance); cells of one role that disagree are a conflict: each is rejected, naming the
others, and nothing of that figure is loaded — never "the last one wins". Then the roles make the fact: a
typed value (with the counts beside it, when given); else numerator and denominator make the rate; one
count alone is an incomplete ratio. Last, the checks on the fact (ranges, whole counts, numerator not above
denominator); a fact that fails is one reject at its cell. Every cell ends in the ledger as a fact or a
reject.
"""

from __future__ import annotations

from collections.abc import Iterable

from etl.reference.catalog import Catalog
from etl.tables.bind import Candidate
from etl.tables.checks import fact_problem
from etl.tables.ledger import FACT, REJECT
from etl.tables.records import Fact, Reject, RejectLog

_CONFLICT_CELLS_NAMED = 3


def _reject(cand: Candidate, code: str, typed: str | None = None, **fields: object) -> Reject:
    return Reject.of(code, cand.sheet, cand.row + 1, cand.cell, cand.typed if typed is None else typed, **fields)


def _mark(cands: Iterable[Candidate], category: str) -> None:
    for cand in cands:
        cand.ledger.mark(cand.row, cand.col, category, "fact" if category == FACT else "reject")


def _same(a: Candidate, b: Candidate) -> bool:
    return abs(a.parsed.value - b.parsed.value) < 1e-6 and a.parsed.qualifier == b.parsed.qualifier


def _where(cands: list[Candidate], but: Candidate) -> tuple[str, str]:
    """The other cells of a conflict, the first few named and the rest counted (bounded, whatever n is)."""
    others = [c for c in cands[: _CONFLICT_CELLS_NAMED + 1] if c is not but][:_CONFLICT_CELLS_NAMED]
    named = ", ".join(f"{c.sheet}!{c.cell} ({c.typed[:40]})" for c in others)
    rest = len(cands) - 1 - len(others)
    return (named + (f" và {rest} ô khác" if rest > 0 else ""), named + (f" and {rest} more" if rest > 0 else ""))


def assemble(candidates: list[Candidate], catalog: Catalog, rejects: RejectLog,
             broken: set[tuple[str, int, str]] | None = None) -> list[Fact]:
    """Facts from the candidate cells of one file, rejects into ``rejects``. ``broken``: figures one of whose
    counts could not be read (rejected already): the other count is left out with it, the typed rate alone is
    the fact."""
    groups: dict[tuple[str, int, str], dict[str, list[Candidate]]] = {}
    for cand in candidates:
        groups.setdefault((cand.unit_key, cand.year, cand.metric), {}).setdefault(cand.role, []).append(cand)
    facts: list[Fact] = []
    kinds = {m: catalog.kind(m) for m in {key[2] for key in groups}}
    for key, roles in groups.items():
        year, metric = key[1], key[2]
        if len(roles) == 1 and not (broken and key in broken):
            only = roles.get("value")
            if only is not None and len(only) == 1:  # the usual figure: one cell typing its value
                c = only[0]
                p = c.parsed
                fact = Fact(c.unit_key, year, metric, p.value, p.qualifier, p.numerator, p.denominator, c.typed,
                            c.sheet, c.row + 1, c.cell, c.unit_label)
                check = fact_problem(fact, kinds[metric])
                if check is not None:
                    code, fields = check
                    rejects.append(Reject.of(code, fact.sheet, fact.row, fact.cell, fact.value_text, **fields))
                    c.ledger.mark(c.row, c.col, REJECT, "reject")
                else:
                    facts.append(fact)
                    c.ledger.mark(c.row, c.col, FACT, "fact")
                continue
        label = catalog.metrics[metric].label_vi
        if broken and key in broken:
            halves = [c for role in ("numerator", "denominator") for c in roles.pop(role, [])]
            _mark(halves, REJECT)  # covered by the reject of the unreadable count
            if not roles:
                continue
        chosen: dict[str, Candidate] = {}
        conflict = False
        for role, cands in roles.items():
            first = cands[0]
            if all(_same(first, c) for c in cands[1:]):
                chosen[role] = first
                continue
            conflict = True
            for cand in cands:
                if rejects.full:
                    rejects.count("conflict")
                    continue
                vi, en = _where(cands, cand)
                rejects.append(_reject(cand, "conflict", unit=cand.unit_label, metric=label, year=year, cells=vi,
                                       cells_en=en))
        everything = [c for cands in roles.values() for c in cands]
        if conflict:
            _mark(everything, REJECT)
            continue
        fact, problem = _fact(chosen, catalog, label)
        if problem is not None:
            rejects.append(problem)
            _mark(everything, REJECT)
            continue
        if fact is None:  # _fact gives a fact or a problem
            raise RuntimeError(f"no fact and no problem for {key}")
        # the cells the ledger counts for it (of its own sheet: a figure whose counts stand on another sheet, which
        # no report seen does, would move only these if it were withdrawn later, etl.publishing.batch)
        fact.cells = sum(1 for c in everything if c.sheet == fact.sheet and c.ledger.is_open(c.row, c.col)) or 1
        check = fact_problem(fact, catalog.kind(metric))
        if check is not None:
            code, fields = check
            rejects.append(Reject.of(code, fact.sheet, fact.row, fact.cell, fact.value_text, **fields))
            _mark(everything, REJECT)
            continue
        facts.append(fact)
        _mark(everything, FACT)
    return facts


def _fact(chosen: dict[str, Candidate], catalog: Catalog, label: str) -> tuple[Fact | None, Reject | None]:
    value, num, den = chosen.get("value"), chosen.get("numerator"), chosen.get("denominator")
    numerator = num.parsed.value if num is not None else None
    denominator = den.parsed.value if den is not None else None
    if value is not None:
        p = value.parsed
        return Fact(value.unit_key, value.year, value.metric, p.value, p.qualifier,
                    p.numerator if p.numerator is not None else numerator,
                    p.denominator if p.denominator is not None else denominator,
                    value.typed, value.sheet, value.row + 1, value.cell, value.unit_label), None
    if num is not None and den is not None and numerator is not None and denominator is not None:
        if denominator == 0:
            return None, _reject(den, "zero_denominator", f"{numerator:g}/0")
        return Fact(num.unit_key, num.year, num.metric, round(100.0 * numerator / denominator, 10), None,
                    numerator, denominator, f"{numerator:g}/{denominator:g}", num.sheet, num.row + 1, num.cell,
                    num.unit_label), None
    have_cand = num or den
    if have_cand is None:  # chosen holds at least one role
        raise RuntimeError(f"no cell among the roles {sorted(chosen)}")
    have, missing = ("tử số", "mẫu số") if num is not None else ("mẫu số", "tử số")
    have_en, missing_en = ("numerator", "denominator") if num is not None else ("denominator", "numerator")
    return None, _reject(have_cand, "incomplete_ratio", have=have, missing=missing, have_en=have_en,
                         missing_en=missing_en, metric=label)
