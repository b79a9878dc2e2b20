"""Who a figure of a report's narrative is of, for etl.tables.narrative: the reporting unit (the caller's, from the
title block), or a unit below it the sentence names before the figure — a commune ("xã Long Sơn có 5 mô hình"), in
a province's report a district ("Huyện ủy Tháp Mười: 20 tập thể"), a party cell or hamlet ("Chi bộ ấp Tân Phú có 03
mô hình") — given as written (``unit_name``) for the desk to decide, never as the report's own figure. A commune's
address after its name (", huyện Cầu Ngang") is no subject; a unit that hosts a model ("mô hình … của Hội LHPN xã
Long Sơn") is not the figure's; several communes named together before one figure ("Đảng bộ xã A và Đảng bộ xã B
đạt 100%"), before "mỗi xã" ("Các xã A, B, C mỗi xã có 09 mô hình") or counted ("A và B là hai đơn vị có tỷ lệ …")
are one figure each; figures given "lần lượt" go to the units named in order; a unit after a rank ("…, thấp nhất là
Huyện ủy Lộc Bình 96,4%") has the same rate as the one before it."""

from __future__ import annotations

import unicodedata

from etl.tables.narrative_numbers import _Tok
from etl.tables.narrative_sentence import _Fig, _Sentence

_NAME_WORDS = 5  # at most this many capitalised words make a commune's name


def _names_commune(s: _Sentence, i: int) -> bool:
    """Token i starts a commune's name ("thị trấn Lam Sơn", "xã Tân Lập"), not a noun of a figure."""
    hit = s.at(i, "sub_unit")
    return bool(hit and hit[1] == "commune" and hit[0] < len(s.toks) and s.toks[hit[0]].kind == "w"
                and s.toks[hit[0]].text[:1].isupper())


def _levels(unit_code: str | None) -> frozenset[str]:
    """The levels of units below the reporting one: communes, and in a province's report (a code of 2 digits)
    districts too."""
    return frozenset({"commune", "district"}) if unit_code is not None and len(unit_code.strip()) == 2 \
        else frozenset({"commune"})


def _names_unit(s: _Sentence, i: int) -> bool:
    """Token i starts the name of a unit below the reporting one ("xã Tân Lập", in a province's report "Huyện ủy
    Chi Lăng")."""
    hit = s.at(i, "sub_unit")
    return bool(hit and hit[1] in s.levels and hit[0] < len(s.toks) and s.toks[hit[0]].kind == "w"
                and s.toks[hit[0]].text[:1].isupper())


def _unit_name(s: _Sentence, fig: _Fig, unit_code: str | None, lower: bool = True) -> str | None:
    """A unit below the reporting one named before the figure in its sentence, as written: a commune ("xã Long Sơn
    có 5 mô hình"), or in a province's report (a code of 2 digits) a district ("Huyện ủy Tháp Mười: 20 tập thể"); with
    ``lower``, a unit below a commune too ("Chi bộ ấp Tân Phú có 03 mô hình"), for the desk to decide: never the
    report's own figure."""
    levels = _levels(unit_code)
    toks = s.toks
    name: tuple[int, int] | None = None
    below = False  # the name is of a unit below a commune
    i = 0
    while i < fig.lead:
        hit = s.at(i, "sub_unit")
        if not (hit and hit[1] in levels) and lower:
            hit = s.at(i, "lower_unit")
            if hit:
                hit = (hit[0], "lower", hit[2])
        if hit and hit[1] in levels | {"lower"}:
            j = hit[0]
            if j < fig.lead and toks[j].norm == ".":
                j += 1
            n = j
            while n < fig.lead and n - j < _NAME_WORDS and toks[n].kind == "w" and toks[n].text[:1].isupper():
                n += 1
            if n > j and hit[1] == "lower" and toks[j].norm in ("đảng", "ủy", "ủy ban"):
                n = j  # "Chi bộ Đảng": no name
            if n == j and j + 1 < fig.lead and toks[i].text[:1].isupper() and _numbered(toks[j]):
                n = j + 1  # "Phường 1 có 20 mô hình", "Ấp 3"
            if n > j:
                name = None if _hosted(s, i) else (i, n)
                below = hit[1] == "lower"
                i = n
                if name is not None:
                    i = _address_end(s, n, fig.lead)  # "xã Vĩnh Hòa, huyện Cầu Ngang": where it is, no subject
                continue
            if name and below and hit[1] == "commune":
                name = None  # "Chi bộ ấp Mỹ Lợi …; Đảng bộ xã có 45 mô hình": the commune again
        if name and (s.at(i, "whole_unit") or (below and toks[i].norm == "toàn")):
            name = None  # "…; toàn huyện có 96 mô hình", "…; toàn xã có 45 mô hình"
        i += 1
    if name is None:
        return None
    a, b = name
    return unicodedata.normalize("NFC", " ".join(t.text for t in toks[a:b]).replace(" .", "."))


