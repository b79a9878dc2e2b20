"""So sánh: the units under the one chosen ranked on one metric for a year: the provinces of the country, the
districts of a province (before 7/2025), the communes of a district (of a province from 2025), with the
target and the parent's figure; communes × years; the table behind them. With "Theo đơn vị hiện nay",
today's communes of a province, every year moved onto them, approximations marked."""

import pandas as pd
import streamlit as st

from ui import charts, compare, current_map, url
from ui.data import Source
from ui.export import export_buttons, export_info
from ui.filters import (
    COUNTRY,
    MAP_CURRENT,
    kept_note,
    kept_today,
    map_switch,
    metric_filter,
    unit_filters,
)
from ui.i18n import t, tm
from ui.page import (
    Link,
    chart,
    current_map_selection,
    is_phone,
    label_lookup,
    metric_label,
    start,
    unit_link,
)


def as_reported(source: Source, lang: str) -> None:
    selection = unit_filters(source.years(), source.unit_options, lang, communes=False,
                             landing=source.q("landing", "facts"), need_district=True,
                             places=source.q("crosswalk_places"), country=True)
    if selection is None or selection.unit_key is None:
        url.stop()
    kept_note(selection, source.unit_options, lang, "kept_compare")
    parent_key = selection.unit_key
    # the units compared: the provinces of the country, the districts of an old-map province, else communes
    child = ("province" if selection.level == "country" else
             "district" if selection.level == "province" and selection.map == "old" else "commune")
    metric = metric_filter(source.metrics(), lang)
    kind, label = metric["kind"], metric_label(metric, lang)
    # their figures over the years (a province's, a district's reported or computed from its units), the parent's
    units, facts, parent_value, parent_qualifier = source.q("ranking", parent_key, metric["code"], selection.year)
    rows = compare.ranked(units, facts, selection.year)
    target = None if pd.isna(metric["target"]) else float(metric["target"])

    words = "" if child == "commune" else f"_{child}s"  # the texts name what is compared
    st.subheader(tm("compare_heading" + words, lang, metric=label, parent=selection.label, year=selection.year))
    reported = compare.reported(rows)
    st.caption(t("compare_caption" + words, lang, n=reported, total=len(rows)) + " " + t(
        "click_hint" if child == "commune" else "click_hint_drill", lang))
    keys = {**dict(zip(facts["unit_key"], facts["unit_name"])), **dict(zip(rows["unit_key"], rows["label"]))}
    find = label_lookup(keys)

    def open_commune(point: dict, year: int | None = None) -> Link | None:
        """A commune: its figures (Tổng quan); a province or a district: this comparison one level down."""
        key = find(point.get("y"))
        if not key:
            return None
        year = int(year or point.get("x") or selection.year)
        link = unit_link(source, key, year, lang, page="pages/so_sanh.py" if child != "commune" else
                         "pages/tong_quan.py")
        if link is not None and child != "commune":
            link = link[0], {**link[1], "ban_do": "bao-cao", "chi_tieu": str(metric["code"])}
        return link

    shown_labels: set[str] | None = None
    if reported == 0:
        st.info(tm("no_figures_metric" + words, lang, metric=label, parent=selection.label, year=selection.year))
    else:
        drawn, silent = compare.few_missing(rows, label, selection.year, lang)
        if is_phone() and len(drawn) > 2 * compare.PHONE_EACH:  # 157 communes drew a chart 4.543 px tall
            search = st.text_input(t("ranking_search", lang), key="ranking_search")
            every = st.toggle(t("ranking_show_all", lang, n=len(drawn)), key="ranking_all")
            drawn = compare.phone_subset(drawn, search, every)
            if not search.strip() and not every:
                st.caption(t("ranking_ends", lang, n=compare.PHONE_EACH))  # md-safe: a constant number
            shown_labels = set(drawn["label"])
        fig = charts.ranking(drawn, kind, metric["color"], lang,
                             title=f"{label} — {selection.year}", target=target,
                             parent_value=parent_value, parent_label=selection.label,
                             parent_qualifier=parent_qualifier)
        chart(fig, ["so-sanh-xa", selection.label, selection.year, metric["code"]], key="ranking",
              link=lambda p: open_commune(p, selection.year))
        if silent:
            st.caption(silent)  # md-safe: few_missing builds it with tm
    history = facts.rename(columns={"unit_name": "label"})
    if shown_labels is not None:  # a phone's heatmap has the units its ranking drew
        history = history[history["label"].isin(shown_labels)]
    if history["year"].nunique() > 1:  # communes × years: one column would repeat the ranking
        heat = charts.heatmap(history, kind, lang, color=metric["color"], phone=is_phone(),
                              title=t("heatmap_title" + words, lang, metric=label, parent=selection.label))
        chart(heat, ["so-sanh-xa-theo-nam", selection.label, metric["code"]], key="heatmap", link=open_commune)
    st.markdown(f"#### {t('table_behind', lang)}")
    frame = compare.table(rows, kind, lang)
    compare.display(frame, kind, lang)
    filters = {t("year", lang): str(selection.year), t("unit", lang): selection.label, t("metric", lang): label}
    info = export_info(lang, filters, selection.map, source.data_version(lang))
    export_buttons(frame, ["so-sanh-xa", selection.label, selection.year, metric["code"]], info, lang, key="compare",
                   kinds=compare.kinds(kind, lang))
    compare.years_table(history, lang, info, ["so-sanh-xa-theo-nam", selection.label, metric["code"]], kind, words)


