"""What a report holds, gathered from the warehouse once (named queries through ``Source.q``); the PDF and
DOCX writers only lay it out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

import pandas as pd

from etl.reference import bounds
from etl.reference.text import ascii_fold
from ui import fmt
from ui.i18n import t
from ui.report.party import PartyFrame, party_frame
from ui.report.sentences import draft_paragraph

RANKED_METRIC = "reg_party_members_pct"
# The headline figures (the order of the key-figures table); the full catalog follows in the figures table.
KEY_METRICS = ("reg_party_members_pct", "reg_civil_servants_pct", "reg_union_members_pct", "party_cells_plans_pct",
               "plans_issued", "models_total", "models_new", "commend_collective", "commend_individual",
               "propaganda_articles")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain(value: object) -> str:
    """Text from a spreadsheet as it should be printed: NFC (decomposed accents from Mac tools composed), no
    control characters (a PDF or DOCX writer would refuse or mangle them)."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", str(value)))


@dataclass(frozen=True)
class ChildRate:
    name: str
    code: str
    value: float | None  # None: not reported ("chưa báo cáo"), never 0
    label: str  # "98,5%", "trên 98%", or the "not reported" words; "99,1%*" for a rate made from counts
    derived: str = ""  # "230/232": the rate was made from these counts (no rate typed, or not loaded)


@dataclass
class ReportContent:
    lang: str
    unit: str
    level: str
    map: str
    year: int
    title: str
    data_version: str
    made_at: str
    is_sample: bool
    paragraph: str
    coverage_note: str | None
    key_rows: list[list[str]]  # metric, value, vs previous year, vs target
    figure_rows: list[list[str]]  # metric, value, previous year, target, source
    children: list[ChildRate]
    child_word: str  # "xã, phường, thị trấn" | "huyện, quận, thị xã"
    target: float | None
    sources: list[list[str]] = field(default_factory=list)  # file, years, figures, load
    frame: PartyFrame | None = None  # the Party document's header, "Nơi nhận" and signature block

    def text(self, key: str, **fields: object) -> str:
        return plain(t(key, self.lang, **fields))

    def cleaned(self) -> ReportContent:
        """A copy with every text made printable (``plain``): the writers call it whatever they are given."""
        return replace(
            self, unit=plain(self.unit), title=plain(self.title), data_version=plain(self.data_version),
            paragraph=plain(self.paragraph), coverage_note=None if self.coverage_note is None else plain(self.coverage_note),
            key_rows=[[plain(c) for c in r] for r in self.key_rows],
            figure_rows=[[plain(c) for c in r] for r in self.figure_rows],
            sources=[[plain(c) for c in r] for r in self.sources],
            children=[replace(ch, name=plain(ch.name), label=plain(ch.label)) for ch in self.children],
            frame=None if self.frame is None else PartyFrame(**{
                k: tuple(plain(x) for x in v) if isinstance(v, tuple) else plain(v)
                for k, v in vars(self.frame).items()}),
        )


def _figure_text(row: pd.Series | None, kind: str, lang: str) -> str:
    if row is None or pd.isna(row["value"]):
        return t("report_not_reported", lang)
    qualifier = row["qualifier"] if isinstance(row["qualifier"], str) else None
    text = fmt.metric_value(row["value"], kind, qualifier, lang)
    derived = fmt.derived_note(row, lang)  # a rate the unit did not type: "99,1% (tính từ 230/232)"
    if derived:
        text += f" ({derived})"
    elif pd.notna(row["numerator"]) and pd.notna(row["denominator"]):
        text += f" ({fmt.number(row['numerator'], lang, 0)}/{fmt.number(row['denominator'], lang, 0)})"
    return text


def _target_text(m, row: pd.Series | None, lang: str) -> str:
    if pd.isna(m.target):
        return "—"
    target = fmt.metric_value(m.target, m.kind, None, lang)
    if row is None or pd.isna(row["value"]):
        return target
    from ui.kpi import target_note  # the cards' own words: one rule for the card and the report

    return target_note(float(m.target), row["value"], row["qualifier"], m.kind, bool(m.higher_is_better),
                       lang).removeprefix("✓ ")


def _source_text(row: pd.Series | None, lang: str) -> str:
    if row is None:
        return "—"
    if row["basis"] == "reported" and isinstance(row["source_file"], str):
        return plain(fmt.source_place(row["source_file"], row["source_sheet"], row["source_cell"], lang))
    return t(f"basis_{row['basis']}", lang, n=int(row["n_reported"]))


