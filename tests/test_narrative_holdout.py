"""The narrative extractor on the two held-out sets written blind (issue #26 point 4): by helpers who read neither
the extractor nor the other corpora, from DOMAIN.md, the catalogue and the unit lists only.

Measured before any change made for them (docs/benchmarks.md keeps the record): holdout.py 150/170 (88.2%) with 8
false proposals; holdout2.py, measured after the fixes holdout.py led to and before any for itself, 210/227 (92.5%)
with 4 false proposals (docs/benchmarks.md). The general rules those measures led to were made since
(tests/test_narrative.py holds them, on sentences of their own), so both sets now hold the extractor to the issue's
bar: at least 90% of the stated
figures proposed with the right metric, value and qualifier, and no proposal for a number that is not a figure."""

from __future__ import annotations

import pytest

from tests.narrative_corpus.holdout import HOLDOUT
from tests.narrative_corpus.holdout2 import HOLDOUT2
from tests.test_narrative_measure import RECALL_BAR, measure_sentences

SETS = {"holdout": HOLDOUT, "holdout2": HOLDOUT2}


@pytest.mark.parametrize("name", SETS)
def test_a_held_out_set_is_proposed_at_the_bar(name):
    m = measure_sentences(SETS[name])
    assert m.expected >= 170, f"{name}: only {m.expected} stated figures"
    assert m.recall >= RECALL_BAR, f"{name}: {m.found}/{m.expected}; missed:\n" + "\n".join(m.misses)
    assert not m.false_positives, f"{name}: " + "\n".join(m.false_positives)


def test_the_third_held_out_set_does_not_get_worse():
    """holdout3.py was written blind after every fix above and measured untouched: 151 of 168 figures (89.9%) with
    10 false proposals of 161 — below the issue's bar, the honest estimate for text nobody tuned to (a person ticks
    each proposal: nothing of it loads unasked). Its false proposals were then described as classes to a helper who
    did not open it, and general rules made (tests/test_narrative.py): 153 (91.1%) with one false proposal; after the
    fourth set's classes, 156 (92.9%) with none; after the sixth blind measure's classes, 162 (96.4%). It holds the extractor to not getting worse; the next estimate needs
    a new set written blind."""
    from tests.narrative_corpus.holdout3 import HOLDOUT3

    m = measure_sentences(HOLDOUT3)
    assert m.expected == 168
    assert m.found >= 163, f"{m.found}/{m.expected}; missed:\n" + "\n".join(m.misses)
    assert not m.false_positives, "\n".join(m.false_positives)


def test_the_fourth_held_out_set_does_not_get_worse():
    """holdout4.py (200 sentences, 301 stated figures) was written blind after every fix above and measured untouched:
    283 of 301 figures (94.0%) with 4 false proposals of 287 (docs/benchmarks.md). Its failures were described as
    classes to a helper who did not open it, and general rules made: 299 with no false proposal; after the sixth blind
    measure's classes, 301. It holds the extractor to not getting worse than that."""
    from tests.narrative_corpus.holdout4 import HOLDOUT4

    m = measure_sentences(HOLDOUT4)
    assert m.expected == 301
    assert m.found >= 301, f"{m.found}/{m.expected}; missed:\n" + "\n".join(m.misses)
    assert not m.false_positives, "\n".join(m.false_positives)


def test_the_fifth_held_out_set_does_not_get_worse():
    """holdout5.py (196 sentences, 303 stated figures) was written blind beside holdout4.py and measured untouched
    after the fourth set's classes: 276 of 303 (91.1%) with 5 false proposals of 281 (docs/benchmarks.md). Its
    failures were described as classes to a helper who did not open it, and general rules made: 289 with 2 false
    proposals. It holds the extractor to not getting worse than that."""
    from tests.narrative_corpus.holdout5 import HOLDOUT5

    m = measure_sentences(HOLDOUT5)
    assert m.expected == 303
    assert m.found >= 289, f"{m.found}/{m.expected}; missed:\n" + "\n".join(m.misses)
    assert len(m.false_positives) <= 2, "\n".join(m.false_positives)


def test_the_sixth_held_out_set_meets_the_bar():
    """holdout6.py (226 sentences, 398 stated figures) was written blind after the fifth set's classes were made rules
    and measured untouched: 391 of 398 (98.2%), one wrong proposal of 392 — "36 bài viết" broadcast, a part of a
    broadcasts count, proposed as articles — and no proposal for a number that is not a figure (docs/benchmarks.md).
    Its failures were described as classes to a helper who did not open it, and general rules made: 398 with no false
    proposal (tuned to its classes). It holds the extractor to issue #26's bar and to not getting worse than that."""
    from tests.narrative_corpus.holdout6 import HOLDOUT6

    m = measure_sentences(HOLDOUT6)
    assert m.expected == 398
    assert m.recall >= RECALL_BAR and m.found >= 398, f"{m.found}/{m.expected}; missed:\n" + "\n".join(m.misses)
    assert not m.false_positives, "\n".join(m.false_positives)