def _numbered(tok: _Tok) -> bool:
    """A unit's number as its name ("Phường 1", "Khóm 2"): a small whole number, no rate, no fraction."""
    num = tok.num
    return tok.kind == "n" and num is not None and num.value is not None and not num.pct \
        and num.denominator is None and float(num.value).is_integer() and 0 < num.value < 100


def _hosted(s: _Sentence, i: int) -> bool:
    """The unit named at token i hosts a model ("mô hình … của Hội LHPN xã Long Sơn"): "của", "thuộc" right before
    it, or before the capitalised name of its organisation; not a "của" further back ("Điển hình của phong trào là
    xã Vĩnh Hòa …")."""
    j = i
    while j > 0 and i - j < 4 and s.toks[j - 1].kind == "w" and s.toks[j - 1].text[:1].isupper():
        j -= 1
    return s.before(j, "sub_unit_host") is not None


def _address_end(s: _Sentence, n: int, hi: int) -> int:
    """After a commune's name ending at token n, its district as an address (", huyện Cầu Ngang", "(huyện Tân
    Thạnh)"): the first token after it, else n."""
    toks = s.toks
    j = n
    if j < hi and toks[j].norm in (",", "(", "-", "–"):
        j += 1
    hit = s.at(j, "sub_unit") if j > n else None
    if hit is None or hit[1] != "district":
        return n
    k = hit[0]
    while k < hi and k - hit[0] < _NAME_WORDS and toks[k].kind == "w" and toks[k].text[:1].isupper():
        k += 1
    if k == hit[0]:
        return n
    if toks[n].norm == "(" and k < hi and toks[k].norm == ")":
        k += 1
    return k


def _other_subject(s: _Sentence, figs: list[_Fig], fig: _Fig, named: bool) -> bool:
    """After a named unit's figure, a bare name that opens the next figure's stretch ("Xã Long Sơn đăng ký 05 mô
    hình, Vĩnh Hòa đăng ký 03 mô hình"): the figure is that one's, which the sentence does not say in full; the
    earlier name is not its."""
    toks = s.toks
    prev = [f for f in figs if f.k < fig.k and f.skip != "merged"]
    if not named or not prev:
        return False
    lo = max(max(f.noun_end, f.after) for f in prev)
    for i in range(lo, fig.lead):
        t = toks[i]
        if t.kind == "w" and t.text[:1].isupper() and i > 0 and toks[i - 1].norm in (",", ";") and not any(
                s.at(i, kind) for kind in ("sub_unit", "whole_unit", "frame", "noun", "link", "part_lead")):
            return True
    return False


def _joint_names(s: _Sentence, figs: list[_Fig], fig: _Fig) -> list[tuple[int, int]]:
    """The communes named together right before a figure and its linking word, after an earlier figure of the
    sentence ("…, trong đó Đảng bộ xã A và Đảng bộ xã B đạt 100%"), when there are several; else none."""
    def own_count(f: _Fig) -> bool:  # "Xã A và xã B là 02 đơn vị có …": the names' own count, no figure before
        return not f.num.pct and f.num.denominator is None and f.nouns[0][0] == "units" and f.num.value is not None \
            and f.num.value < _NAME_WORDS

    prev = [f for f in figs if f.k < fig.k and f.skip is None and f.nouns]
    if prev and all(own_count(f) for f in prev):
        names = _named_stretch(s, s.clause_start(fig.k), fig.lead, opened=True)
    elif prev:
        names = _named_stretch(s, max(prev[-1].after, prev[-1].noun_end), fig.lead)
    elif not any(f.k < fig.k for f in figs):  # "Xã Vĩnh Kim và xã Kim Hòa đạt 100% đảng viên đăng ký"
        names = _named_stretch(s, s.clause_start(fig.k), fig.lead, opened=True)
    else:
        names = []
    return names if len(names) > 1 else []


