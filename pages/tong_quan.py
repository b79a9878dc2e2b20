"""Tổng quan: what a leader needs first — the key figures against last year and the target, how many units
reported and the lowest ones — then every metric by family with its trend, the table and the report to file."""

import pandas as pd
import streamlit as st

from ui import fmt, lightchart, overview, url
from ui.export import export_buttons, export_info
from ui.filters import unit_filters
from ui.i18n import t, tm
from ui.kpi import cards_kinds, render_cards, show_cards_table
from ui.page import Link, chart, is_phone, not_loaded, start, unit_link
from ui.report.section import report_section
from ui.safe import md

LAGGING_SHOWN = 5
LAGGING_METRIC = "reg_party_members_pct"

source, lang = start("page_overview")
selection = unit_filters(source.years(), source.unit_options, lang, landing=source.q("landing", "facts"),
                         places=source.q("crosswalk_places"), country=True)
if selection is None or selection.unit_key is None:
    not_loaded(lang)
    url.stop()
metrics = source.metrics()
view = source.q("overview", selection.unit_key, selection.year)  # with the year before from the other map
st.subheader(tm("overview_heading", lang, unit=selection.label, year=selection.year))
if selection.year not in set(view.own["year"]):
    not_loaded(lang, "no_figures_unit", unit=selection.label, year=selection.year)
    url.stop()
if selection.level == "country":
    expected: tuple[int, str] | None = (source.q("country_coverage", selection.map, selection.year)[1],
                                        t("units_province", lang))
elif selection.level in ("district", "province"):
    _, total, below = source.q("coverage_counts", selection.unit_key, selection.year)
    expected = (total, t("units_district" if below == "district" else f"units_commune_{selection.map}", lang))
else:
    expected = None
# The cards, the family charts and the table, put together once per unit, year and language for every session
# of the process until the next publish (fifty sessions opening the same province built them fifty times)
page = source.derived("overview_page", lambda: overview.overview_page(
    view.own, view.figures, metrics, selection.label, selection.year, lang, expected),
    selection.unit_key, selection.year, lang, selection.label, expected)


def lagging_rows(target: float | None) -> overview.Lagging:
    facts, below = overview.lagging(source.q("below_rates", selection.unit_key, LAGGING_METRIC, selection.year),
                                    target)
    rows = []
    for r in facts.head(LAGGING_SHOWN).to_dict("records"):
        value = fmt.metric_value(r["value"], "pct", r["qualifier"], lang)
        derived = fmt.derived_note(r, lang)  # a rate the unit did not type: "99,1% (tính từ 230/232)"
        rows.append((f"{r['unit_name']} — {value}" + (f" ({derived})" if derived else ""),
                     unit_link(source, r["unit_key"], selection.year, lang),
                     target is not None and r["value"] < target))
    return overview.Lagging(tuple(rows), below, len(facts))


def lagging() -> None:
    """The units below this one on the key rate, lowest first: below target in red, each a link to its figures."""
    meta = metrics[metrics["code"] == LAGGING_METRIC].iloc[0]
    label = meta["short_en" if lang == "en" else "short_vi"]
    st.markdown(f"**{md(t('lagging', lang, metric=label))}**")
    target = None if pd.isna(meta["target"]) else float(meta["target"])
    shown = source.derived("overview_lagging", lambda: lagging_rows(target), selection.unit_key, selection.year,
                           lang, target)
    if not shown.total:
        st.caption(t("lagging_none", lang))
        return
    if target is not None:
        target_text = fmt.metric_value(target, "pct", None, lang)
        st.caption(t("lagging_below", lang, n=shown.below, total=shown.total, target=target_text) if shown.below else  # md-safe: numbers
                   t("lagging_all_met", lang, total=shown.total, target=target_text))
    for text, link, low in shown.rows:
        if link is None:
            st.markdown(md(text))
        else:
            st.page_link(link[0], label=f":red[{md(text)}]" if low else md(text), query_params=dict(link[1]),
                         icon=":material/south:" if low else ":material/check:")


def standing() -> None:
    """A commune: its place among the communes of its district (of its province from 2025) on the key rate,
    and the way to that comparison."""
    parent = (f"old:district:{selection.district}" if selection.map == "old" else
              f"new:province:{selection.province}")
    place = source.q("standing", parent, selection.unit_key, LAGGING_METRIC, selection.year)
    meta = metrics[metrics["code"] == LAGGING_METRIC].iloc[0]
    st.markdown(f"**{md(meta['short_en' if lang == 'en' else 'short_vi'])}**")
    if place is None:
        st.caption(t("missing_metric", lang))
    else:
        st.metric(t("standing", lang), f"{place[0]}/{place[1]}", help=t("standing_help", lang))
    params = {"nam": str(selection.year), "tinh": selection.province, "chi_tieu": LAGGING_METRIC,
              "ban_do": "bao-cao", **({"huyen": selection.district} if selection.district else {}),
              **({"lang": "en"} if lang == "en" else {})}
    st.page_link("pages/so_sanh.py", label=t("standing_link", lang), query_params=params,
                 icon=":material/leaderboard:")


