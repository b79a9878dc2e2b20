"""The sidebar filters, kept in the URL query string so that a copied link reproduces the view.

Keys: ``nam`` (year), ``tinh`` (province code), ``huyen`` (district code), ``xa`` (commune code),
``nhom`` (metric family), ``chi_tieu`` (metric), ``dv`` and ``ct`` (several units / metrics, comma-separated),
``lang`` ('en' for English). Only valid children are offered: districts of the chosen province, communes
of the chosen district (on the new map, from 2025, communes of the province). Streamlit clears the query
string when the user switches page; ``remember``/``restore`` carry it over within the session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from etl.reference.text import vi_key
from etl.reference.units import map_for_year
from ui.i18n import t, tm
from warehouse.levels import country_key
from warehouse.queries import PROVINCES

COUNTRY = "toan-quoc"  # ``tinh=toan-quoc``: the whole country, the provinces compared


@dataclass(frozen=True)
class Selection:
    year: int
    map: str
    province: str | None
    district: str | None
    commune: str | None
    label: str  # the chosen unit's official name
    country: bool = False  # the whole country (``tinh=toan-quoc``): province, district and commune are None
    kept: str | None = None  # a page without a commune filter: the commune chosen on another page, still chosen

    @property
    def unit_key(self) -> str | None:
        if self.country:
            return country_key(self.map)
        if self.commune:
            return f"{self.map}:commune:{self.commune}"
        if self.district:
            return f"{self.map}:district:{self.district}"
        if self.province:
            return f"{self.map}:province:{self.province}"
        return None

    @property
    def level(self) -> str | None:
        return self.unit_key.split(":")[1] if self.unit_key else None


def current_lang() -> str:
    return "en" if st.query_params.get("lang") == "en" else "vi"


def language() -> str:
    """'vi' unless the URL says lang=en; the sidebar switch writes it."""
    lang = "en" if st.query_params.get("lang") == "en" else "vi"
    english = st.sidebar.toggle(t("english", lang), value=lang == "en", key="lang_toggle")
    if english and lang != "en":
        st.query_params["lang"] = "en"
        lang = "en"
    elif not english and lang == "en":
        del st.query_params["lang"]
        lang = "vi"
    return lang


_SHARED = "shared_query_params"


_KEPT = "kept_commune"  # (province, district or None, commune): the commune chosen, while its district is shown


def remember() -> None:
    """Keep this page's query string for the next page of the session, with the commune chosen on another page
    while this one shows its district or province (So sánh after Tổng quan on a commune): the place travels."""
    params = st.query_params.to_dict()
    kept = st.session_state.get(_KEPT)
    if kept and "xa" not in params and params.get("tinh") == kept[0] and params.get("huyen") == kept[1]:
        params["xa"] = kept[2]
    st.session_state[_SHARED] = params


def restore() -> None:
    """On a page opened from the navigation (empty query string), bring back the session's filters."""
    saved = st.session_state.get(_SHARED)
    if saved and not st.query_params:
        st.query_params.from_dict(saved)


def _select(label: str, options: list, wanted: object, key: str, **kwargs: Any) -> Any:
    """A sidebar selectbox showing ``wanted`` when it has no state of its own (a new session, or a chart's link
    dropped it: ui.page.chart): the value is put in its state rather than given as ``index``, which a browser
    that already drew the widget keeps ignoring (the province filter still said "Toàn quốc" after a click on a
    province's bar opened that province)."""
    if wanted is not None and key not in st.session_state:  # None ("— Toàn tỉnh —") would read as no choice
        st.session_state[key] = wanted
        return st.sidebar.selectbox(label, options, key=key, **kwargs)  # md-safe: callers' labels are our texts
    # the key may still hold another page's widget (kept until the end of this run): ``index`` is the default
    return st.sidebar.selectbox(label, options, index=options.index(wanted), key=key, **kwargs)  # md-safe: as above


_ALL = ""  # "— Toàn tỉnh —", "— Tất cả các xã —" in a selectbox: a value the browser can be told to show