def current_provinces(source: Source, lang: str, year: int) -> None:
    """Today's provinces ranked for a year: from 2025 their own figures; before, each one's former provinces
    (merged whole into it) added up by the rule of every level, left out when one of them did not report."""
    metric = metric_filter(source.metrics(), lang)
    kind, label = metric["kind"], metric_label(metric, lang)
    # all 34, not only those with figures (the others shown as not reported); gaps: a former province missing
    provinces, facts, gaps = source.q("provinces_today", metric["code"], year)
    names = dict(zip(provinces["unit_key"], provinces["name"], strict=True))
    rows = compare.ranked(provinces, facts, year)
    target = None if pd.isna(metric["target"]) else float(metric["target"])
    country = t("whole_country", lang)
    st.subheader(tm("compare_heading_provinces", lang, metric=label, parent=country, year=year))
    reported = compare.reported(rows)
    st.caption(t("compare_caption_provinces", lang, n=reported, total=len(rows)) + " " +
               t("current_country_caption", lang) + " " + t("click_hint_drill", lang))
    if gaps:
        st.caption(tm("current_provinces_gaps", lang, year=year, units=compare.names_in_order(gaps)))
    find = label_lookup(names)

    def open_province(point: dict, at: int | None = None) -> Link | None:
        """A province: its communes of today compared (this page, today's map)."""
        key = find(point.get("y"))
        if key is None:
            return None
        return "pages/so_sanh.py", {"ban_do": MAP_CURRENT, "nam": str(int(at or point.get("x") or year)),
                                    "tinh": key.rsplit(":", 1)[-1], "chi_tieu": str(metric["code"]),
                                    **({"lang": "en"} if lang == "en" else {})}

    if reported == 0:
        st.info(tm("no_figures_metric_provinces", lang, metric=label, parent=country, year=year))
    else:
        drawn, silent = compare.few_missing(rows, label, year, lang)
        chart(charts.ranking(drawn, kind, metric["color"], lang, title=f"{label} — {year}", target=target),
              ["so-sanh-tinh-hien-nay", year, metric["code"]], key="ranking_provinces_current",
              link=lambda p: open_province(p, year))
        if silent:
            st.caption(silent)  # md-safe: few_missing builds it with tm
    history = facts.rename(columns={"unit_name": "label"})
    if history["year"].nunique() > 1:
        heat = charts.heatmap(history, kind, lang, color=metric["color"], phone=is_phone(),
                              title=t("heatmap_title_provinces", lang, metric=label, parent=country))
        chart(heat, ["so-sanh-tinh-hien-nay-theo-nam", metric["code"]], key="heatmap_provinces_current",
              link=open_province)
    st.markdown(f"#### {t('table_behind', lang)}")
    frame = compare.table(rows, kind, lang)
    compare.display(frame, kind, lang)
    filters = {t("map_switch", lang): t("map_current", lang), t("year", lang): str(year),
               t("unit", lang): country, t("metric", lang): label}
    info = export_info(lang, filters, "new", source.data_version(lang))
    export_buttons(frame, ["so-sanh-tinh-hien-nay", year, metric["code"]], info, lang, key="compare_provinces_current",
                   kinds=compare.kinds(kind, lang))
    compare.years_table(history, lang, info, ["so-sanh-tinh-hien-nay-theo-nam", metric["code"]], kind, "_provinces")


