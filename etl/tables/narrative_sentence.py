"""A sentence of a report's narrative as etl.tables.narrative reads it: its tokens (numbers in words only before a
noun of the vocabulary), its clauses, the phrases of the vocabulary found in it, and each number read as a figure
(``_Fig``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from etl.tables.narrative_numbers import _GLUE, _SPELLED, _Num, _raw_tokens, _scan_numbers, _Tok, _Vocabulary

_QUOTES_OPEN = frozenset({"“", '"', "«", "‘"})
_QUOTES_CLOSE = frozenset({"”", '"', "»", "’"})


def _tokens(text: str, base: int, vocabulary: _Vocabulary | None = None, paragraph: str = "") -> list[_Tok]:
    """The sentence's words, signs and numbers. A number in words counts only before a noun of the vocabulary
    ("năm mô hình" is 5 models, "năm 2023" is no number, "năm nay" neither)."""
    numbers = _scan_numbers(text, spelled=False)
    if vocabulary is not None and _SPELLED.search(text):
        plain = _Sentence(_raw_tokens(text, base, numbers), vocabulary, paragraph)
        starts = {t.start - base: i for i, t in enumerate(plain.toks)}
        for s, e, num in _scan_numbers(text):
            if not num.spelled:
                continue
            i = next((j for j, t in enumerate(plain.toks) if t.start - base >= e), None)
            if i is None or s not in starts:
                continue
            prefix = plain.at(i, "noun_prefix")
            if plain.at(i, "noun") or (prefix and plain.at(prefix[0], "noun")):
                numbers.append((s, e, num))
        numbers.sort(key=lambda item: item[0])
    return _raw_tokens(text, base, numbers)


@dataclass
class _Fig:
    k: int  # the number's token
    num: _Num
    lead: int  # first token of the figure: its qualifier, or the number
    after: int  # first token after the number and what is its own (a bracketed ratio, "trở lên")
    qualifier: str | None = None
    bound: str | None = None
    nouns: list[tuple[str, tuple[str, ...], int, int]] = field(default_factory=list)  # classes, words, from, to
    noun_end: int = -1
    skip: str | None = None
    denominator_lead: bool = False
    numerator: float | None = None
    denominator: float | None = None
    span: tuple[int, int] = (0, 0)
    pred_from: int = -1  # where its predicate starts (after its noun, or after a merged count's noun)
    lookback: bool = False  # its noun was found before it
    kind_at: int = -1  # where the word that says a models count's kind is ("mô hình tập thể: 65")
    year: int | None = None  # its own year: "so với năm 2016 (76 mô hình)"
    prior: bool = False  # the year before the report's: "so với năm trước (97,5%)"
    added: bool = False  # after "có thêm": a figure only as the new models ("có thêm 23 mô hình mới")
    respective: str | None = None  # the unit named for it in order ("A và B … lần lượt 134 và 97 mô hình")
    named_plans: int = 0  # plans named by their number counted with it ("Kế hoạch số 42-KH/HU và 02 hướng dẫn")


class _Sentence:
    def __init__(self, tokens: list[_Tok], vocabulary: _Vocabulary, paragraph: str = "") -> None:
        self.toks = tokens
        self.paragraph = paragraph
        self.v = vocabulary
        self.clause: list[int] = []
        c = 0
        for t in tokens:
            self.clause.append(c)  # a ";" ends its clause
            if t.norm == ";":
                c += 1
        self.compounds: list[tuple[int, int]] = []
        for i in range(len(tokens)):
            hit = self.at(i, "compound", check=False)
            if hit:
                self.compounds.append((i, hit[0]))
        self.in_noun: set[int] = set()
        self.consumed: set[int] = set()  # numbers read as part of another figure ("97,5% (312/320)")
        self._names: set[int] | None = None
        self.levels = frozenset({"commune"})  # the levels of units below the reporting one it may name

    def names(self) -> set[int]:
        """Tokens of a name, never read as a rule or a target: a quoted one ("mô hình “Mỗi buôn một sản phẩm”"),
        a capitalised word after a word ("Huyện ủy Cần Giuộc")."""
        if self._names is None:
            self._names = set()
            quote: int | None = None
            for i, t in enumerate(self.toks):
                if t.text in _QUOTES_OPEN and quote is None:
                    quote = i
                elif t.text in _QUOTES_CLOSE and quote is not None:
                    self._names.update(range(quote + 1, i))
                    quote = None
                elif t.kind == "w" and t.text[:1].isupper() and i > 0 and self.toks[i - 1].kind == "w":
                    self._names.add(i)
        return self._names

    # -- phrase matching
    def _valid(self, a: int, b: int) -> bool:
        """A phrase may not cut a compound word ("báo" of "báo cáo")."""
        return all(b <= c or d <= a or (a <= c and d <= b) for c, d in self.compounds)

    def at(self, i: int, kind: str, check: bool = True) -> tuple[int, str, tuple[str, ...]] | None:
        """The longest phrase of ``kind`` starting at token i: (first token after it, meaning, words)."""
        toks = self.toks
        if i >= len(toks) or toks[i].kind == "n":
            return None
        for words, meaning in self.v.phrases[kind].first.get(toks[i].norm, ()):
            j, ok = i, True
            for n, word in enumerate(words):
                if n:
                    while j < len(toks) and toks[j].kind == "p" and toks[j].norm in _GLUE and word not in _GLUE:
                        j += 1
                if j >= len(toks) or toks[j].kind == "n" or toks[j].norm != word:
                    ok = False
                    break
                j += 1
            if ok and (not check or self._valid(i, j)):
                return j, meaning, words
        return None

    def before(self, i: int, kind: str) -> tuple[int, str, tuple[str, ...]] | None:
        """The longest phrase of ``kind`` ending right before token i (no sign skipped): (its first token, …)."""
        toks = self.toks
        if i <= 0 or toks[i - 1].kind == "n":
            return None
        for words, meaning in self.v.phrases[kind].last.get(toks[i - 1].norm, ()):
            s = i - len(words)
            if s >= 0 and all(toks[s + n].kind != "n" and toks[s + n].norm == w for n, w in enumerate(words)) \
                    and self._valid(s, i):
                return s, meaning, words
        return None

    def find(self, lo: int, hi: int, kind: str, meanings: set[str] | None = None, nouns_too: bool = False
             ) -> list[tuple[int, int, str]]:
        """Every phrase of ``kind`` in tokens [lo, hi), left to right: (from, to, meaning)."""
        out = []
        i = max(lo, 0)
        while i < hi:
            if not nouns_too and i in self.in_noun:
                i += 1
                continue
            hit = self.at(i, kind)
            if hit and hit[0] <= hi and (meanings is None or hit[1] in meanings):
                out.append((i, hit[0], hit[1]))
                i = hit[0]
            else:
                i += 1
        return out

    def clause_start(self, i: int) -> int:
        c = self.clause[i] if i < len(self.clause) else (self.clause[-1] if self.clause else 0)
        j = i
        while j > 0 and self.clause[j - 1] == c:
            j -= 1
        return j

    def clause_end(self, i: int) -> int:
        c = self.clause[i]
        j = i
        while j < len(self.toks) and self.clause[j] == c:
            j += 1
        return j

    def written(self, lo: int, hi: int) -> str:
        """Tokens [lo, hi) as the paragraph writes them, white space collapsed."""
        if lo >= hi:
            return ""
        return " ".join(self.paragraph[self.toks[lo].start:self.toks[hi - 1].end].split())


def _next_figure(figs: list[_Fig], fig: _Fig) -> _Fig | None:
    return next((f for f in figs if f.k > fig.k), None)


@lru_cache(maxsize=4)
def _connector_words(vocabulary: _Vocabulary) -> frozenset[str]:
    return frozenset(w for items in vocabulary.phrases["connector"].first.values() for words, _ in items for w in words)


def _search(s: _Sentence, idx: list[int], kind: str, meanings: set[str] | None = None) -> list[tuple[int, int, str]]:
    """Phrases of ``kind`` inside the (possibly gapped) token list idx, in order."""
    if not idx:
        return []
    out, runs, run = [], [], [idx[0]]
    for i in idx[1:]:
        if i == run[-1] + 1:
            run.append(i)
        else:
            runs.append(run)
            run = [i]
    runs.append(run)
    for r in runs:
        out.extend(s.find(r[0], r[-1] + 1, kind, meanings))
    return out


def _outside_brackets(s: _Sentence, idx: list[int]) -> list[int]:
    out, depth = [], 0
    for i in idx:
        norm = s.toks[i].norm
        if norm == "(":
            depth += 1
        elif norm == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(i)
    return out