def _choose(label: str, options: list[str | None], names: dict[str | None, str], param: str,
            default: str | None, widget: str | None = None) -> str | None:
    """A filter kept in the link (``param``); None among ``options`` is "all" (the whole province...). Inside
    the widget "all" is ``_ALL``, a value that can be put in its state like any other: after Back, a widget showing
    a district is told to show "— Toàn tỉnh —" again (None in a selectbox's state reads as no choice at all, and
    the browser kept showing the district)."""
    options = [_ALL if o is None else o for o in options]
    names = {(_ALL if k is None else k): v for k, v in names.items()}
    default = _ALL if default is None else default
    wanted = st.query_params.get(param)
    if wanted is None and _ALL in options:  # not in the link: "all", as before the widget knew "all" as _ALL
        wanted = _ALL
    if wanted not in options:
        wanted = default if default in options else (options[0] if options else None)
    if not options:
        return None
    key = widget or f"filter_{param}"
    if st.session_state.get(key, wanted) not in options:  # a value of another map or year: the link decides
        del st.session_state[key]
    value = _select(label, options, wanted, key, format_func=lambda o: names[o])
    if value == _ALL:
        value = None
    if value is None:
        st.query_params.pop(param, None)
    elif st.query_params.get(param) != str(value):
        st.query_params[param] = str(value)
    remember()
    return value


def link_notice(text: str) -> None:
    """A link value that does not exist, said under the page title (on a phone the sidebar is folded away)."""
    st.caption(f":material/link_off: {text}")  # md-safe: every caller builds it with tm


def year_from_url(years: list[int], lang: str, default: int | None = None) -> int:
    """The year the link asks for (``nam``) when it has data, else ``default`` (the latest year with data for
    the page) or the latest; a value that is no such year (typed by hand, "²", "2030") is said under the
    filters, never an error."""
    fallback = default if default in years else years[-1]
    wanted = st.query_params.get("nam")
    if wanted and wanted.isascii() and wanted.isdigit() and int(wanted) in years:
        return int(wanted)
    if wanted:
        link_notice(tm("bad_url_year", lang, value=wanted[:20], year=fallback))
    return fallback


def _bad_param(param: str, wanted: str | None, options: list[str | None], lang: str) -> None:
    """A unit code in the link that is not offered (typed by hand, another year's unit): said, not silent."""
    if wanted and wanted not in options:
        link_notice(tm("bad_url_unit", lang, value=wanted[:20]))


def carry_place(places: pd.DataFrame | None, to_map: str, provinces: list[str]) -> None:
    """The map switch keeps the place: a former province and district in the link (``tinh``, ``huyen``)
    become today's province most of the district's communes went to, with the district as "huyện cũ"
    (``huyen_cu``); today's province and "huyện cũ" become the former province and district, and back.
    Rewrites the link's parameters before the filters read them. ``places``: queries.crosswalk_places."""
    if places is None or places.empty:
        return
    params = st.query_params
    wanted = params.get("tinh")
    if wanted == COUNTRY:  # the whole country is the whole country on either map
        for gone in ("huyen", "xa", "huyen_cu"):
            params.pop(gone, None)
        return
    if to_map == "new":
        district = params.get("huyen") or params.get("huyen_cu")
        rows = places[places["old_district_code"] == district] if district else places.iloc[0:0]
        if wanted in provinces and (rows.empty or wanted in set(rows["new_province_code"])):
            return
        if rows.empty and wanted:
            rows = places[places["old_province_code"] == wanted]
        rows = rows[rows["new_province_code"].isin(provinces)]
        if rows.empty:
            return
        if district and params.get("xa"):  # the commune stays chosen, for today's map to say where it went
            st.session_state[_KEPT] = (wanted, district, params["xa"])
        params["tinh"] = str(rows.groupby("new_province_code")["n"].sum().idxmax())
        if district and district in set(places["old_district_code"]):
            params["huyen_cu"] = district
        for gone in ("huyen", "xa"):
            params.pop(gone, None)
    else:
        district = params.get("huyen_cu")
        if wanted in provinces and not district:
            return
        rows = places[places["old_district_code"] == district] if district else places[
            places["new_province_code"] == wanted]
        rows = rows[rows["old_province_code"].isin(provinces)]
        if rows.empty:
            params.pop("huyen_cu", None)
            return
        params["tinh"] = str(rows.groupby("old_province_code")["n"].sum().idxmax())
        if district:
            params["huyen"] = district
        for gone in ("huyen_cu", "xa"):
            params.pop(gone, None)


def heaviest(landing: pd.DataFrame | None, year: int, level: str, among: list[str], prefix: str) -> str | None:
    """The code among ``among`` that holds the most for the page in ``year`` (``landing``: queries.landing)."""
    if landing is None or landing.empty:
        return None
    keys = {f"{prefix}:{level}:{c}": c for c in among if c}
    rows = landing[(landing["year"] == year) & landing["unit_key"].isin(keys)]
    if rows.empty:
        return None
    return keys[rows.sort_values("n", ascending=False, kind="stable")["unit_key"].iloc[0]]


