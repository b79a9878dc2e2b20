"""The words and numbers of a report's narrative, for etl.tables.narrative: the vocabulary of its phrasing
(``data/narrative_words.csv``, read once), numbers as Vietnamese write them ("98,5%", "1.245", "17/17", "mười hai"),
and a paragraph's sentences and tokens."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from etl.reference.catalog import DATA_DIR, Catalog, default_catalog
from etl.reference.text import modern_tones

WORDS_CSV = DATA_DIR / "narrative_words.csv"
_STRATEGIES = ("predicate", "modifier", "governor", "medium", "none")
_PHRASE_KINDS = (
    "noun", "noun_prefix", "noun_suffix", "plans_block", "frame", "not_propose", "model_kind", "model_other",
    "model_field", "model_new_before", "model_kind_after", "model_verb", "qualifier", "qualifier_after",
    "label_prefix", "link", "rate_word", "connector", "lead_in", "negation", "competing", "not_figure_before",
    "allow_before", "change", "change_after", "compare", "range_from", "range_to", "denominator_lead", "target",
    "target_clause", "target_after", "distributive", "year_lead", "year_not", "sub_unit", "whole_unit",
    "sub_unit_host", "heading_target", "heading_result", "sentence_abbreviation", "compound", "added", "part_lead",
    "total_lead", "duration", "count_not", "association", "model_appraise", "medium_subject_break",
    "not_subject_before", "model_inherited", "lower_unit", "cell_direct", "plans_other", "committee", "rank_lead",
    "broadcast_verb", "model_carried_out",
)
_GLUE = frozenset({",", "-", "–"})  # signs a phrase may run across: "CCVC, LLVT", "tin, bài"


# ---------------------------------------------------------------------------------------------------- vocabulary

_TOKEN = re.compile(r"\w+|[^\w\s]")


def _norm(word: str) -> str:
    return modern_tones(word.lower())


def _phrase_words(text: str) -> tuple[str, ...]:
    words = tuple(_norm(w) for w in _TOKEN.findall(unicodedata.normalize("NFC", text)))
    stripped = tuple(w for w in words if w not in _GLUE)
    return stripped or words


class _Phrases:
    """The phrases of one kind, by their first and by their last word, longest first."""

    def __init__(self) -> None:
        self.first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.last: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def add(self, words: tuple[str, ...], meaning: str) -> None:
        self.first.setdefault(words[0], []).append((words, meaning))
        self.last.setdefault(words[-1], []).append((words, meaning))

    def done(self) -> None:
        for index in (self.first, self.last):
            for items in index.values():
                items.sort(key=lambda item: -len(item[0]))


@dataclass(eq=False)  # hashed by identity: one per words file
class _Vocabulary:
    phrases: dict[str, _Phrases]
    strategy: dict[str, str]  # class -> how its frame is found
    rules: dict[tuple[str, str, str], str]  # (form, class, frame) -> metric
    frames: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (form, class) -> frames of its rules


def _load(path: Path, catalog: Catalog) -> _Vocabulary:
    phrases = {kind: _Phrases() for kind in _PHRASE_KINDS}
    strategy: dict[str, str] = {}
    rules: dict[tuple[str, str, str], str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            kind = (row.get("kind") or "").strip()
            words = unicodedata.normalize("NFC", row.get("words") or "").strip()
            meaning = unicodedata.normalize("NFC", row.get("meaning") or "").strip()
            where = f"{path.name} line {line}"
            if kind == "class":
                if meaning not in _STRATEGIES:
                    raise ValueError(f"{where}: class {words!r} has no strategy among {_STRATEGIES}")
                strategy[words] = meaning
            elif kind == "rule":
                parts = words.split()
                if len(parts) != 3 or parts[0] not in ("pct", "count"):
                    raise ValueError(f"{where}: a rule is 'pct|count CLASS FRAME', not {words!r}")
                if meaning not in catalog.metrics:
                    raise ValueError(f"{where}: {meaning!r} is no metric of the catalogue")
                if catalog.kind(meaning) != parts[0]:
                    raise ValueError(f"{where}: {meaning} is a {catalog.kind(meaning)} metric, not {parts[0]}")
                rules[(parts[0], parts[1], parts[2])] = meaning
            elif kind in phrases:
                for variant in words.split("|"):
                    if variant.strip():
                        phrases[kind].add(_phrase_words(variant), meaning)
            elif kind:
                raise ValueError(f"{where}: unknown kind {kind!r}")
    for item in phrases.values():
        item.done()
    for (_, cls, _) in rules:
        if cls not in strategy:
            raise ValueError(f"{path.name}: the rules name class {cls!r}, which no 'class' row describes")
    for items in phrases["noun"].first.values():
        for words, meaning in items:
            for cls in meaning.split("|"):
                if cls not in strategy:
                    raise ValueError(f"{path.name}: noun {' '.join(words)!r} has class {cls!r}, which no 'class' row "
                                     "describes")
    vocabulary = _Vocabulary(phrases, strategy, rules)
    for (form, cls, frame) in rules:
        vocabulary.frames.setdefault((form, cls), set()).add(frame)
    return vocabulary


@lru_cache(maxsize=4)
def _vocabulary(path: Path = WORDS_CSV, catalog: Catalog | None = None) -> _Vocabulary:
    return _load(path, catalog or default_catalog())


# ---------------------------------------------------------------------------------------------------- numbers

_DIGITS = re.compile(r"(?<![\w./\-–])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\w]|[.,]\d)")
_FRACTION = re.compile(r"\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\w]|[.,]\d)")
_DATE_REST = re.compile(r"/\d+(?:/\d+)*")
_DOCUMENT = re.compile(r"[/\-–]\s*[^\W\d_][\w/\-–.]*")
_RANGE = re.compile(r"\s*[-–]\s*\d[\d.,]*")
_PERCENT = re.compile(r"\s*(?:%|phần\s+trăm(?!\w))", re.IGNORECASE)
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")

# The numerals (the language's own words, not a report's quirks): units, and the forms they take after "mười/mươi".
_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_AFTER_TENS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5, **{k: v for k, v in _UNITS.items() if k not in ("một", "năm")}}
_U = "|".join(_UNITS)
_T = "|".join(_AFTER_TENS)
_TENS = rf"(?:mười(?:\s+(?:{_T}))?|(?:{_U})\s+mươi(?:\s+(?:{_T}))?)"
_HUNDREDS = rf"(?:(?:{_U})\s+trăm(?:\s+(?:linh|lẻ)\s+(?:{_U})|\s+{_TENS})?)"
# "một" alone is an article ("một mô hình hay"), never a count
_SPELLED = re.compile(rf"(?<!\w)({_HUNDREDS}|{_TENS}|(?:{'|'.join(k for k in _UNITS if k != 'một')}))(?!\w)",
                      re.IGNORECASE)


def _spelled_value(text: str) -> int:
    words = [_norm(w) for w in text.split()]
    total, tens = 0, 0
    if "trăm" in words:
        i = words.index("trăm")
        total = _UNITS[words[i - 1]] * 100
        words = [w for w in words[i + 1:] if w not in ("linh", "lẻ")]
    if "mười" in words:
        tens, words = 10, words[1:]
    elif "mươi" in words:
        tens, words = _UNITS[words[0]] * 10, words[2:]
    unit = 0
    if words:
        unit = (_AFTER_TENS if tens else _UNITS)[words[0]]
    return total + tens + unit


def _to_number(text: str, pct: bool) -> float | None:
    """ "98,5" -> 98.5; "1.245" -> 1245 (a count) or 1.245 (a rate); "98.5" -> 98.5."""
    if _THOUSANDS.match(text) and not pct:
        return float(text.replace(".", ""))
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


@dataclass
class _Num:
    value: float | None  # the number as written (a rate's percent, a count, a fraction's numerator)
    pct: bool = False
    denominator: float | None = None  # "17/17"
    spelled: bool = False
    figure: bool = True  # False: a date, a document's number, a range


def _scan_numbers(text: str, spelled: bool = True) -> list[tuple[int, int, _Num]]:
    """(start, end, number) of each number in a sentence, a rate's "%" inside its span; with ``spelled``, the
    numbers written in words too ("mười hai")."""
    found: list[tuple[int, int, _Num]] = []
    pos = 0
    while True:
        m = _DIGITS.search(text, pos)
        if m is None:
            break
        start, end = m.span()
        raw = m.group(1)
        num = _Num(None)
        frac = _FRACTION.match(text, end)
        if frac:
            end = frac.end()
            rest = _DATE_REST.match(text, end)
            if rest:  # 15/5/2016
                found.append((start, rest.end(), _Num(None, figure=False)))
                pos = rest.end()
                continue
            if _DOCUMENT.match(text, end):
                doc = _DOCUMENT.match(text, end)
                found.append((start, doc.end() if doc else end, _Num(None, figure=False)))
                pos = doc.end() if doc else end
                continue
            num.value = _to_number(raw, False)
            num.denominator = _to_number(frac.group(1), False)
        else:
            doc = _DOCUMENT.match(text, end)
            if doc:  # 05-CT/TW, 1234/QĐ-UBND
                found.append((start, doc.end(), _Num(None, figure=False)))
                pos = doc.end()
                continue
            rng = _RANGE.match(text, end)
            if rng:  # 2016-2021
                found.append((start, rng.end(), _Num(None, figure=False)))
                pos = rng.end()
                continue
            percent = _PERCENT.match(text, end)
            if percent:
                num.pct = True
                end = percent.end()
            num.value = _to_number(raw, num.pct)
        found.append((start, end, num))
        pos = end
    taken = [(s, e) for s, e, _ in found]
    for m in _SPELLED.finditer(text) if spelled else ():
        s, e = m.span(1)
        if not any(s < te and ts < e for ts, te in taken):
            found.append((s, e, _Num(float(_spelled_value(m.group(1))), spelled=True)))
    found.sort(key=lambda item: item[0])
    return found


# ---------------------------------------------------------------------------------------------------- tokens


@dataclass
class _Tok:
    text: str
    norm: str
    start: int  # in the paragraph
    end: int
    kind: str  # "w" a word, "p" a sign, "n" a number
    num: _Num | None = None


def _raw_tokens(text: str, base: int, numbers: list[tuple[int, int, _Num]]) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    for s, e, num in [*numbers, (len(text), len(text), None)]:
        for m in _TOKEN.finditer(text, pos, s):
            kind = "w" if m.group()[0].isalnum() or m.group()[0] == "_" else "p"
            out.append(_Tok(m.group(), _norm(m.group()), base + m.start(), base + m.end(), kind))
        if num is not None:
            out.append(_Tok(text[s:e], _norm(text[s:e]), base + s, base + e, "n", num))
        pos = e
    return out


def _sentences(paragraph: str, vocabulary: _Vocabulary) -> list[tuple[int, int]]:
    """The (start, end) of each sentence: a full stop (or ! ? …) before a capital, a line break."""
    abbreviations = vocabulary.phrases["sentence_abbreviation"].first
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?…]+(?=\s+[\"“'(\-–+•]?\s*[^\W\d_a-zđ]|\s*$)|\n+", paragraph):
        if m.group().startswith("."):
            word = re.search(r"(\w+)\W*$", paragraph[start:m.start()])
            if word and len(m.group()) == 1 and (_norm(word.group(1)),) in {w for w, _ in
                                                                         abbreviations.get(_norm(word.group(1)), [])}:
                continue  # "TT. Cầu Ngang"
        end = m.end()
        if paragraph[start:end].strip():
            spans.append((start, end))
        start = end
    if paragraph[start:].strip():
        spans.append((start, len(paragraph)))
    out = []
    for s, e in spans:  # without the white space around
        while s < e and paragraph[s].isspace():
            s += 1
        while e > s and paragraph[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out