def _named_stretch(s: _Sentence, lo: int, hi: int, opened: bool = False) -> list[tuple[int, int]]:
    """The communes tokens [lo, hi) name, when they are only those names after a comma (or, ``opened``, from the
    clause's start) and before a linking word: ", xã Hiệp Hòa đạt", ", riêng Đảng bộ thị trấn Cầu Ngang đạt", ",
    trong đó Đảng bộ xã A và Đảng bộ xã B đạt". Each name is (from, to) of its tokens; nothing when the stretch says
    anything else."""
    toks = s.toks
    if opened:
        lo -= 1  # as if a comma were before the clause
    else:
        lo = next((i for i in range(lo, hi) if toks[i].norm in (",", ";")), hi)  # after the earlier figure's predicate
    numbers = [t for t in toks[lo + 1:hi] if t.kind == "n"]
    if lo >= hi or (numbers and not opened) or len(numbers) > 1:
        return []
    i = lo + 1
    lead = s.at(i, "part_lead") or s.at(i, "medium_subject_break") or s.at(i, "rank_lead")
    if lead and lead[0] < hi and toks[i].norm != ",":
        i = lead[0]
    ranked = s.at(lo + 1, "rank_lead") is not None  # "…, thấp nhất là Huyện ủy Lộc Bình 96,4%"
    names: list[tuple[int, int]] = []
    while i < hi:
        hit = s.at(i, "sub_unit")
        if not hit or not _names_unit(s, i):
            break
        n = hit[0]
        while n < hi and n - hit[0] < _NAME_WORDS and toks[n].kind == "w" and toks[n].text[:1].isupper():
            n += 1
        names.append((i, n))
        i = n
        if i < hi and toks[i].norm in (",", "và"):
            i += 1
            continue
        break
    if names and ranked and i == hi:
        return names
    link = s.at(i, "link")
    if not names or link is None or toks[i].norm in (":", "="):
        return []
    if link[0] != hi and not (opened and all(t.norm == "," or (t.kind == "w" and not t.text[:1].isupper())
                                           or t is _own_count(numbers, len(names)) for t in toks[link[0]:hi])):
        return []  # opening the clause, the rate's own words may follow: "Xã A và xã B đạt tỷ lệ … đăng ký 100%"
    if numbers and (link[0] == hi or _own_count(numbers, len(names)) is None):
        return []
    return names


def _own_count(numbers: list[_Tok], many: int) -> _Tok | None:
    """The one number of a stretch after names that counts them ("… là hai đơn vị có tỷ lệ …"), else None."""
    if len(numbers) == 1 and numbers[0].num is not None and numbers[0].num.value == many and not numbers[0].num.pct:
        return numbers[0]
    return None


def _ranked_name(s: _Sentence, hi: int) -> bool:
    """Tokens right before token hi are a rank and a unit's name, the figure right after it: "thấp nhất là Huyện ủy
    Lộc Bình 96,4%"."""
    toks = s.toks
    j = hi
    while j > 0 and hi - j < _NAME_WORDS and toks[j - 1].kind == "w" and toks[j - 1].text[:1].isupper():
        j -= 1
    for i in range(max(j - 4, 0), j):
        hit = s.at(i, "sub_unit")
        if hit and hit[0] == j and j < hi and _names_unit(s, i):
            return s.before(i, "rank_lead") is not None
    return False