def _todays_province(prefer: pd.DataFrame | None, places: pd.DataFrame | None, provinces: list[str]) -> str | None:
    """Today's province holding most of the former province the overview opens on (the heaviest of its latest
    year, ``prefer``: queries.landing), so that a page on today's map opens where the others do."""
    if prefer is None or prefer.empty or places is None or places.empty:
        return None
    latest = prefer[prefer["year"] == prefer["year"].max()]
    old = latest[latest["unit_key"].str.startswith("old:province:")]
    if old.empty:
        return None
    code = old.sort_values("n", ascending=False, kind="stable")["province_code"].iloc[0]
    rows = places[(places["old_province_code"] == code) & places["new_province_code"].isin(provinces)]
    return None if rows.empty else str(rows.groupby("new_province_code")["n"].sum().idxmax())


def _ordered(units: pd.DataFrame, column: str = "name") -> pd.DataFrame:
    """Units in Vietnamese alphabetical order of ``column`` (etl.reference.text.vi_key: every "Đ" after every "D", not after
    "Z"; "Phường 2" before "Phường 10"), keying only the names offered (a year's list holds some 16,000 units)."""
    keys = [vi_key(n) for n in units[column]]
    return units.iloc[sorted(range(len(keys)), key=keys.__getitem__)]


def unit_filters(years: list[int], options_for_year, lang: str, communes: bool = True,
                 landing: pd.DataFrame | None = None, need_district: bool = False,
                 places: pd.DataFrame | None = None, prefer: pd.DataFrame | None = None,
                 country: bool = False) -> Selection | None:
    """Year, then province -> district -> commune (``communes=False``: stop at the district, or at the
    province on the new map); with ``country``, "Toàn quốc" first among the provinces (``tinh=toan-quoc``). ``options_for_year(year, scope)`` gives the units with data (Source.unit_options: the provinces with
    ``queries.PROVINCES``, then those of the chosen province). With no choice in the
    link, the page lands on the latest year that has data for it and on the province (and, with
    ``need_district``, the district) that holds the most of it (``landing``: queries.landing); with ``prefer``
    (the figures' landing), the province the overview opens on, where this page has data for it, so that the
    pages of a session do not each open somewhere else."""
    if not years:
        return None
    st.sidebar.subheader(t("filters", lang))
    landing_years = sorted(int(y) for y in landing["year"].unique()) if landing is not None and len(landing) else []
    year_default = year_from_url(years, lang, next((y for y in reversed(landing_years) if y in years), None))
    if st.session_state.get("filter_nam", year_default) not in years:
        del st.session_state["filter_nam"]
    year = _select(t("year", lang), list(reversed(years)), year_default, "filter_nam")
    if st.query_params.get("nam") != str(year):
        st.query_params["nam"] = str(year)
    map_ = map_for_year(int(year))
    st.sidebar.caption(t("map_new" if map_ == "new" else "map_old", lang))
    provinces: pd.DataFrame = options_for_year(int(year), PROVINCES)  # the provinces first; their units once chosen
    provinces = _ordered(provinces[(provinces["map"] == map_) & (provinces["level"] == "province")])
    names = dict(zip(provinces["code"], provinces["name"]))  # the names of what is offered, added level by level
    if places is not None:
        carry_place(places, map_, list(provinces["code"]))
    province_options: list[str | None] = [*([COUNTRY] if country else []), *provinces["code"]]
    _bad_param("tinh", st.query_params.get("tinh"), province_options, lang)
    candidates = list(provinces["code"])
    if prefer is not None and landing is not None:  # the overview's landing, where this page has data there too
        has = set(landing.loc[landing["year"] == int(year), "unit_key"])
        candidates = [c for c in candidates if f"{map_}:province:{c}" in has] or candidates
    province = _choose(t("province", lang), province_options, {**names, COUNTRY: t("whole_country", lang)}, "tinh",
                       heaviest(prefer, int(year), "province", candidates, map_)
                       or heaviest(landing, int(year), "province", list(provinces["code"]), map_))
    if province is None:
        return None
    if province == COUNTRY:
        for gone in ("huyen", "xa", "huyen_cu"):
            st.query_params.pop(gone, None)
        remember()
        return Selection(int(year), map_, None, None, None, t("whole_country", lang), country=True)
    units: pd.DataFrame = options_for_year(int(year), province)
    units = units[units["map"] == map_]
    levels = units["level"]
    district = None
    if map_ == "old":
        districts = _ordered(units[(levels == "district") & (units["province_code"] == province)])
        names.update(zip(districts["code"], districts["name"]))
        options: list[str | None] = [None, *districts["code"]]
        default = districts["code"].iloc[0] if len(districts) == 1 else None
        if need_district and default is None:
            default = heaviest(landing, int(year), "district", list(districts["code"]), "old") or (
                districts["code"].iloc[0] if len(districts) else None)
        _bad_param("huyen", st.query_params.get("huyen"), options, lang)
        district = _choose(t("district", lang), options, {**names, None: t("all_districts", lang)}, "huyen",
                           default)
    else:
        st.query_params.pop("huyen", None)
    commune = None
    communes_ = units.iloc[0:0]
    if communes and (district or map_ == "new"):
        communes_ = _ordered(units[(levels == "commune") & ((units["district_code"] == district) if district else
                                                            (units["province_code"] == province))])
        names.update(zip(communes_["code"], communes_["name"]))
    if not communes_.empty:
        none_label = t("all_communes" if district else "all_communes_province", lang)
        _bad_param("xa", st.query_params.get("xa"), [None, *communes_["code"]], lang)
        commune = _choose(t("commune_new" if map_ == "new" else "commune", lang), [None, *communes_["code"]],
                          {**names, None: none_label}, "xa", None)
        if commune:
            st.session_state[_KEPT] = (province, district, commune)
        else:
            st.session_state.pop(_KEPT, None)
    else:
        kept = _kept_commune(units, province, district) if not communes else None
        st.query_params.pop("xa", None)
        if kept is not None:  # the place travels: the commune stays chosen for the pages that show one
            st.session_state[_KEPT] = (province, district, kept)
            remember()
            return Selection(int(year), map_, province, district, None, names.get(district or province, ""),
                             kept=kept)
    chosen = commune or district or province
    remember()
    return Selection(int(year), map_, province, district, commune, names.get(chosen, chosen or ""))