main, side = st.columns([2.2, 1], gap="medium")
with main:
    render_cards(list(page.key_cards), compact=True)
    if not view.moved.empty:
        st.caption(t("previous_moved", lang, year=selection.year - 1))
    elif not view.former.empty:  # today's province or country: its former provinces added up, or why not
        for note in overview.former_notes(view.former, metrics, selection.level, selection.year, lang):
            st.caption(note)  # md-safe: built with tm
    elif view.before_other_map:  # 2025: the year before is on the old map
        st.caption(t("no_previous_new_map", lang, year=selection.year - 1))
        if selection.province:  # today's communes over the years are shown province by province
            st.page_link("pages/xu_huong.py", label=t("see_on_current_map", lang), icon=":material/show_chart:",
                         query_params={"ban_do": "hien-nay", "nam": str(selection.year), "tinh": selection.province,
                                       **({"dv": selection.commune} if selection.commune else {}),
                                       **({"lang": "en"} if lang == "en" else {})})
with side:
    if selection.level == "country":
        reported, total = source.q("country_coverage", selection.map, selection.year)
        if total:
            with st.container(border=True):
                st.metric(t("reported_units", lang), f"{reported}/{total}",
                          help=t("coverage_provinces", lang, n=reported, total=total, year=selection.year))
                st.progress(min(1.0, reported / total))
        with st.container(border=True):
            lagging()
    elif selection.level in ("district", "province"):
        reported, total, level = source.q("coverage_counts", selection.unit_key, selection.year)
        if total:
            with st.container(border=True):
                st.metric(t("reported_units", lang), f"{reported}/{total}",
                          help=t("reported_units_help", lang, year=selection.year) + "  \n" + t(
                              "coverage" if level == "commune" else "coverage_districts", lang, n=reported,
                              total=total))
                st.progress(min(1.0, reported / total))
        with st.container(border=True):
            lagging()
    elif selection.level == "commune":
        with st.container(border=True):
            standing()
report_section(source, selection, lang)  # the written report to file (PDF, DOCX)

st.markdown(f"#### {t('details', lang)}")


def open_year(point: dict) -> Link | None:
    year = point.get("x")
    return unit_link(source, selection.unit_key, int(year), lang) if year is not None else None


families = list(page.families)
phone = is_phone()
if phone and len(families) > 1:
    # A phone shows one family at a time, chosen here: five charts stacked were five screens to scroll, and each
    # costs the phone's main thread about 0.1 s to draw before the page's first chart shows (#24 point 7).
    names = {f.family: f.name for f in families}
    picked = st.pills(t("family", lang), list(names), format_func=lambda f: md(names[f]), default=families[0].family,
                      key="overview_family", label_visibility="collapsed")
    families = [f for f in families if f.family == (picked or families[0].family)]
for family in families:
    st.markdown(f"##### {family.name}")  # md-safe: a family of the catalog
    render_cards(list(family.cards))
    if family.figure is not None and phone:  # drawn by the server: no chart module for the phone to evaluate
        st.markdown(source.derived(  # md-safe: lightchart escapes every text it writes
            "overview_light", lambda f=family: lightchart.svg(
                f.figure, lang, title=f"{f.name} — {selection.label}" + ("" if f.by_year else f", {selection.year}"),
                kind=f.kind, year=selection.year, link=open_year if f.by_year else None, labels=dict(f.labels)),
            selection.unit_key, selection.year, lang, selection.label, family.family), unsafe_allow_html=True)
    elif family.figure is not None:
        chart(family.figure, ["tong-quan", family.family, selection.label, selection.year],
              key=f"chart_{family.family}", link=open_year if family.by_year else None)
frame = page.table
if phone:  # a tap away: the table's grid is drawn when opened, not before the page's first chart (#24 point 7)
    with st.expander(t("table_behind", lang), icon=":material/table:"):
        show_cards_table(frame, metrics, selection.year, lang)
else:
    st.markdown(f"#### {t('table_behind', lang)}")
    show_cards_table(frame, metrics, selection.year, lang)
filters = {t("year", lang): str(selection.year), t("unit", lang): selection.label}
export_buttons(frame, ["tong-quan", selection.label, selection.year], export_info(
    lang, filters, selection.map, source.data_version(lang)), lang, key="overview",
    kinds=cards_kinds(metrics, selection.year, lang))