def _opening_names(s: _Sentence, fig: _Fig) -> tuple[list[str], int, bool]:
    """The units named to open the figure's clause, one after another ("Huyện ủy Kiên Hải và Huyện ủy Tân Hiệp",
    "Các xã Bát Tràng, Kiêu Kỵ, Phù Đổng": a shared level word given to each, "xã Kiêu Kỵ"), and the token after
    them, and whether they share one level word."""
    toks = s.toks
    i = s.clause_start(fig.k)
    shared = ""
    if toks[i].norm == "các" and (hit := s.at(i + 1, "sub_unit")) and hit[1] in s.levels and _names_unit(s, i + 1):
        shared = s.written(i + 1, hit[0])  # "Các xã A, B, C"
        i = hit[0]
    names: list[str] = []
    while i < fig.lead:
        hit = s.at(i, "sub_unit") if _names_unit(s, i) else None
        if hit is None and not (shared and toks[i].kind == "w" and toks[i].text[:1].isupper()):
            break
        start = hit[0] if hit else i
        n = start
        while n < fig.lead and n - start < _NAME_WORDS and toks[n].kind == "w" and toks[n].text[:1].isupper():
            n += 1
        if n == start:
            break
        names.append(unicodedata.normalize("NFC", s.written(i, n) if hit else f"{shared} {s.written(i, n)}"))
        i = n
        if i < fig.lead and toks[i].norm in (",", "và"):
            i += 1
    return names, i, bool(shared)


def _each_named(s: _Sentence, fig: _Fig) -> list[str]:
    """Several units named to open the figure's clause, then "mỗi đơn vị" (or "mỗi xã" …) and the figure: "Huyện ủy
    Kiên Hải và Huyện ủy Tân Hiệp mỗi đơn vị có 02 mô hình điểm", "Các xã Bát Tràng, Kiêu Kỵ, Phù Đổng mỗi xã có 09
    mô hình" is one figure each: their names; else none."""
    toks = s.toks
    names, i, _ = _opening_names(s, fig)
    each = s.at(i, "distributive") if len(names) > 1 else None
    unit = s.at(each[0], "noun") if each else None
    if unit is None or "units" not in unit[1].split("|"):
        return []
    j = unit[0]
    if j < fig.lead and toks[j].norm in ("có", "đạt", "đều", "được"):
        j += 1
    return names if j == fig.lead else []


def _together(s: _Sentence, fig: _Fig) -> bool:
    """Several units under one level word open the figure's clause, with no "mỗi" ("Các xã Long Sơn, Hiệp Hòa có 12
    mô hình"): a count of them all, or of each? Not the first one's."""
    names, _, shared = _opening_names(s, fig)
    return shared and len(names) > 1 and not _each_named(s, fig)


def _respectively(s: _Sentence, figs: list[_Fig]) -> None:
    """Units named to open a clause, then "lần lượt" and as many figures joined by "và" or commas: "Huyện ủy A và
    Huyện ủy B … (lần lượt 134 và 97 mô hình)" is A's 134 and B's 97. The figures before the last take its noun."""
    toks = s.toks
    for i in range(len(toks) - 2):
        if toks[i].norm != "lần" or toks[i + 1].norm != "lượt":
            continue
        run: list[_Fig] = []
        j = i + 2
        link = s.at(j, "link")
        if link is not None and toks[j].norm in ("là", "đạt", "với"):
            j = link[0]  # "… lần lượt là 98% và 97%"
        for f in figs:
            if f.k < j:
                continue
            if f.lead != j or f.skip or f.num.value is None:
                break
            run.append(f)
            j = max(f.after, f.noun_end) if f.nouns else f.after
            if j < len(toks) and toks[j].norm in (",", "và"):
                j += 1
            else:
                break
        rates = all(f.num.pct for f in run)
        if len(run) < 2 or any(f.nouns for f in run[:-1]) or not (rates or run[-1].nouns):
            continue
        names, _, _ = _opening_names(s, run[0])
        if len(names) != len(run):
            for f in run:
                f.skip = "respective"  # "Xã A và xã B có lần lượt 14, 10 và 8 mô hình": whose is which?
            continue
        for f, name in zip(run, names):
            f.respective = name
            if f is not run[-1] and not rates:
                f.nouns, f.noun_end, f.pred_from = run[-1].nouns, f.after, run[-1].pred_from


def _respective_nouns(figs: list[_Fig]) -> None:
    """Rates given in order ("… tỷ lệ đảng viên đăng ký lần lượt là 98% và 97%"): each takes the population the
    first of them found."""
    head: _Fig | None = None
    for f in figs:
        if f.respective is None:
            head = None
            continue
        if head is None:
            head = f
        elif not f.nouns and head.nouns:
            f.nouns, f.lookback, f.pred_from = head.nouns, head.lookback, f.after