def figure_tables(figures: pd.DataFrame, metrics: pd.DataFrame, year: int, lang: str
                  ) -> tuple[list[list[str]], list[list[str]]]:
    """(key figures rows, all figures rows), every cell already text in ``lang``."""
    this = figures[figures["year"] == year].set_index("metric")
    prev = figures[figures["year"] == year - 1].set_index("metric")
    key_rows: dict[str, list[str]] = {}
    rows = []
    for m in metrics.itertuples():
        label = m.label_en if lang == "en" else m.label_vi
        row = this.loc[m.code] if m.code in this.index else None
        before = prev.loc[m.code] if m.code in prev.index else None
        value = _figure_text(row, m.kind, lang)
        previous = _figure_text(before, m.kind, lang) if before is not None else "—"
        target = _target_text(m, row, lang)
        rows.append([label, value, previous, "—" if pd.isna(m.target) else
                     fmt.metric_value(m.target, m.kind, None, lang), _source_text(row, lang)])
        if m.code in KEY_METRICS and row is not None:
            change = "—"
            if before is not None:  # on the figures' intervals (etl.reference.bounds), as the cards
                change = fmt.change_text(bounds.change(row["value"], row["qualifier"], before["value"],
                                                       before["qualifier"], m.kind), m.kind, lang)
            shown = fmt.metric_value(row["value"], m.kind,
                                     row["qualifier"] if isinstance(row["qualifier"], str) else None, lang)
            if derived := fmt.derived_note(row, lang):  # a rate nobody typed says so here too
                shown += f" ({derived})"
            key_rows[m.code] = [m.short_en if lang == "en" else m.short_vi, shown, change, target]
    return [key_rows[c] for c in KEY_METRICS if c in key_rows], rows


def derived_list(children: list[ChildRate], lang: str) -> str:
    """The footnote of the "*" marks of a ranking picture: each unit whose rate was made from its counts, with
    them ("Xã An Phú (230/232)"); "" when none was."""
    items = [f"{c.name} ({c.derived})" for c in children if c.derived and c.value is not None]
    return t("report_derived_list", lang, items="; ".join(items)) if items else ""


def child_word(selection, lang: str) -> str:
    """What the report ranks under the chosen unit: its provinces, districts or communes ("" for a commune)."""
    if selection.level == "commune" or selection.unit_key is None:
        return ""
    if selection.level == "country":
        return t("report_child_provinces", lang)
    if selection.level == "province" and selection.map == "old":
        return t("report_child_districts", lang)
    return t("report_child_communes_new" if selection.map == "new" else "report_child_communes", lang)


def _children(source, selection, lang: str) -> tuple[list[ChildRate], str]:
    """The units under the chosen one, with their party-member registration rate (missing ones last)."""
    year = selection.year
    if selection.level == "commune" or selection.unit_key is None:
        return [], ""
    parent = selection.unit_key
    # the units expected under it that year (those merged away at an unknown date only if they reported)
    units: pd.DataFrame = source.q("children_of", parent, year)
    kind = "pct"
    rates: dict[str, tuple[float, object, str]] = {}  # value, qualifier, the counts of a rate made from them

    def counts(row: dict) -> str:
        derived = fmt.derived_note(row, lang)
        return f"{fmt.number(row['numerator'], lang, 0)}/{fmt.number(row['denominator'], lang, 0)}" if derived else ""

    if selection.level == "country" or (selection.level == "province" and selection.map == "old"):
        # the provinces of the country, the districts of a province: their figures in one query
        word = t("report_child_provinces" if selection.level == "country" else "report_child_districts", lang)
        figs: pd.DataFrame = source.q("child_figures", parent, RANKED_METRIC, year, year)
        for row in figs.to_dict("records"):
            if pd.notna(row["value"]):
                rates[row["unit_key"]] = (float(row["value"]), row["qualifier"], counts(row))
    else:
        word = t("report_child_communes_new" if selection.map == "new" else "report_child_communes", lang)
        facts: pd.DataFrame = source.q("commune_facts", parent, RANKED_METRIC, year, year)
        for row in facts.to_dict("records"):
            rates[row["unit_key"]] = (float(row["value"]), row["qualifier"], counts(row))
    expected = units[~units["uncertain"].astype(bool) | units["unit_key"].isin(rates)]
    names = dict(zip(expected["unit_key"], expected["name"]))
    codes = dict(zip(expected["unit_key"], expected["code"]))
    if word == t("report_child_communes", lang):  # a commune that reported under a name of another year: kept
        for row in facts.itertuples():
            names.setdefault(row.unit_key, row.unit_name)
            codes.setdefault(row.unit_key, row.unit_code)
    rates = {k: v for k, v in rates.items() if k in names}
    out = []
    for key, name in names.items():
        value, qualifier, derived = rates.get(key, (None, None, ""))
        label = t("report_not_reported", lang) if value is None else fmt.metric_value(
            value, kind, qualifier if isinstance(qualifier, str) else None, lang) + ("*" if derived else "")
        out.append(ChildRate(plain(name), str(codes.get(key) or ""), value, label, derived))
    out.sort(key=lambda c: (c.value is None, -(c.value or 0), ascii_fold(c.name)))
    return out, word


