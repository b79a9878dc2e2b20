"""The drafted paragraph: sentence templates (data/report_sentences.csv) filled from the warehouse's figures.

A template is plain text with three kinds of marks:

- ``{code}`` a figure as it reads ("trên 98%", "96"); ``{code.ratio}`` its numerator/denominator ("316/320"),
  ``{code.n}``, ``{code.d}`` each of them; ``{unit}`` and ``{year}`` the report's unit and year.
- ``[a|b|...]`` optional: the first alternative whose figures are all there, else nothing.
- ``<a;b;...>`` a list: the items whose figures are all there, joined "a, b và c"; none: missing.

A figure that is not reported is never written: the part of the sentence that needs it disappears, and a
sentence left with no figure at all is dropped. Values are inserted after the template is parsed, so a unit
or file name is never read as a mark.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from ui import fmt

TEMPLATES = Path(__file__).resolve().parents[2] / "data" / "report_sentences.csv"
CONTEXT_FIELDS = ("unit", "year")
_AND = {"vi": " và ", "en": " and "}


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Field:
    name: str


@dataclass(frozen=True)
class Choice:
    alternatives: tuple[tuple, ...]


@dataclass(frozen=True)
class Items:
    items: tuple[tuple, ...]


def parse(template: str) -> tuple:
    nodes, end = _parse(template, 0, "")
    if end != len(template):
        raise ValueError(f"unbalanced template near {end}: {template!r}")
    return nodes


def _parse(s: str, i: int, stops: str) -> tuple[tuple, int]:
    nodes: list = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            nodes.append(Text("".join(buf)))
            buf.clear()

    while i < len(s) and s[i] not in stops:
        c = s[i]
        if c == "{":
            end = s.index("}", i)
            flush()
            nodes.append(Field(s[i + 1 : end].strip()))
            i = end + 1
        elif c in "[<":
            flush()
            close, sep = ("]", "|") if c == "[" else (">", ";")
            parts = []
            i += 1
            while True:
                part, i = _parse(s, i, close + sep)
                parts.append(part)
                if i >= len(s):
                    raise ValueError(f"unclosed {c!r} in {s!r}")
                if s[i] == close:
                    i += 1
                    break
                i += 1  # the separator
            nodes.append(Choice(tuple(parts)) if c == "[" else Items(tuple(parts)))
        else:
            buf.append(c)
            i += 1
    flush()
    return tuple(nodes), i


def render(nodes: tuple, values: dict[str, str], lang: str) -> tuple[str | None, int]:
    """(text, figures used); text is None when a required figure is missing."""
    out: list[str] = []
    used = 0
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Field):
            value = values.get(node.name)
            if value is None:
                return None, 0
            out.append(value)
            used += node.name not in CONTEXT_FIELDS
        elif isinstance(node, Choice):
            for alternative in node.alternatives:
                text, n = render(alternative, values, lang)
                if text is not None and n > 0:
                    out.append(text)
                    used += n
                    break
        else:
            rendered = [r for r in (render(item, values, lang) for item in node.items) if r[0] is not None and r[1]]
            if not rendered:
                return None, 0
            texts = [r[0] for r in rendered]
            out.append(texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + _AND[lang] + texts[-1])
            used += sum(r[1] for r in rendered)
    return "".join(out), used


@cache
def templates(path: Path = TEMPLATES) -> tuple[tuple[str, tuple, tuple], ...]:
    """(key, parsed vi, parsed en) in order; parsing fails loudly on a template typed wrong."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: int(r["sort"]))
    return tuple((r["key"], parse(r["vi"]), parse(r["en"])) for r in rows)


def figure_values(figures: pd.DataFrame, kinds: dict[str, str], year: int, lang: str) -> dict[str, str]:
    """The fields a template may use, for the figures of ``year`` (a metric not there has no field)."""
    values: dict[str, str] = {}
    for row in figures[figures["year"] == year].itertuples():
        if pd.isna(row.value):
            continue
        kind = kinds.get(row.metric, "count")
        qualifier = row.qualifier if isinstance(row.qualifier, str) else None
        values[row.metric] = fmt.metric_value(row.value, kind, qualifier, lang)
        if pd.notna(row.numerator) and pd.notna(row.denominator):
            values[f"{row.metric}.n"] = fmt.number(row.numerator, lang, 0)
            values[f"{row.metric}.d"] = fmt.number(row.denominator, lang, 0)
            values[f"{row.metric}.ratio"] = f"{values[f'{row.metric}.n']}/{values[f'{row.metric}.d']}"
    return values


def draft_sentences(figures: pd.DataFrame, kinds: dict[str, str], unit: str, year: int, lang: str,
                    path: Path = TEMPLATES) -> list[str]:
    values = figure_values(figures, kinds, year, lang)
    values.update(unit=unit, year=str(year))
    sentences = []
    for _key, vi, en in templates(path):
        text, used = render(en if lang == "en" else vi, values, lang)
        if text is not None and used > 0:
            text = " ".join(text.split())
            sentences.append(text[:1].upper() + text[1:])
    return sentences


def draft_paragraph(figures: pd.DataFrame, kinds: dict[str, str], unit: str, year: int, lang: str = "vi",
                    path: Path = TEMPLATES) -> str:
    """The paragraph in the register of the district reports; "" when the year has no figure."""
    return " ".join(draft_sentences(figures, kinds, unit, year, lang, path))