def _kept_commune(units: pd.DataFrame, province: str, district: str | None) -> str | None:
    """The commune chosen on another page (in the link, or kept in the session while the district and the
    province stay those it was chosen with), when it is one of the chosen district's (or new province's)."""
    kept = st.session_state.get(_KEPT)
    code = st.query_params.get("xa")
    if code is None and kept and kept[0] == province and kept[1] == district:
        code = kept[2]
    if not code:
        return None
    communes = units[(units["level"] == "commune") & ((units["district_code"] == district) if district else
                                                      (units["province_code"] == province))]
    return code if code in set(communes["code"]) else None


def kept_note(selection: Selection, options_for_year, lang: str, what: str) -> None:  # noqa: ANN001
    """On a page that shows no single commune: which commune is still chosen, that this page shows it among
    its district's (``what``), and a link to its own figures. ``options_for_year``: Source.unit_options."""
    if not selection.kept or not selection.province:
        return
    options = options_for_year(selection.year, selection.province)
    found = options[(options["level"] == "commune") & (options["code"] == selection.kept)]["name"]
    if found.empty:
        return
    name = str(found.iloc[0])
    st.caption(tm("kept_commune", lang, name=name, what=t(what, lang), unit=selection.label))
    params = {"nam": str(selection.year), "tinh": selection.province or "", "xa": selection.kept,
              **({"huyen": selection.district} if selection.district else {}), **({"lang": "en"} if lang == "en" else {})}
    if st.button(tm("kept_commune_open", lang, name=name), key="kept_commune_open", icon=":material/place:"):
        st.session_state[_SHARED] = params
        st.switch_page("pages/tong_quan.py")


def metric_filter(metrics: pd.DataFrame, lang: str, default: str | None = None) -> pd.Series:
    """Family, then a metric of that family (``nhom``, ``chi_tieu``); returns the metric's catalog row."""
    families = metrics.drop_duplicates("family")
    family_names = dict(zip(families["family"], families["family_en" if lang == "en" else "family_vi"],
                            strict=True))
    wanted_metric = st.query_params.get("chi_tieu") or default
    codes = list(metrics["code"])
    if st.query_params.get("chi_tieu") and wanted_metric not in codes:  # a metric code typed or of another version
        link_notice(tm("bad_url_value", lang, value=wanted_metric[:30]))
        wanted_metric = default
    default_family = metrics.loc[metrics["code"] == wanted_metric, "family"]
    if len(default_family) and st.query_params.get("nhom") not in (None, default_family.iloc[0]):
        st.query_params["nhom"] = str(default_family.iloc[0])  # the metric decides its family
    family = _choose(t("family", lang), list(families["family"]), family_names, "nhom",
                     default_family.iloc[0] if len(default_family) else None)
    in_family = metrics[metrics["family"] == family]
    names = dict(zip(in_family["code"], in_family["label_en" if lang == "en" else "label_vi"], strict=True))
    code = _choose(t("metric", lang), list(in_family["code"]), names, "chi_tieu", wanted_metric)
    return metrics[metrics["code"] == code].iloc[0]


