"""The narrative extractor (etl.tables.narrative) measured on the corpus someone else wrote (tests/narrative_corpus/):
the bar of issue #26 point 3.

- SENTENCES: at least 90% of the stated figures proposed with the right metric, value and qualifier; no proposal
  that matches no expected figure of its sentence (a false positive; the bar is zero).
- The five seed reports, read as their paragraphs (one a line): every listed figure proposed, at its place, with the
  right metric, value, qualifier, unit and year; no proposal that is none of the listed figures, except over a
  number AMBIGUOUS lists (neither required nor forbidden).

A value matches within 0.05 (a rate computed from x/y: 15/17 is 88.235…). ``python -m tests.test_narrative_measure``
prints every miss and every false positive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from etl.tables.narrative import Proposal, propose
from tests.narrative_corpus import seed_figures
from tests.narrative_corpus.sentences import SENTENCES

SEEDS_DIR = Path(__file__).resolve().parent / "narrative_corpus" / "seeds"
TOLERANCE = 0.05
RECALL_BAR = 0.90


def _same(p: Proposal, figure: dict) -> bool:
    return p.metric == figure["metric"] and abs(p.value - float(figure["value"])) <= TOLERANCE \
        and p.qualifier == figure.get("qualifier")


@dataclass
class Measure:
    expected: int = 0
    found: int = 0
    proposals: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # year / unit disagreements of matched figures

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def measure_sentences(sentences: list[dict] = SENTENCES) -> Measure:
    m = Measure()
    for n, case in enumerate(sentences):
        proposals = propose([case["text"]], case["unit_code"], case["year"])
        m.proposals += len(proposals)
        used: set[int] = set()
        for figure in case["figures"]:
            m.expected += 1
            hit = next((i for i, p in enumerate(proposals) if i not in used and _same(p, figure)), None)
            if hit is None:
                m.misses.append(f"S{n}: {figure} in {case['text']!r}; proposed "
                                f"{[(p.metric, p.value, p.qualifier) for p in proposals]}")
                continue
            used.add(hit)
            m.found += 1
            p = proposals[hit]
            want_year = figure.get("year", case["year"])
            if p.year != want_year or (figure.get("unit_name") and not p.unit_name):
                m.details.append(f"S{n}: {figure['metric']} year {p.year} (want {want_year}), unit_name "
                                 f"{p.unit_name!r} (want {figure.get('unit_name')!r})")
        for i, p in enumerate(proposals):
            if i not in used:
                m.false_positives.append(f"S{n}: proposed {(p.metric, p.value, p.qualifier)} for "
                                         f"{case['text'][p.start:p.end]!r} in {case['text']!r}")
    return m


def _places(lines: list[str], quote: str) -> list[tuple[int, int, int]]:
    """(paragraph index, start, end) of each occurrence of the quote."""
    out = []
    for i, line in enumerate(lines):
        start = line.find(quote)
        while start >= 0:
            out.append((i, start, start + len(quote)))
            start = line.find(quote, start + 1)
    return out


def _inside(p: Proposal, places: list[tuple[int, int, int]]) -> bool:
    return any(p.paragraph == i + 1 and p.start < end and start < p.end for i, start, end in places)


def measure_seeds() -> Measure:
    m = Measure()
    for name, seed in seed_figures.SEEDS.items():
        lines = (SEEDS_DIR / name).read_text(encoding="utf-8").split("\n")
        proposals = propose(lines, seed["unit_code"], seed["year"])
        m.proposals += len(proposals)
        used: set[int] = set()
        for figure in seed["figures"]:
            m.expected += 1
            places = _places(lines, figure["quote"])
            hit = next((i for i, p in enumerate(proposals) if i not in used and _inside(p, places)
                        and _same(p, figure) and p.unit_code == figure.get("unit_code", seed["unit_code"])
                        and p.year == figure.get("year", seed["year"])), None)
            if hit is None:
                near = [(p.metric, p.value, p.qualifier, p.unit_code, p.year) for p in proposals if _inside(p, places)]
                m.misses.append(f"{name}: {figure}; proposed there {near}")
                continue
            used.add(hit)
            m.found += 1
        ambiguous = [_places(lines, a["quote"]) for a in seed_figures.AMBIGUOUS if a["seed"] == name]
        for i, p in enumerate(proposals):
            if i in used or any(_inside(p, places) for places in ambiguous):
                continue
            line = lines[p.paragraph - 1]
            m.false_positives.append(f"{name}: proposed {(p.metric, p.value, p.qualifier, p.unit_code, p.year)} "
                                     f"for {line[p.start:p.end]!r} in {p.text!r}")
    return m


def test_the_seed_quotes_are_found_in_the_seeds():
    for name, seed in seed_figures.SEEDS.items():
        lines = (SEEDS_DIR / name).read_text(encoding="utf-8").split("\n")
        for figure in seed["figures"]:
            assert _places(lines, figure["quote"]), (name, figure["quote"])


def test_sentences_at_least_90_percent_of_stated_figures_are_proposed():
    m = measure_sentences()
    assert m.recall >= RECALL_BAR, f"recall {m.found}/{m.expected} = {m.recall:.1%}; misses:\n" + "\n".join(m.misses)


def test_sentences_no_proposal_for_a_number_that_is_no_figure():
    m = measure_sentences()
    assert m.false_positives == [], "\n".join(m.false_positives)


def test_seeds_every_listed_figure_is_proposed_with_its_unit_and_year():
    m = measure_seeds()
    assert m.misses == [], "\n".join(m.misses)


def test_seeds_no_proposal_for_a_number_that_is_no_figure():
    m = measure_seeds()
    assert m.false_positives == [], "\n".join(m.false_positives)


if __name__ == "__main__":
    for title, result in (("sentences", measure_sentences()), ("seeds", measure_seeds())):
        print(f"== {title}: {result.found}/{result.expected} figures proposed ({result.recall:.1%}), "
              f"{len(result.false_positives)} false positives of {result.proposals} proposals")
        for line in result.misses:
            print("  MISS", line)
        for line in result.false_positives:
            print("  FALSE", line)
        for line in result.details:
            print("  NOTE", line)