def _sources(source, selection, lang: str) -> list[list[str]]:
    files: pd.DataFrame = source.q("source_files", selection.unit_key, selection.year - 1, selection.year)
    if files.empty:
        return []
    loads: pd.DataFrame = source.q("loads_log")
    loads = loads[loads["status"].isin(["loaded", "loaded_with_rejects"])].sort_values("load_id")
    last = loads.drop_duplicates("file_name", keep="last")
    last = last[last["file_name"].isin(set(files["source_file"]))]  # a whole country: a thousand files, once each
    when = {at: fmt.vn_time(at) for at in last["loaded_at"].unique()}
    load_of = {name: f"#{int(load_id)}, {when[at]}" for name, load_id, at in
               zip(last["file_name"], last["load_id"], last["loaded_at"], strict=True)}
    rows = []
    for name, years, n in files[["source_file", "years", "n"]].itertuples(index=False):
        years = ", ".join(str(y) for y in sorted(years))
        rows.append([plain(name), years, fmt.number(n, lang, 0), load_of.get(name, "—")])
    return rows


def gather(source, selection, lang: str) -> ReportContent:
    """Everything the report prints, from the warehouse ``source`` (a ui.data.Source) for ``selection``."""
    year = selection.year
    metrics: pd.DataFrame = source.metrics()
    map_years = source.q("map_years", selection.map)
    figures: pd.DataFrame = source.q("figures", selection.unit_key, min(map_years), max(map_years))  # the page's
    figures = figures[figures["year"].between(year - 1, year)]
    kinds = dict(zip(metrics["code"], metrics["kind"]))
    unit = plain(selection.label)
    key_rows, figure_rows = figure_tables(figures, metrics, year, lang)
    children, word = _children(source, selection, lang)
    note = None
    covered: tuple[int, int, str] | None = None
    this = figures[figures["year"] == year]
    if not this.empty and (this["basis"] != "reported").any() and selection.level == "country":
        n, total = source.q("country_coverage", selection.map, year)
        note = t("report_coverage_note", lang, text=t("coverage_provinces", lang, n=n, total=total, year=year))
        covered = (n, total, t("units_province", lang))
    elif not this.empty and (this["basis"] != "reported").any() and selection.level != "commune":
        n, total, what = source.q("coverage_counts", selection.unit_key, year)
        note = t("report_coverage_note", lang, text=t("coverage" if what == "commune" else "coverage_districts",
                                                        lang, n=n, total=total))
        covered = (n, total, t("units_district" if what == "district" else f"units_commune_{selection.map}", lang))
    paragraph = draft_paragraph(figures, kinds, unit, year, lang)
    if covered is not None and covered[0] < covered[1]:  # the paragraph says how much of the unit it stands on
        n, total, units = covered
        paragraph += " " + t("report_coverage_sentence", lang, n=fmt.number(n, lang, 0),
                             total=fmt.number(total, lang, 0), units=units,
                             provisional=t("report_provisional", lang) if n < total / 2 else "")
    derived = [(r, m) for r in this.to_dict("records") for m in metrics.itertuples()
               if m.code == r["metric"] and fmt.derived_note(r, lang)]
    if derived:  # a rate the unit did not type is written as what it is, in the paragraph too
        paragraph += " " + t("report_derived_sentence", lang, items="; ".join(
            f"{(m.label_en if lang == 'en' else m.label_vi).lower()} {fmt.metric_value(r['value'], m.kind, None, lang)}"
            f" ({fmt.derived_note(r, lang)})" for r, m in derived))
    target = metrics.loc[metrics["code"] == RANKED_METRIC, "target"]
    names = {"province": "", "district": ""}
    if selection.province and not selection.country:
        units = source.q("unit_options", year, selection.province)
        for level, code in (("province", selection.province), ("district", selection.district)):
            found = units[(units["level"] == level) & (units["code"] == code)]["name"] if code else []
            names[level] = plain(found.iloc[0]) if len(found) else ""
    frame = party_frame(selection.level or "country", selection.map, unit, names["province"], names["district"],
                        year, lang, fmt.vn_today())
    return ReportContent(
        lang=lang, unit=unit, level=selection.level or "", map=selection.map, year=year,
        title=t("report_title", lang), data_version=plain(source.data_version(lang)), made_at=fmt.vn_now(),
        is_sample=source.is_sample, paragraph=paragraph,
        coverage_note=note, key_rows=key_rows, figure_rows=figure_rows, children=children, child_word=word,
        target=None if target.empty or pd.isna(target.iloc[0]) else float(target.iloc[0]),
        sources=_sources(source, selection, lang), frame=frame,
    )