def multi_choose(label: str, options: list[str], names: dict[str, str], param: str, default: list[str],
                 max_selections: int | None = None, widget: str | None = None,
                 other_map: Callable[[str], bool] | None = None) -> list[str]:
    """A multiselect kept in the URL as a comma-separated list. ``other_map(value)``: a value left in the link
    by the other map's view of the page (dropped without a word: the place itself is carried over)."""
    raw = st.query_params.get(param)
    if raw and other_map is not None:
        raw = ",".join(v for v in raw.split(",") if not other_map(v))
    wanted = [v for v in raw.split(",") if v in options] if raw else [v for v in default if v in options]
    unknown = [v for v in raw.split(",") if v and v not in options] if raw else []
    key = widget or f"filter_{param}"
    if any(v not in options for v in st.session_state.get(key, [])):
        del st.session_state[key]
    if unknown:
        link_notice(tm("bad_url_value", current_lang(), value=", ".join(unknown)[:40]))
        if not wanted:
            wanted = [v for v in default if v in options]
    chosen = st.sidebar.multiselect(label, options, default=wanted, format_func=lambda o: names.get(o, o),  # md-safe: our label
                                    key=key, max_selections=max_selections,
                                    placeholder=t("choose_placeholder", current_lang()),
                                    select_all=False)  # its "Select all" text cannot be translated
    value = ",".join(chosen)
    if value:
        if st.query_params.get(param) != value:
            st.query_params[param] = value
    else:
        st.query_params.pop(param, None)
    remember()
    return chosen


MAP_REPORTED, MAP_CURRENT = "bao-cao", "hien-nay"


def map_switch(lang: str, default: str = MAP_REPORTED) -> str:
    """"Theo đơn vị khi báo cáo" (the units of each year) or "Theo đơn vị hiện nay" (today's communes); the
    link always says which (``ban_do``), a link without it opens the page's ``default``."""
    options = [MAP_REPORTED, MAP_CURRENT]
    names = {MAP_REPORTED: t("map_reported", lang), MAP_CURRENT: t("map_current", lang)}
    wanted = st.query_params.get("ban_do", default)
    value = st.sidebar.radio(t("map_switch", lang), options, index=options.index(wanted) if wanted in options else
                             options.index(default), format_func=lambda o: names[o], key="filter_ban_do")
    if st.query_params.get("ban_do") != value:
        st.query_params["ban_do"] = value
    remember()
    return value


@dataclass(frozen=True)
class CurrentSelection:
    """A choice on today's map: a year, a province, optionally the former district its communes came from."""

    year: int
    province: str
    province_name: str
    old_district: str | None
    old_district_name: str | None
    communes: pd.DataFrame  # code, name of today's communes in the choice
    kept: str | None = None  # a commune of the old map chosen on another page, whose former district is in the choice

    @property
    def label(self) -> str:
        if self.old_district_name:
            return f"{self.province_name} ({self.old_district_name} cũ)"
        return self.province_name


