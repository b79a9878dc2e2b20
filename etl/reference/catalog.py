"""The metrics catalog (data/metrics.csv) and the matching of header texts to metrics.

A header is read as a path of labels, group first: ["Mô hình học tập và làm theo", "Tập thể"]. An alias is
either plain ("Tổng số mô hình") or qualified by its group ("Mô hình > Tập thể"). A qualified alias matches
when its last part equals the header's last label and each qualifier appears, as consecutive words, in one
of the header's groups, in order. The most specific match wins; a tie between two metrics is ambiguous and
the column is reported as unmapped, never guessed.

Headers no alias names are read in two more steps, each only if the previous found nothing:
1. without their parenthesised hints: "Nhân rộng (xã, thị trấn)" is "Nhân rộng"; a hint that says the
   column holds a rate ("(%)", "(số chi bộ/tổng số)", "tỷ lệ") makes it the metric's value;
2. by the keyword rules of data/metric_keywords.csv (all of these words, none of those; "leaf:" means the
   column's own label, not its group): "Tin, bài trên Tờ thông tin huyện" under "Tuyên truyền" is
   ``propaganda_articles``. Two metrics matching is still ambiguous: unmapped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from etl.reference.text import contains_tokens, fold_expanded, strip_diacritics

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
ROLES = ("value", "numerator", "denominator")


@dataclass(frozen=True)
class Metric:
    code: str
    sort: int
    family: str
    kind: str  # 'pct' | 'count'
    label_vi: str
    label_en: str
    short_vi: str
    short_en: str
    target: float | None
    higher_is_better: bool
    adds_up: bool = True  # a unit's figure is the sum of its units' (a count of models); False: each level's own


@dataclass(frozen=True)
class Alias:
    metric: str
    role: str  # value | numerator | denominator
    qualifiers: tuple[str, ...]  # folded
    leaf: str  # folded


@dataclass(frozen=True)
class KeywordRule:
    metric: str
    role: str
    all_of: tuple[tuple[bool, str], ...]  # (leaf only, folded words)
    none_of: tuple[tuple[bool, str], ...]

    def matches(self, path_text: str, leaf: str, tokens: frozenset[str] | None = None) -> bool:
        def found(term: tuple[bool, str]) -> bool:
            leaf_only, words = term
            return contains_tokens(leaf if leaf_only else path_text, words)

        if tokens is not None and not all(w in tokens for _, words in self.all_of for w in words.split()):
            return False  # a word the rule needs is not in the header at all
        return all(found(t) for t in self.all_of) and not any(found(t) for t in self.none_of)


def _terms(text: str) -> tuple[tuple[bool, str], ...]:
    out = []
    for raw in text.split(";"):
        raw = raw.strip()
        if raw:
            leaf_only = raw.startswith("leaf:")
            out.append((leaf_only, fold_expanded(raw.removeprefix("leaf:"))))
    return tuple(out)


_PAREN = re.compile(r"\(([^()]*)\)")


def _strip_hints(label: str) -> tuple[str, bool]:
    """("Chi bộ hoàn thành (số chi bộ/tổng số)") -> ("Chi bộ hoàn thành", True): the label without its
    parenthesised hints, and whether a hint says the column holds a rate (%, x/y, tỷ lệ)."""
    hints = _PAREN.findall(label)
    says_rate = any("%" in h or "/" in h or "tỷ lệ" in h.lower() for h in hints)
    return _PAREN.sub(" ", label).strip(), says_rate


@dataclass(frozen=True)
class ColumnMatch:
    metric: str | None
    role: str | None
    ambiguous: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()  # the header's words that named it (the alias's, or the rules')


def _split_alias(text: str) -> tuple[tuple[str, ...], str]:
    parts = [fold_expanded(p) for p in text.split(">")]
    parts = [p for p in parts if p]
    return tuple(parts[:-1]), parts[-1]


class Catalog:
    def __init__(self, metrics_csv: Path = DATA_DIR / "metrics.csv") -> None:
        self.metrics: dict[str, Metric] = {}
        self.aliases: list[Alias] = []
        with open(metrics_csv, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                metric = Metric(
                    code=row["code"],
                    sort=int(row["sort"]),
                    family=row["family"],
                    kind=row["kind"],
                    label_vi=row["label_vi"],
                    label_en=row["label_en"],
                    short_vi=row["short_vi"],
                    short_en=row["short_en"],
                    target=float(row["target"]) if row["target"] else None,
                    higher_is_better=row["higher_is_better"].strip().lower() == "true",
                    adds_up=row.get("adds_up", "true").strip().lower() != "false" and row["kind"] == "count",
                )
                self.metrics[metric.code] = metric
                texts = {
                    "value": [row["label_vi"], row["label_en"], row["code"], *row["aliases"].split("|")],
                    "numerator": row["numerator_aliases"].split("|"),
                    "denominator": row["denominator_aliases"].split("|"),
                }
                for role, items in texts.items():
                    for item in items:
                        if item.strip():
                            qualifiers, leaf = _split_alias(item)
                            self.aliases.append(Alias(metric.code, role, qualifiers, leaf))
        self._cache: dict[tuple[str, ...], ColumnMatch] = {}
        self._by_leaf: dict[str, list[Alias]] = {}
        for alias in self.aliases:
            self._by_leaf.setdefault(alias.leaf, []).append(alias)
        self.rules: list[KeywordRule] = []
        with open(metrics_csv.parent / "metric_keywords.csv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self.rules.append(KeywordRule(row["metric"], row["role"], _terms(row["all_of"]),
                                              _terms(row["none_of"] or "")))

    def kind(self, code: str) -> str:
        return self.metrics[code].kind

    def match_header(self, path: list[str] | tuple[str, ...]) -> ColumnMatch:
        """Match a header path (group labels first, column label last) to (metric, role)."""
        key = tuple(path)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) > 50_000:  # bounded, whatever a file's headers say
                self._cache.clear()
            cached = self._cache[key] = self._match_header(key)
        return cached

    def _match_header(self, path: tuple[str, ...]) -> ColumnMatch:
        found = self._match_words(path, self._by_leaf, self.rules, fold_expanded)
        if found.metric is None and not found.ambiguous and path and all(p.isascii() for p in path):
            # typed without diacritics ("Ty le dang vien dang ky (%)"): the same words compared without theirs
            found = self._match_words(path, self._ascii_leaves, self._ascii_rules, _ascii_expanded)
        return found

    def _match_words(self, path: tuple[str, ...], leaves: dict[str, list[Alias]], rules: list[KeywordRule],
                     folder: Callable[[str], str]) -> ColumnMatch:
        found = self._match_aliases(path, leaves, folder)
        if found.ambiguous:
            return found
        stripped, says_rate = zip(*[_strip_hints(p) for p in path], strict=True) if path else ((), ())
        rate = any(says_rate)
        if found.metric:
            if len([p for p in path if folder(p)]) > 1 and found.role == "value":
                # a header of several levels: where the words of every level name one metric that the alias of
                # its leaf does not ("Mô hình điểm cấp huyện" over "Số lượng", "Tuyên truyền trên mạng xã hội"
                # over "Số tin, bài"), the words carry the meaning
                words = self._match_keywords([p for p in stripped if p], rules, folder)
                if words.metric and words.role == "value" and words.metric != found.metric \
                        and words.words - found.words:
                    return self._as_rate(words) if rate else words
            return found
        if list(stripped) != list(path):
            found = self._match_aliases([p for p in stripped if p], leaves, folder)
            if found.metric:
                return self._as_rate(found) if rate else found
        found = self._match_keywords([p for p in stripped if p], rules, folder)
        if found.metric is None and not found.ambiguous and list(stripped) != list(path):
            # the words in parentheses may be what names it: "Văn bản chỉ đạo (kế hoạch, hướng dẫn) đã ban hành"
            found = self._match_keywords(list(path), rules, folder)
        return self._as_rate(found) if rate and found.metric else found

    @cached_property
    def _ascii_leaves(self) -> dict[str, list[Alias]]:
        out: dict[str, list[Alias]] = {}
        for alias in self.aliases:
            plain = Alias(alias.metric, alias.role, tuple(strip_diacritics(q) for q in alias.qualifiers),
                          strip_diacritics(alias.leaf))
            out.setdefault(plain.leaf, []).append(plain)
        return out

    @cached_property
    def _ascii_rules(self) -> list[KeywordRule]:
        def plain(terms: tuple[tuple[bool, str], ...]) -> tuple[tuple[bool, str], ...]:
            return tuple((leaf, strip_diacritics(words)) for leaf, words in terms)

        return [KeywordRule(r.metric, r.role, plain(r.all_of), plain(r.none_of)) for r in self.rules]

    def _as_rate(self, found: ColumnMatch) -> ColumnMatch:
        """A column whose header says it holds a rate is the value of a percentage metric."""
        if found.metric and self.metrics[found.metric].kind == "pct":
            return ColumnMatch(found.metric, "value")
        return found

    def _match_keywords(self, path: list[str], rules: list[KeywordRule] | None = None,
                        folder: Callable[[str], str] = fold_expanded) -> ColumnMatch:
        folded = [folder(p) for p in path if folder(p)]
        if not folded:
            return ColumnMatch(None, None)
        text, leaf = " ".join(folded), folded[-1]
        tokens = frozenset(text.split())
        matching = [r for r in (self.rules if rules is None else rules) if r.matches(text, leaf, tokens)]
        hits = sorted({(r.metric, r.role) for r in matching})
        if len(hits) == 1:
            used = frozenset(w for r in matching for _, words in r.all_of for w in words.split())
            return ColumnMatch(*hits[0], words=used)
        return ColumnMatch(None, None, tuple(f"{m}:{r}" for m, r in hits))

    def _match_aliases(self, path: list[str] | tuple[str, ...], leaves: dict[str, list[Alias]] | None = None,
                       folder: Callable[[str], str] = fold_expanded) -> ColumnMatch:
        by_leaf = self._by_leaf if leaves is None else leaves
        folded = [folder(p) for p in path if folder(p)]
        deduped: list[str] = []
        for part in folded:
            if not deduped or deduped[-1] != part:
                deduped.append(part)
        if not deduped:
            return ColumnMatch(None, None)
        *groups, leaf = deduped
        scored: dict[tuple[str, str], int] = {}

        evidence: dict[tuple[str, str], frozenset[str]] = {}

        def consider(alias: Alias, score: int) -> None:
            key = (alias.metric, alias.role)
            if score > scored.get(key, 0):
                scored[key] = score
                evidence[key] = frozenset(w for part in (*alias.qualifiers, alias.leaf) for w in part.split())

        for alias in by_leaf.get(leaf, []):
            if alias.qualifiers:
                if _qualifiers_match(alias.qualifiers, groups):
                    consider(alias, 100 + sum(len(q.split()) for q in alias.qualifiers))
            else:
                consider(alias, 50 if not groups else 40)
        if groups:  # the whole path read as one label: "Tỷ lệ đảng viên đăng ký" over "(%)"
            for alias in by_leaf.get(" ".join(deduped), []):
                if not alias.qualifiers:
                    consider(alias, 60)
        if not scored and leaf.endswith(" %"):  # "Tỷ lệ ... đăng ký (%)": the same header without its unit
            stripped = self._match_aliases([*groups, leaf[:-2]], leaves, folder)
            if stripped.role == "value" and self.metrics[stripped.metric].kind == "pct":  # type: ignore[index]
                return stripped
        if not scored:
            return ColumnMatch(None, None)
        best = max(scored.values())
        winners = sorted(k for k, v in scored.items() if v == best)
        if len(winners) > 1:
            return ColumnMatch(None, None, tuple(f"{m}:{r}" for m, r in winners))
        metric, role = winners[0]
        return ColumnMatch(metric, role, words=evidence[winners[0]])

    def suggestion(self, path: tuple[str, ...], ambiguous: tuple[str, ...] = ()) -> dict[str, str]:
        """For a header that names no metric, the metric(s) it most likely means, as the message fields
        ``suggestion`` / ``suggestion_en`` ("; có phải “Mô hình điểm”?"); empty fields when nothing is near."""
        codes = list(dict.fromkeys(a.split(":")[0] for a in ambiguous))[:2]
        if not codes:
            text = " ".join(fold_expanded(p) for p in path if fold_expanded(p))
            if not text:
                return {}
            choices = {i: a for i, a in enumerate(self.aliases) if a.role == "value"}
            texts = {i: " ".join((*a.qualifiers, a.leaf)) for i, a in choices.items()}
            best = process.extractOne(text, texts, scorer=fuzz.token_sort_ratio, score_cutoff=65)
            if best is None:
                return {}
            codes = [choices[best[2]].metric]
        vi = " hay ".join(f"“{self.metrics[c].label_vi}”" for c in codes)
        en = " or ".join(f"“{self.metrics[c].label_en}”" for c in codes)
        return {"suggestion": f"; có phải {vi}? (nếu đúng, sửa tiêu đề cột cho rõ rồi gửi lại)",
                "suggestion_en": f"; did you mean {en}?"}

    def match_metric_name(self, text: str) -> str | None:
        """A metric named in a cell (the "Chỉ tiêu" column of a long table): value aliases only."""
        match = self.match_header([p for p in text.split(">")])
        return match.metric if match.role == "value" else None


def _ascii_expanded(text: str) -> str:
    return strip_diacritics(fold_expanded(text))


def _qualifiers_match(qualifiers: tuple[str, ...], groups: list[str]) -> bool:
    """Each qualifier appears, as consecutive words, in a group, in order: two qualifiers may sit in one group
    ("Đề nghị > Khen thưởng > Tập thể" matches "Đề nghị Tỉnh ủy khen thưởng" over "Tập thể")."""
    g, pos = 0, 0
    tokens = [group.split() for group in groups]
    for qualifier in qualifiers:
        words = qualifier.split()
        found = False
        while g < len(tokens):
            t = tokens[g]
            for i in range(pos, len(t) - len(words) + 1):
                if t[i : i + len(words)] == words:
                    pos = i + len(words)
                    found = True
                    break
            if found:
                break
            g, pos = g + 1, 0
        if not found:
            return False
    return True


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    return Catalog()