def on_current_map(source: Source, lang: str) -> None:
    selection = current_map_selection(source, lang)
    if selection.province == COUNTRY:
        current_provinces(source, lang, selection.year)
        return
    kept_today(selection, lambda code: source.q("commune_successors", code), lang, link=True)  # the place travels
    metric = metric_filter(source.metrics(), lang)
    kind, label = metric["kind"], metric_label(metric, lang)
    facts = source.q("communes_today", selection.province, metric["code"], list(selection.communes["code"]))
    rows = current_map.ranked(selection.communes, facts, selection.year)
    target = None if pd.isna(metric["target"]) else float(metric["target"])
    st.subheader(tm("compare_current_heading", lang, metric=label, parent=selection.label, year=selection.year))
    reported = compare.reported(rows)
    st.caption(t("compare_caption", lang, n=reported, total=len(rows)) + " " + t("map_current_caption", lang))
    st.caption(t("click_hint", lang))
    name = ["so-sanh-xa-hien-nay", selection.label, selection.year, metric["code"]]
    find = label_lookup(dict(zip(selection.communes["code"], selection.communes["name"], strict=True)))

    def open_commune(point: dict, year: int | None = None) -> Link | None:
        """Today's commune over the years (Xu hướng on today's map): its figures before 2025 are those of the
        former communes it came from."""
        code = find(point.get("y"))
        if code is None:
            return None
        params = {"ban_do": MAP_CURRENT, "nam": str(int(year or point.get("x") or selection.year)),
                  "tinh": selection.province, "dv": code, "ct": str(metric["code"])}
        if selection.old_district:
            params["huyen_cu"] = selection.old_district
        return "pages/xu_huong.py", {**params, **({"lang": "en"} if lang == "en" else {})}

    if reported:
        drawn, silent = compare.few_missing(rows, label, selection.year, lang)
        chart(charts.ranking(drawn, kind, metric["color"], lang, title=f"{label} — {selection.year}", target=target),
              name, key="ranking_current", link=lambda p: open_commune(p, selection.year))
        if silent:
            st.caption(silent)  # md-safe: few_missing builds it with tm
    history = facts.rename(columns={"commune": "label", "is_approximate": "approx"})
    if history["year"].nunique() > 1:
        heat = charts.heatmap(history, kind, lang, color=metric["color"], phone=is_phone(),
                              title=t("heatmap_title", lang, metric=label, parent=selection.label))
        chart(heat, ["so-sanh-xa-hien-nay-theo-nam", selection.label, metric["code"]], key="heatmap_current",
              link=open_commune)
    unplaced = current_map.unplaced_note(source.q("unplaced_old_communes", selection.province), lang)
    if unplaced:
        st.caption(unplaced)  # md-safe: built with tm
    st.markdown(f"#### {t('table_behind', lang)}")
    frame = current_map.table(rows, lang)
    current_map.display(frame, kind, lang)
    filters = {t("map_switch", lang): t("map_current", lang), t("year", lang): str(selection.year),
               t("unit", lang): selection.label, t("metric", lang): label}
    info = export_info(lang, filters, "new", source.data_version(lang))
    export_buttons(frame, ["so-sanh-xa-hien-nay", selection.label, selection.year, metric["code"]], info, lang,
                   key="compare_current", kinds=current_map.kinds(kind, lang))
    compare.years_table(history, lang, info, ["so-sanh-xa-hien-nay-theo-nam", selection.label, metric["code"]], kind)


source, lang = start("page_compare")
if map_switch(lang) == MAP_CURRENT:
    on_current_map(source, lang)
else:
    as_reported(source, lang)