def current_map_filters(years: list[int], units: pd.DataFrame, lang: str,
                        places: pd.DataFrame | None = None, prefer: pd.DataFrame | None = None,
                        country: bool = False) -> CurrentSelection | None:
    """Year, today's province, then the former district ("huyện cũ") as a grouping to find its communes.
    With no choice in the link: the latest year, and the province with the most communes that have figures;
    a former province and district in the link (from the other map) are carried over (``places``). ``country``:
    "Toàn quốc" first among the provinces (today's provinces compared; ``province`` is then COUNTRY)."""
    if not years or units.empty:
        return None
    st.sidebar.subheader(t("filters", lang))
    year_default = year_from_url(years, lang)
    ordered = list(reversed(years))
    if st.session_state.get("filter_cur_nam", year_default) not in ordered:
        del st.session_state["filter_cur_nam"]
    year = _select(t("year", lang), ordered, year_default, "filter_cur_nam")
    if st.query_params.get("nam") != str(year):
        st.query_params["nam"] = str(year)
    st.sidebar.caption(t("map_current_caption", lang))
    provinces = _ordered(units.drop_duplicates("province_code"), "province")
    names = dict(zip(provinces["province_code"], provinces["province"], strict=True))
    carry_place(places, "new", list(provinces["province_code"]))
    if st.query_params.get("tinh") != COUNTRY:  # without ``country``, the country opens on the default province
        _bad_param("tinh", st.query_params.get("tinh"), list(provinces["province_code"]), lang)
    richest = units.drop_duplicates("code")["province_code"].value_counts()
    default = heaviest(prefer, max(years), "province", list(provinces["province_code"]), "new") if prefer is not None \
        else None  # the province the overview opens on
    if default is None:  # the overview opens on a former province: today's province most of it went into
        default = _todays_province(prefer, places, list(provinces["province_code"]))
    options = [*([COUNTRY] if country else []), *provinces["province_code"]]
    province = _choose(t("province", lang), options, {**names, COUNTRY: t("whole_country", lang)}, "tinh",
                       default or (str(richest.index[0]) if len(richest) else None), widget="filter_cur_tinh")
    if province == COUNTRY:
        remember()
        return CurrentSelection(int(year), COUNTRY, t("whole_country", lang), None, None,
                                pd.DataFrame({"code": [], "name": []}))
    in_province = units[units["province_code"] == province]
    groups = in_province.drop_duplicates("old_district_code").dropna(subset=["old_district_code"])
    groups = _ordered(groups, "old_district_name")
    group_names = {c: f"{n} ({p})" for c, n, p in zip(groups["old_district_code"], groups["old_district_name"],
                                                       groups["old_province_name"], strict=True)}
    group = _choose(t("old_district", lang), [None, *groups["old_district_code"]],
                    {**group_names, None: t("all_old_districts", lang)}, "huyen_cu", None, widget="filter_cur_huyen")
    chosen = in_province if group is None else in_province[in_province["old_district_code"] == group]
    communes = _ordered(chosen.drop_duplicates("code")[["code", "name"]]).reset_index(drop=True)
    remember()
    group_name = groups.loc[groups["old_district_code"] == group, "old_district_name"]
    kept = st.session_state.get(_KEPT)  # (old province, old district, old commune)
    kept_here = kept[2] if kept and kept[1] in set(groups["old_district_code"]) and group in (None, kept[1]) \
        else None
    return CurrentSelection(int(year), str(province), names[province], group,
                            group_name.iloc[0] if len(group_name) else None, communes, kept_here)


def kept_today(selection: CurrentSelection, successors: Callable[[str], pd.DataFrame], lang: str,
               link: bool = False) -> list[str]:
    """Today's map, a commune of the old map still chosen (``selection.kept``): says which of today's communes it
    went into (``successors``: queries.commune_successors), or that this choice has none of them and what the page
    shows instead; returns those of today's communes that are in the choice. ``link``: a link to their trend."""
    if not selection.kept:
        return []
    rows = successors(selection.kept)
    if rows.empty:
        return []
    old = str(rows["old_name"].iloc[0])
    here = rows[rows["new_province_code"] == selection.province].dropna(subset=["new_commune_code"])
    if here.empty:
        st.caption(tm("kept_today_unplaced", lang, old=old, unit=selection.label))
        return []
    new = ", ".join(dict.fromkeys(here["new_commune_name"]))
    shown = [c for c in dict.fromkeys(here["new_commune_code"]) if c in set(selection.communes["code"])]
    if not shown:
        st.caption(tm("kept_today_no_figures", lang, old=old, new=new, unit=selection.label))
        return []
    st.caption(tm("kept_today", lang, old=old, new=new))
    if link:
        st.page_link("pages/xu_huong.py", label=tm("kept_today_trend", lang, name=new), icon=":material/show_chart:",
                     query_params={"ban_do": MAP_CURRENT, "nam": str(selection.year), "tinh": selection.province,
                                   "dv": ",".join(shown), **({"lang": "en"} if lang == "en" else {})})
    return shown


def search_box(label: str, key: str, placeholder: str) -> str:
    """A text search kept in the URL (``q``)."""
    text = st.text_input(label, value=st.query_params.get("q", ""), key=key, placeholder=placeholder)  # md-safe: our label
    if text:
        st.query_params["q"] = text
    else:
        st.query_params.pop("q", None)
    remember()
    return text
