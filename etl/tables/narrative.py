"""Figures proposed from a report's narrative (issue #26, point 3): "đã có trên 98% đảng viên … đăng ký" is a
proposal of ``reg_party_members_pct`` = 98, qualifier "trên", with its sentence and the number's place in it.

``propose(paragraphs, unit_code, year)`` reads the paragraphs of a .docx, a .pdf or a pasted text and returns
the figures it recognises, each a ``Proposal``; nothing is loaded: the desk shows them for a person to accept.
Precision matters more than recall: a number is proposed only when the words around it name one metric of the
catalogue; when two could be meant, or none, it is left alone.

How a number becomes a figure (the words are data: ``data/narrative_words.csv``, read once):
1. Numbers as Vietnamese write them: "98,5%", "1.245", "17/17", "01", "100 phần trăm", small number words
   ("mười hai mô hình"). A date ("15/5/2016"), a document's number ("05-CT/TW", "1234/QĐ-UBND"), a range
   ("2016-2021") is never one; neither is a number right after "ngày", "năm", "số", "lần thứ", "Chỉ thị" …
   (``not_figure_before``), a change ("tăng 12 mô hình", ``change``), a target ("phấn đấu …", ``target``), a rule
   per unit ("mỗi chi bộ ít nhất 01 mô hình", ``distributive``), nor anything in the report's part of targets
   (after a heading "Phương hướng, nhiệm vụ …"), nor a duration ("12 tháng", ``duration``), nor a count whose own
   predicate says they did not or did badly ("4 mô hình chưa có kết quả", ``count_not``): a subset, not the total.
2. Its noun, right after it ("98% đảng viên", "65 mô hình tập thể", "24 tin, bài"; ``noun``) or, for a rate,
   before it ("tỷ lệ đảng viên đăng ký đạt 98%"). A rate may name several populations ("100% đảng viên, CCVC,
   LLVT"): one figure each. A count of members followed by their rate ("312/320 đảng viên (97,5%)", "312 đảng viên
   đăng ký, đạt 97,5%") is one figure, the rate, with its numerator and denominator; so are a rate and its counts in
   brackets after its predicate ("100% chi bộ … năm 2023 (312/312 chi bộ)"). A label counts its first noun ("Số chi
   bộ chưa có mô hình: 03" counts cells, which lack models).
3. The noun's class says how its metric is found (``class``): a share of members by what they did ("đăng ký":
   ``frame``), models by the word after "mô hình" ("tập thể", "mới", "điểm"), a bare "N tập thể" by the word that
   governs it (a model, a commendation, a proposal to the level above), news items by where they went (the
   bulletin, the radio, social networks). ``rule`` rows map (rate or count, class, frame) to a metric.
4. Parts of one metric's figure listed side by side ("55 bản tin, 25 bài viết" on the radio) are summed, plans listed
   one by one with words of their own ("01 kế hoạch thực hiện chuyên đề, 01 hướng dẫn …") and plans of the same
   committee's organs in two clauses ("Ban Thường vụ Huyện ủy … 03 kế hoạch; Ban Tuyên giáo Huyện ủy … 02 hướng dẫn")
   too; a part after "trong đó" of a count of the same kind of item ("72 tin, bài, trong đó 15 phóng sự"; "21 tập thể
   …, trong đó 04 tập thể ở khối cơ quan") is none. Neither is a count of both kinds ("25 tập thể, cá nhân"), a plans
   count beside a plan named by its number ("Ban hành Kế hoạch 120-KH/HU …, cùng 04 hướng dẫn") unless the sentence's
   committee issued it under its own code ("Huyện ủy … ban hành Kế hoạch số 42-KH/HU và 02 hướng dẫn" is 3), models
   appraised ("thẩm định 17 mô hình", ``model_appraise``), nor a union members' rate of one association ("70% hội
   viên phụ nữ", ``association``). A medium named after a count that opens the next count's clause ("…, còn Đài
   truyền thanh xã phát 30 bản tin") is that count's.

The unit and the year are the caller's (from the title block), except where the sentence says otherwise: "năm 2022
có …" in a 2023 report is 2022's figure, and so is a rate in brackets after it ("tăng 0,15% so với năm 2022
(99,6%)"); "xã Long Sơn có 5 mô hình" keeps the caller's unit and gives the commune's name as written
(``unit_name``) for the desk to decide (``etl.tables.narrative_units``): a figure of a named sub-unit is never the
report's own.

The vocabulary and the numbers are read in ``etl.tables.narrative_numbers``, a sentence's tokens and phrases in
``etl.tables.narrative_sentence``; the rules above are here.

Offsets (``start``, ``end``, ``text_start``) count characters of the paragraph in NFC, which is how the readers
give it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from etl.reference.catalog import Catalog, default_catalog
from etl.tables.narrative_numbers import (  # noqa: F401 - WORDS_CSV and _vocabulary are this module's API too
    _SPELLED,
    WORDS_CSV,
    _Num,
    _sentences,
    _Tok,
    _Vocabulary,
    _vocabulary,
)
from etl.tables.narrative_sentence import (
    _connector_words,
    _Fig,
    _next_figure,
    _outside_brackets,
    _search,
    _Sentence,
    _tokens,
)
from etl.tables.narrative_units import (
    _each_named,
    _joint_names,
    _levels,
    _named_stretch,
    _names_commune,
    _names_unit,
    _other_subject,
    _ranked_name,
    _respective_nouns,
    _respectively,
    _together,
    _unit_name,
)

_POPULATIONS = ("party_members", "civil_servants", "union_members", "party_cells", "units")
_GOVERNORS = ("models", "commend", "propose")
_MEDIA = ("social", "radio", "print")
_HOLDING = frozenset({"có", "duy", "tổng", "hiện"})  # "có", "duy trì", "tổng số", "hiện có": what a unit has
_COMPLETED = frozenset({"đã", "hoàn", "thành", "xong", "việc", "này", "thực", "hiện", "đều", "đạt", "có", "kết", "quả"})
_PROPOSE_REACH = 16  # tokens from "đề nghị" to the commendation verb it governs ("đề nghị Tỉnh ủy khen thưởng")
_PROPOSED_REACH = 8  # words after a commended count where "được đề nghị" makes it proposed
_PROPOSE_GAP = 10  # at most this many tokens between them: who is asked ("Ban Thường vụ Tỉnh ủy Nghệ An")
_KIND_REACH = 6  # words after a models count that may still say its kind ("3 mô hình được chọn làm mô hình điểm")
_SENTENCE_MAX = 2000  # characters: a longer sentence is read clause by clause, a longer clause is no prose
_LABEL_MAX = 20  # words of a label before its colon ("Tin, bài trên Bản tin huyện: 24")
_NEGATION_REACH = 3  # words before a frame word where "chưa", "không" deny it ("chưa xây dựng kế hoạch")
_TOTAL_REACH = 12  # words from "tổng số" to the linking word of its count ("tổng số mô hình toàn huyện lên 162")
_SUBSET_REACH = 5  # words after a count where "chưa", "bị", "kém hiệu quả" make it a subset ("4 mô hình chưa …")
_OLD_REACH = 10  # words after a models count that may still say they are carried over ("… từ các năm trước")
_FIELD_REACH = 4  # words after a models count where a field makes it a part ("40 mô hình trong lĩnh vực kinh tế")
_DIRECT_REACH = 5  # words before members' registration where a cell's "chỉ đạo" makes it the cell's
_ORGAN_WORDS = 6  # words of an organ's name up to its committee ("Ủy ban Kiểm tra Huyện ủy")
_MIXED_REACH = 6  # words after a count of documents that may say some are guidance ("03 văn bản chỉ đạo, hướng dẫn")


@dataclass
class Proposal:
    """One figure the narrative states, as the desk proposes it."""

    metric: str
    value: float  # percent units for rates (98.5, not 0.985)
    qualifier: str | None  # the bounding word as written, lower case: "trên", "gần", ">" …; None when exact
    unit_code: str | None
    year: int | None
    paragraph: int  # 1-based
    start: int  # the number's span in the paragraph (NFC), for highlighting
    end: int
    text: str  # the sentence
    text_start: int = 0  # where the sentence starts in the paragraph
    numerator: float | None = None
    denominator: float | None = None
    bound: str | None = None  # the qualifier's meaning (etl.reference.bounds): ">", ">=", "<", "<=", "~"
    unit_name: str | None = None  # a commune the sentence names for this figure, as written
    cue: str = ""  # the words that named the metric ("đảng viên … đăng ký")

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "metric": self.metric, "value": self.value, "qualifier": self.qualifier, "unit_code": self.unit_code,
            "year": self.year, "paragraph": self.paragraph, "text": self.text, "start": self.start, "end": self.end,
            "text_start": self.text_start, "bound": self.bound, "cue": self.cue,
        }
        if self.numerator is not None:
            out["numerator"] = self.numerator
        if self.denominator is not None:
            out["denominator"] = self.denominator
        if self.unit_name:
            out["unit_name"] = self.unit_name
        return out


# ---------------------------------------------------------------------------------------------------- figures


def _build_figures(s: _Sentence) -> list[_Fig]:
    toks, figs = s.toks, []
    for k, tok in enumerate(toks):
        if tok.kind != "n" or tok.num is None or not tok.num.figure or tok.num.value is None or k in s.consumed:
            continue
        num = tok.num
        fig = _Fig(k, num, lead=k, after=k + 1, span=(tok.start, tok.end))
        qual = s.before(k, "qualifier")
        if qual and num.denominator is None and not num.spelled:
            fig.lead = qual[0]
            fig.qualifier = s.written(qual[0], k).lower()
            fig.bound = qual[1]
        # what the words before it make of it
        if s.before(fig.lead, "denominator_lead"):
            fig.denominator_lead = True
        elif s.before(fig.lead, "allow_before"):
            pass
        elif s.before(fig.lead, "not_figure_before"):
            fig.skip = "reference"
        if s.before(fig.lead, "change") or (fig.lead != k and s.before(k, "change")):
            added = s.before(fig.lead, "added")
            change = s.before(fig.lead, "change")
            if added and change and change[0] >= added[0]:
                fig.added = True  # "có thêm 23 mô hình mới": the new ones; "có thêm 5 mô hình": a change
            else:
                fig.skip = "change"
        rng = s.before(fig.lead, "range_to")
        if rng and rng[0] > 0 and toks[rng[0] - 1].kind in ("n", "p", "w") and _ends_number(s, rng[0]) \
                and rng[1] == "range":
            fig.skip = "range"
        if not num.pct and s.at(k + 1, "duration"):
            fig.skip = "duration"  # "12 tháng", "sau 06 tháng": a duration, never a count
        # its own: a bracketed ratio after a rate, "trở lên"
        p = k + 1
        p = _bracketed_ratio(s, fig, p)
        after = s.at(p, "qualifier_after")
        if after and fig.qualifier is None:
            fig.qualifier = s.written(p, after[0]).lower()
            fig.bound = after[1]
            p = after[0]
        fig.after = p
        if s.before(fig.lead, "range_from"):
            nxt = s.at(_skip_nouns_peek(s, p), "range_to")
            if nxt and nxt[0] < len(toks) and (toks[nxt[0]].kind == "n" or s.before(nxt[0] + 1, "qualifier")):
                fig.skip = "range"
        _read_nouns(s, fig)
        figs.append(fig)
    return figs


def _ends_number(s: _Sentence, i: int) -> bool:
    """Token i-1 closes a number ("5 đến", "90% đến", "5 mô hình đến")."""
    j = i - 1
    while j >= 0 and s.toks[j].kind == "w" and i - j <= 3:
        j -= 1
    return j >= 0 and s.toks[j].kind == "n"


def _skip_nouns_peek(s: _Sentence, p: int) -> int:
    hit = s.at(p, "noun")
    return hit[0] if hit else p


def _bracketed_ratio(s: _Sentence, fig: _Fig, p: int) -> int:
    """ "97,5% (312/320)", "98,5% (1.245/1.264 đảng viên)", "97,5% (312 đảng viên)": the rate's numerator (and
    denominator), and its noun when it has none yet; returns the first token after the brackets."""
    toks = s.toks
    if not (fig.num.pct and p + 2 < len(toks) and toks[p].norm == "(" and toks[p + 1].kind == "n"):
        return p
    ratio = toks[p + 1].num
    if ratio is None or not ratio.figure or ratio.pct or ratio.value is None:
        return p
    nouns, end = _noun_list(s, p + 2, True)
    if end >= len(toks) or toks[end].norm != ")" or (ratio.denominator is None and not nouns):
        return p
    if nouns and not fig.nouns:
        if not all(any(c in _POPULATIONS for c in n[0].split("|")) for n in nouns):
            return p
        fig.nouns = nouns
    fig.numerator, fig.denominator = ratio.value, ratio.denominator
    fig.span = (fig.span[0], toks[end].end)
    s.in_noun.update(range(p, end + 1))
    s.consumed.add(p + 1)
    return end + 1


def _noun_list(s: _Sentence, p: int, many: bool) -> tuple[list[tuple[str, tuple[str, ...], int, int]], int]:
    nouns: list[tuple[str, tuple[str, ...], int, int]] = []
    while True:
        q = p
        for _ in range(2):
            prefix = s.at(q, "noun_prefix")
            if prefix:
                q = prefix[0]
        hit = s.at(q, "noun")
        if hit is None:
            break
        end = hit[0]
        suffix = s.at(end, "noun_suffix")
        if suffix:
            end = suffix[0]
        nouns.append((hit[1], hit[2], q, end))
        p = end
        if not many:
            break
        joint = s.at(p, "connector")
        if joint is None or s.at(joint[0], "noun") is None and s.at(joint[0], "noun_prefix") is None:
            break
        p = joint[0]
    return nouns, p


def _read_nouns(s: _Sentence, fig: _Fig) -> None:
    if fig.nouns:  # from its brackets
        fig.noun_end = fig.pred_from = fig.after
        return
    many = fig.num.pct or fig.num.denominator is not None
    nouns, end = _noun_list(s, fig.after, many)
    if nouns and fig.num.pct:
        end = _bracketed_ratio(s, fig, end)  # "97,5% đảng viên (312/320)"
    fig.nouns, fig.noun_end = nouns, end
    fig.pred_from = end
    for _, _, a, b in nouns:
        s.in_noun.update(range(a, b))


def _label(s: _Sentence, fig: _Fig) -> tuple[int, int] | None:
    """A label before a colon that opens the figure's clause ("- Số kế hoạch, hướng dẫn ban hành: 12 văn bản"):
    the tokens [from, to) of its words, its opening marks and "Số" left out."""
    colon = fig.lead - 1
    if colon < 1 or s.toks[colon].norm != ":":
        return None
    lo = s.clause_start(fig.k)
    while lo < colon and (hit := s.at(lo, "label_prefix", check=False)) is not None and hit[0] <= colon:
        lo = hit[0]
    if colon - lo > _LABEL_MAX or any(t.kind == "n" for t in s.toks[lo:colon]):
        return None
    return lo, colon


def _label_kind(s: _Sentence, fig: _Fig) -> str | None:
    """The kind of models a label names ("Mô hình tập thể: 40 mô hình")."""
    label = _label(s, fig)
    if label is None:
        return None
    for _, b, classes in s.find(label[0], label[1], "noun", nouns_too=True):
        kind = s.at(b, "model_kind")
        if "models" in classes.split("|") and kind and kind[0] <= label[1]:
            return kind[1]
    return None


def _noun_before(s: _Sentence, fig: _Fig) -> None:
    """A count after its noun and a linking word: "tổng số mô hình là 96", "mô hình tập thể: 65"; a models count
    right after "mô hình" and its kind, in a list: "mô hình tập thể 65, mô hình cá nhân 31"."""
    if fig.num.spelled:
        return
    link = s.before(fig.lead, "link")
    if link is None:
        bare = s.before(fig.lead, "noun")
        nxt = s.toks[fig.after].norm if fig.after < len(s.toks) else "."
        if bare and set(bare[1].split("|")) & {"collective", "individual"} and nxt in (",", ";", ".", ")", "và") \
                and (bare[0] == 0 or s.toks[bare[0] - 1].norm in ("(", ",", ":", ";", "và")
                     or s.before(bare[0], "part_lead")):  # "4.652 mô hình (tập thể 2.870, cá nhân 1.782)"
            fig.nouns = [(bare[1], bare[2], bare[0], fig.lead)]
            s.in_noun.update(range(bare[0], fig.lead))
            fig.lookback = True
            return
        kind = s.before(fig.lead, "model_kind")
        models = s.before(kind[0], "noun") if kind else None
        nxt = s.toks[fig.after].norm if fig.after < len(s.toks) else "."
        if kind and models and "models" in models[1].split("|") and nxt in (",", ";", ".", ")", "và"):
            fig.nouns = [(models[1], models[2], models[0], kind[0])]
            s.in_noun.update(range(models[0], kind[0]))
            fig.lookback = True
            fig.kind_at = kind[0]
        return
    i = link[0]
    label = _label(s, fig)

    def counted(start: int) -> bool | None:
        """The noun at ``start`` is what is counted (True), what the counted ones lack (None: no figure), or not
        the label's noun (False: "- Số đảng viên tham gia mô hình: 120" counts members)."""
        if _negated(s, start):
            return None  # "Số chi bộ chưa có mô hình: 03"
        if label is not None:
            first, end = _noun_list(s, label[0], False)
            if first and end <= start:
                return False
        return True

    kind = s.before(i, "model_kind")
    if kind:
        models = s.before(kind[0], "noun")
        verdict = counted(models[0]) if models else True
        if verdict is None:
            return
        if models and verdict and "models" in models[1].split("|"):
            fig.nouns = [(models[1], models[2], models[0], kind[0])]
            s.in_noun.update(range(models[0], kind[0]))
            fig.lookback = True
            fig.kind_at = kind[0]
            return
    hit = s.before(i, "noun")
    verdict = counted(hit[0]) if hit else True
    if verdict is None:
        return
    if hit and verdict:
        fig.nouns = [(hit[1], hit[2], hit[0], i)]
        s.in_noun.update(range(hit[0], i))
        fig.lookback = True
        return
    cs = s.clause_start(fig.k)
    for j in range(i - 1, max(cs, i - _TOTAL_REACH) - 1, -1):  # "nâng tổng số mô hình toàn huyện lên 162"
        if s.toks[j].kind == "n":
            break
        total = s.at(j, "total_lead")
        noun = s.at(total[0], "noun") if total else None
        if noun and noun[0] <= i:
            fig.nouns = [(noun[1], noun[2], total[0], noun[0])]
            s.in_noun.update(range(total[0], noun[0]))
            fig.lookback = True
            return
    if label is not None:  # "Số kế hoạch, hướng dẫn ban hành: 12 văn bản", "- Tin, bài trên Bản tin huyện: 24"
        nouns, end = _noun_list(s, label[0], False)
        if nouns and end <= label[1]:
            fig.nouns = nouns
            s.in_noun.update(range(nouns[0][2], end))
            fig.lookback = True
            kind = s.at(end, "model_kind")
            if "models" in nouns[0][0].split("|") and kind and kind[0] <= label[1]:
                fig.kind_at = end


def _carry_label_noun(s: _Sentence, fig: _Fig, head: _Fig) -> None:
    """A later item of a heading's list whose label names only where or how ("…: 30; phát trên loa truyền thanh:
    96; chia sẻ trên mạng xã hội: khoảng 1.200"): the heading's noun, carried. Not a label of its own ("số người
    xem: 1.200", "lượt chia sẻ: 350")."""
    label = _label(s, fig)
    if label is None or s.clause[head.k] == s.clause[fig.k]:
        return
    lo, hi = label
    if lo >= hi or s.at(lo, "noun_prefix") or s.at(lo, "label_prefix") or s.find(lo, hi, "noun", nouns_too=True):
        return
    if s.toks[lo].kind != "w" or not s.find(lo, hi, "frame", nouns_too=True) or s.find(lo, hi, "competing"):
        return
    fig.nouns = head.nouns
    fig.lookback = True


def _lookback(s: _Sentence, fig: _Fig, lo: int, figs: list[_Fig] | None = None) -> None:
    """A rate without a noun after it: its population is before it ("tỷ lệ đảng viên đăng ký đạt 98%"); a clause
    that names nothing before its rate continues the sentence's previous rate ("tỷ lệ đảng viên đăng ký là 97%; năm
    2023 nâng lên 98,6%")."""
    def population(nouns: list[tuple[str, tuple[str, ...], int, int]]) -> bool:
        return bool(nouns) and all(any(c in _POPULATIONS for c in n[0].split("|")) for n in nouns)

    def take(nouns: list[tuple[str, tuple[str, ...], int, int]], pred_from: int) -> None:
        fig.nouns = nouns
        fig.lookback = True
        fig.pred_from = pred_from
        for _, _, a, b in nouns:
            s.in_noun.update(range(a, b))

    frame = s.before(fig.lead, "frame")
    if frame and frame[1] == "register":  # "đoàn viên, hội viên đăng ký 21.530/30.120 người"
        named = [n for n in _populations_in(s, lo, frame[0]) if n[-1][3] == frame[0]]
        if named:
            take(named[-1], fig.after)
            return
    rates = s.find(lo, fig.lead, "rate_word", nouns_too=True)
    if rates:
        nouns, _ = _noun_list(s, rates[-1][1], True)
        if population(nouns):
            take(nouns, nouns[-1][3])
            return
        if nouns:
            return
        named = _populations_in(s, lo, rates[-1][0])
        if len(named) == 1:  # "Đối với công chức, viên chức … chưa phải là đảng viên, tỷ lệ đăng ký đạt 91,3%"
            take(named[0], named[0][-1][3])
            return
    item = _list_item(s, fig, lo)
    if item is not None:  # "Tỷ lệ đăng ký: đảng viên 98,7%; CCVC, LLVT không là đảng viên 92%"
        take(item, fig.after)
        return
    if not (s.before(fig.lead, "link") or (fig.lead > 0 and s.toks[fig.lead - 1].norm in (":", "("))
            or _ranked_name(s, fig.lead)):
        return
    i = lo
    while i < fig.lead:  # the first population named ("Việc hướng dẫn đoàn viên, hội viên … đạt hơn 45%")
        if _names_commune(s, i):
            i += 1
            while i < fig.lead and s.toks[i].kind == "w" and s.toks[i].text[:1].isupper():
                i += 1
            continue
        if i not in s.in_noun:
            nouns, end = _noun_list(s, i, True)
            if nouns and end <= fig.lead and all(any(c in _POPULATIONS for c in n[0].split("|")) for n in nouns):
                fig.nouns = nouns
                fig.lookback = True
                fig.pred_from = end
                for _, _, a, b in nouns:
                    s.in_noun.update(range(a, b))
                return
            if nouns:
                i = end
                continue
        i += 1
    if figs:  # "Tỷ lệ đảng viên đăng ký năm 2023 đạt 81,6%, năm 2022 đạt 78%": the same rate, another year
        prev = next((f for f in reversed(figs) if f.k < fig.k and f.skip is None), None)
        if prev is not None and prev.nouns and s.clause[prev.k] == s.clause[fig.k] and prev.num.pct \
                and population(prev.nouns) and _another_year(s, max(prev.after, prev.noun_end), fig.lead):
            take(prev.nouns, fig.after)
            return
    if figs and fig.num.pct and (_compared_year(s, fig) is not None or _compared_prior(s, fig)):
        # "đạt 99,75%, tăng 0,15% so với năm 2022 (99,6%)": the same rate, the year compared with
        prev = next((f for f in reversed(figs) if f.k < fig.k and f.skip is None and f.nouns and f.num.pct
                     and s.clause[f.k] == s.clause[fig.k]), None)
        if prev is not None and population(prev.nouns):
            take(prev.nouns, fig.after)
            return
    if figs:  # "Xã Long Sơn có 100% đảng viên đăng ký, xã Hiệp Hòa đạt 98,4%": the same rate, another commune's
        prev = next((f for f in reversed(figs) if f.k < fig.k and f.skip is None), None)
        ends = fig.after >= len(s.toks) or s.toks[fig.after].norm in (".", ",", ";", ")")  # "… đạt 98,4%."
        if prev is not None and prev.nouns and prev.num.pct == fig.num.pct and population(prev.nouns) and ends \
                and s.clause[prev.k] == s.clause[fig.k] and _named_stretch(s, max(prev.after, prev.noun_end), fig.lead):
            take(prev.nouns, fig.after)
            return
    if figs and not [h for h in s.find(s.clause_start(fig.k), fig.lead, "noun", nouns_too=True)
                     if not _names_commune(s, h[0])]:  # "…; riêng thị trấn Lam Sơn đạt 100%"
        prev = next((f for f in reversed(figs) if f.k < fig.k and f.nouns and f.skip is None
                     and (f.num.pct or f.num.denominator is not None)
                     and all(any(c in _POPULATIONS for c in n[0].split("|")) for n in f.nouns)), None)
        if prev is not None and s.clause[prev.k] != s.clause[fig.k]:
            fig.nouns = prev.nouns
            fig.lookback = True
            fig.pred_from = fig.after


def _another_year(s: _Sentence, lo: int, hi: int) -> bool:
    """Tokens [lo, hi) are only ", năm YYYY" (or "(năm YYYY") and a linking word: the next figure is the same
    metric's, that year's ("đạt 98,2% (năm 2021 là 96,5%)"); the brackets may follow the rate's predicate ("95% CCVC
    … đăng ký (năm 2022 đạt 91%)")."""
    toks = s.toks
    opening = next((i for i in range(lo, hi) if toks[i].kind != "w"), hi)
    if opening < hi and toks[opening].norm == "(":
        lo = opening
    if hi - lo < 4 or toks[lo].norm not in (",", "(") or toks[lo + 1].norm != "năm" or not _is_year(toks[lo + 2]) \
            or toks[lo + 2].num is None or toks[lo + 2].num.value is None:
        return False
    link = s.at(lo + 3, "link")
    return link is not None and link[0] == hi and toks[lo + 3].norm != ":"


def _populations_in(s: _Sentence, lo: int, hi: int) -> list[list[tuple[str, tuple[str, ...], int, int]]]:
    """Each list of populations named in tokens [lo, hi) ("công chức, viên chức … chưa phải là đảng viên")."""
    out = []
    i = max(lo, 0)
    while i < hi:
        nouns, end = _noun_list(s, i, True) if i not in s.in_noun else ([], i)
        if nouns and end <= hi:
            if all(any(c in _POPULATIONS for c in n[0].split("|")) for n in nouns):
                out.append(nouns)
            i = end
            continue
        i += 1
    return out


def _list_item(s: _Sentence, fig: _Fig, lo: int) -> list[tuple[str, tuple[str, ...], int, int]] | None:
    """The populations of one item of a list after a heading's colon, right before the rate it is given: "…: đảng
    viên 98,7%; CCVC, LLVT không là đảng viên 92%", "…: đảng viên 98%, CCVC 85%". The item opens its clause, or
    follows the colon, or follows the previous item's number and a comma; the sentence has a colon before it."""
    toks = s.toks
    colon = any(t.norm == ":" for t in toks[:fig.lead])
    if not colon and not (fig.num.pct and s.find(s.clause_start(fig.k), fig.lead, "rate_word", nouns_too=True)):
        return None  # "tỷ lệ đảng viên đăng ký 99,1%, CCVC 96,5%, đoàn viên, hội viên trên 85%": the rate word's list
    for i in range(max(lo, s.clause_start(fig.k)), fig.lead):
        after_rate = toks[i - 1].norm == "," and i >= 2 and toks[i - 2].kind == "n"
        opens = after_rate if not colon else (i == s.clause_start(fig.k) or toks[i - 1].norm == ":" or after_rate)
        if not opens or i in s.in_noun:
            continue
        nouns, end = _noun_list(s, i, True)
        if nouns and end == fig.lead and all(any(c in _POPULATIONS for c in n[0].split("|")) for n in nouns):
            return nouns
    return None


def _merge_counts(s: _Sentence, figs: list[_Fig]) -> None:
    """A count of members and their rate are one figure: "312/320 đảng viên (97,5%)", "312 đảng viên đăng ký trên
    tổng số 320, đạt 97,5%"; a count of members over a stated total is a rate ("… trên tổng số 320 đảng viên")."""
    def population(f: _Fig) -> bool:
        return bool(f.nouns) and all(any(c in _POPULATIONS for c in n[0].split("|")) for n in f.nouns)

    for n, fig in enumerate(figs):
        if fig.skip or not fig.denominator_lead:
            continue
        prev = next((f for f in reversed(figs[:n]) if not f.skip and f.k < fig.k), None)
        if prev and s.clause[prev.k] == s.clause[fig.k] and not prev.num.pct and prev.num.denominator is None \
                and population(prev) and fig.num.value:
            prev.num = _Num(prev.num.value, denominator=fig.num.value)
            prev.span = (prev.span[0], fig.span[1])
            fig.skip = "denominator"
            s.in_noun.update(range(fig.lead, fig.noun_end))
    for n, fig in enumerate(figs):
        if fig.skip or not fig.num.pct or fig.nouns:
            continue
        prev = next((f for f in reversed(figs[:n]) if f.skip in (None, "denominator") and f.k < fig.k
                     and f.skip is None), None)
        if prev is None or s.clause[prev.k] != s.clause[fig.k] or prev.num.pct or not population(prev):
            continue
        if any(t.kind == "n" and t.num is not None and t.num.figure for t in s.toks[prev.noun_end:fig.lead]) \
                and not all(f.skip == "denominator" for f in figs if prev.noun_end <= f.k < fig.lead):
            continue
        closing = fig.lead > 0 and (s.before(fig.lead, "link") or s.toks[fig.lead - 1].norm in ("(", ",", ":"))
        if not closing:
            continue
        fig.nouns = prev.nouns
        fig.numerator = prev.num.value
        fig.denominator = prev.num.denominator
        fig.span = (prev.span[0], fig.span[1])
        fig.pred_from = prev.noun_end
        prev.skip = "merged"
        if fig.after < len(s.toks) and s.toks[fig.after].norm == ")" and s.toks[fig.lead - 1].norm == "(":
            fig.span = (fig.span[0], s.toks[fig.after].end)  # "312/320 đảng viên (97,5%)"
            fig.after += 1
        fig.noun_end = fig.after


def _registered_of_total(s: _Sentence, figs: list[_Fig]) -> None:
    """A count of members a unit has, then the count of them who registered: "hiện có 3.915 đảng viên; số đảng viên
    đăng ký học tập và làm theo là 3.902 đồng chí" is one rate, 3.902/3.915. Only when plainly so: the total right
    after "có" with nothing done in its own words, the next figure of the sentence the same population's count,
    registration said between them or in its own words, no unit named between, no other count of them in their
    clauses (the total's parts listed: "220 chi bộ (97 chi bộ ấp, khóm và 123 chi bộ ngành)")."""
    toks = s.toks
    for n, total in enumerate(figs[:-1]):
        part = figs[n + 1]
        if total.skip or part.skip or not total.nouns or not part.nouns or total.num.pct or part.num.pct \
                or total.num.denominator is not None or part.num.denominator is not None \
                or total.qualifier or part.qualifier or total.nouns[0][0] != part.nouns[0][0] \
                or not any(c in _POPULATIONS for c in total.nouns[0][0].split("|")) \
                or not (total.num.value and part.num.value and part.num.value <= total.num.value):
            continue
        if not any(toks[i].norm == "có" for i in range(max(total.lead - 2, 0), total.lead)):
            continue  # "hiện có 3.915 đảng viên", "có 320 đảng viên"
        between = [i for i in range(total.noun_end, part.lead) if i not in s.in_noun]
        others = [f for f in figs if f is not total and f is not part and f.nouns and not f.num.pct
                  and f.num.denominator is None and f.nouns[0][0] == part.nouns[0][0]
                  and s.clause[f.k] in (s.clause[total.k], s.clause[part.k])]
        if others or any(toks[i].norm in ("(", ")") for i in range(total.noun_end, part.lead)):
            continue  # "220 chi bộ … (97 chi bộ ấp, khóm và 123 chi bộ ngành)": its parts, listed
        own = [i for i in range(part.noun_end, s.clause_end(part.k)) if toks[i].kind == "w"]
        registered = [h for h in _search(s, between, "frame", {"register"}) + _search(s, own, "frame", {"register"})
                      if not _negated(s, h[0])]
        if registered and any(h[0] < registered[0][0] for h in _search(s, between + own, "competing")):
            continue  # "có 320 đảng viên, kết nạp 12 đảng viên mới đăng ký": something else done first
        if not registered or any(
                _names_commune(s, i) for i in between) or s.find(total.noun_end, part.lead, "negation"):
            continue
        part.num = _Num(part.num.value, denominator=total.num.value)
        part.span = (total.span[0], part.span[1])
        total.skip = "denominator"


def _ratio_after(s: _Sentence, figs: list[_Fig]) -> None:
    """A rate's counts in brackets after what its members (or cells, units …) did: "100% đảng viên đăng ký (412/412
    đảng viên)", "100% chi bộ … xây dựng kế hoạch năm 2023 (đạt 312/312 chi bộ, 100%)" is one figure, with its
    numerator and denominator, when they agree with it (within a point). Between the rate and the brackets no other
    figure (a year is none); in the brackets at most a linking word or two before the ratio, and after it only its
    noun, words and the rate again."""
    toks = s.toks
    for n, fig in enumerate(figs):
        if fig.skip or not fig.num.pct or not fig.nouns or fig.numerator is not None:
            continue
        ce = s.clause_end(fig.k)
        start = max(fig.noun_end, fig.after)
        later = [f for f in figs[n + 1:] if f.k < ce]
        opening = next((i for i in range(start, ce) if toks[i].norm == "(" and i not in s.in_noun), None)
        if opening is None or any(f.skip is None and f.k < opening for f in later):
            continue
        close = next((i for i in range(opening + 1, ce) if toks[i].norm in ("(", ")")), None)
        if close is None or toks[close].norm != ")":
            continue
        inside = [f for f in later if opening < f.k < close]
        ratio = next((f for f in inside if f.num.denominator is not None and f.skip in (None, "merged")), None)
        if ratio is None or not ratio.num.denominator or ratio.num.value is None or ratio.qualifier:
            continue
        lead = [t for t in toks[opening + 1:ratio.lead]]
        if len(lead) > 2 or any(t.kind != "w" for t in lead):
            continue
        value = 100.0 * ratio.num.value / ratio.num.denominator
        if abs(value - (fig.num.value or 0.0)) > 1:
            continue
        if ratio.nouns and {c for n_ in ratio.nouns for c in n_[0].split("|")}.isdisjoint(
                {c for n_ in fig.nouns for c in n_[0].split("|")}):
            continue
        if any(f is not ratio and f.skip in (None, "merged") and not (
                f.num.pct and abs((f.num.value or 0.0) - (fig.num.value or 0.0)) <= 1) for f in inside):
            continue  # another figure in the brackets: not only this rate's counts
        fig.numerator, fig.denominator = ratio.num.value, ratio.num.denominator
        for f in inside:
            f.skip = "ratio"
        s.in_noun.update(range(opening, close + 1))


# ---------------------------------------------------------------------------------------------------- frames


def _post(s: _Sentence, figs: list[_Fig], fig: _Fig, share: bool = True) -> list[int]:
    """The tokens of its predicate: after its noun up to the next figure or the end of its clause; when only a
    connector is there ("98% đảng viên và 80% CCVC … đăng ký"), the next figure's predicate too."""
    start = fig.pred_from if fig.pred_from >= 0 else fig.noun_end
    end = s.clause_end(fig.k)
    nxt = _next_figure(figs, fig)
    if nxt is not None and nxt.lead < end:
        end = max(nxt.lead, start)
    out = [i for i in range(start, end) if i not in s.in_noun]
    if share and nxt is not None and nxt.lead == end and s.clause[nxt.k] == s.clause[fig.k]:
        joints = _connector_words(s.v)
        if all(s.toks[i].norm in joints for i in out) or (
                out and s.toks[out[-1]].norm in joints and not _search(s, out, "frame")
                and not _search(s, out, "competing")):
            # "98% đảng viên và 80% CCVC … đăng ký", "26/26 chi bộ ngành huyện và 220/220 chi bộ … xây dựng kế hoạch"
            if nxt.skip == "merged":  # "… và 674/703 CCVC … (95,87%) đã đăng ký": the rate it was merged into
                nxt = next((f for f in figs if f.k > nxt.k and f.pred_from == nxt.noun_end), nxt)
            return out + _post(s, figs, nxt)
    if share and nxt is not None and [s.toks[i].norm for i in out] == [";"] and out[0] + 1 == nxt.lead \
            and fig.num.pct and nxt.num.pct and fig.nouns and nxt.nouns:
        return out + _post(s, figs, nxt)  # "98,7% cán bộ, đảng viên; 91,2% công chức, viên chức … đăng ký"
    return out


def _negated(s: _Sentence, i: int) -> bool:
    """A negation among the few words before token i, in the same stretch of words ("chưa xây dựng kế hoạch");
    the "không" of a noun ("CCVC không là đảng viên") is no negation."""
    j = i
    while j > 0 and i - j < _NEGATION_REACH and s.toks[j - 1].kind == "w" and j - 1 not in s.in_noun:
        if s.before(j, "negation"):
            return True
        j -= 1
    return False


def _leads_into(s: _Sentence, figs: list[_Fig], fig: _Fig, end: int) -> bool:
    """A frame word ending at token ``end`` governs a later figure: "… và được nhân rộng ở 15/17 xã"."""
    later = [f.lead for f in figs if f.k > fig.k]
    if not later:
        return False
    nxt = min(later)
    return nxt == end or (nxt > end and (hit := s.at(end, "lead_in")) is not None and hit[0] == nxt)


def _frames_in(s: _Sentence, idx: list[int], frames: set[str], directed: bool = True) -> list[tuple[int, int, str]]:
    """The frames of ``frames`` in tokens idx; for party cells ("cell_plan"), with ``directed``, members'
    registration directed by them is theirs: "100% chi bộ chỉ đạo đảng viên xây dựng kế hoạch cá nhân", "chỉ đạo,
    hướng dẫn đảng viên xây dựng kế hoạch cá nhân, kết quả có 112/112 chi bộ hoàn thành"."""
    if "cell_plan" not in frames:
        return _search(s, idx, "frame", frames)
    out = []
    for a, b, meaning in _search(s, idx, "frame", frames | {"register"}):
        if meaning == "register":
            if directed and not any(t.kind == "n" for t in s.toks[max(a - _DIRECT_REACH, 0):a]) \
                    and s.find(max(a - _DIRECT_REACH, 0), a, "cell_direct", nouns_too=True):
                out.append((a, b, "cell_plan"))
            continue
        out.append((a, b, meaning))
    return out


def _predicate(s: _Sentence, figs: list[_Fig], fig: _Fig, frames: set[str]) -> str | None:
    post = _post(s, figs, fig)
    if "cell_plan" in frames and [s.toks[i].norm for i in post if s.toks[i].kind == "w"] == ["hoàn", "thành"]:
        return "cell_plan"  # "Tỷ lệ chi bộ hoàn thành: 100%", "…; chi bộ hoàn thành 100%": the metric's own label
    hits = [h for h in _frames_in(s, post, frames) if not _leads_into(s, figs, fig, h[1])]
    good = [h for h in hits if not _negated(s, h[0])]
    if hits and not good:
        return None  # "2% đảng viên chưa đăng ký"
    competing = _search(s, post, "competing")
    if good:  # "tham gia học tập và đăng ký làm theo": the frame counts
        return good[0][2] if len({h[2] for h in good}) == 1 else None
    if competing and _search(s, _outside_brackets(s, post), "competing"):
        # what they did, not a remark in brackets: "đạt trên 98% đảng viên (đã trừ các đồng chí miễn sinh hoạt)"
        return None
    lo = 0 if fig.lookback else s.clause_start(fig.k)
    pre = [i for i in range(lo, fig.lead) if i not in s.in_noun]
    # directed before the count only when the cells' own predicate says they completed it, not "chỉ đạo đảng viên
    # đăng ký, 100% chi bộ kiểm tra …" (the cells did something else)
    completed = all(s.toks[i].norm in _COMPLETED for i in _outside_brackets(s, post) if s.toks[i].kind == "w")
    hits = [h for h in _frames_in(s, pre, frames, directed=completed) if not _negated(s, h[0])]
    if len({h[2] for h in hits}) == 1:
        return hits[-1][2]
    return None


def _governor(s: _Sentence, figs: list[_Fig], fig: _Fig) -> str | None:
    """What governs a bare "N tập thể": the nearest model, commendation or proposal before it in its clause, else
    after it, else before it in the sentence; a commendation right after "đề nghị" is a proposal."""
    def decide(i: int, meaning: str) -> str:
        if meaning == "commend":
            lo = max(s.clause_start(i), i - _PROPOSE_REACH)
            props = [h for h in s.find(lo, i, "frame", {"propose"}, nouns_too=True)
                     if not any(a < h[1] and h[0] < b for a, b, _ in
                                s.find(max(h[0] - 4, 0), h[1] + 2, "not_propose", nouns_too=True))
                     and h[1] + _PROPOSE_GAP >= i
                     and not any(t.kind == "n" or t.norm in (".", ":", "(") for t in s.toks[h[1]:i])]
            return "propose" if props else "commend"
        return meaning

    own = _own_commendation(s, figs, fig)
    if own is not None:
        return own  # "…, 02 tập thể được đề nghị UBND tỉnh tặng Bằng khen": not the commendation before it
    cs = s.clause_start(fig.k)
    pre = s.find(cs, fig.lead, "frame", set(_GOVERNORS), nouns_too=True)
    if pre:
        i, _, meaning = pre[-1]
        if meaning == "models":  # a models count governed by a commendation governs nothing: "biểu dương 15 mô
            verbs = s.find(cs, i, "frame", {"commend", "propose"}, nouns_too=True)  # hình và 10 cá nhân"
            resets = s.find(cs, i, "model_verb", nouns_too=True)
            if verbs and (not resets or resets[-1][0] < verbs[-1][0]):
                i, meaning = verbs[-1][0], verbs[-1][2]
            elif (head := _models_head(s, figs, i)) is not None and head.skip is None \
                    and _modifier(s, figs, head) not in ("-", "collective", "individual"):
                return None  # "xây dựng mới 15 mô hình (10 tập thể, 05 cá nhân)": parts of the new ones; not
                # "mô hình tập thể 118, cá nhân 68" (the models' other kind)
        return decide(i, meaning)
    post = _search(s, _post(s, figs, fig), "frame", set(_GOVERNORS))
    if post:
        first = [h for h in post if h[2] != "commend"]
        if first and first[0][0] < post[0][0] + _PROPOSED_REACH and first[0][2] == "propose":
            return "propose"  # "được đề nghị Tỉnh ủy khen thưởng"
        return decide(post[0][0], post[0][2]) if post[0][2] != "commend" else "commend"
    before = s.find(0, cs, "frame", set(_GOVERNORS), nouns_too=True)
    if before:
        return decide(before[-1][0], before[-1][2])
    return None


def _own_commendation(s: _Sentence, figs: list[_Fig], fig: _Fig) -> str | None:
    """What a bare count's own predicate, in its words up to a sign, says was done to it: proposed to the level above
    ("02 tập thể được đề nghị UBND tỉnh tặng Bằng khen", "03 cá nhân đề nghị cấp trên khen thưởng"; not "… tặng Giấy
    khen, đề nghị Tỉnh ủy khen thưởng 01 tập thể", the proposal is the next count's), or commended ("05 cá nhân được
    Huyện ủy khen thưởng" after another count's proposal); None when it says neither."""
    post = _post(s, figs, fig, share=False)
    if all(s.toks[i].norm in _connector_words(s.v) for i in post):
        post = _post(s, figs, fig)[len(post):]  # shared: "04 tập thể và 06 cá nhân được đề nghị …"
    words = post[:next((n for n, i in enumerate(post) if s.toks[i].kind != "w"), len(post))]
    hits = _search(s, words[:_PROPOSED_REACH], "frame", {"commend", "propose"})
    if not hits:
        return None
    a, b, meaning = hits[0]
    if any(s.toks[i].norm in _connector_words(s.v) for i in words if i < a):
        return None  # "… 30 cá nhân và đề nghị cấp trên khen thưởng 03 tập thể": a verb of its own, the next count's
    if meaning == "commend":
        return "commend" if words and s.toks[words[0]].norm == "được" else None
    return None if s.find(max(a - 4, 0), b + 2, "not_propose", nouns_too=True) else "propose"


def _modifier(s: _Sentence, figs: list[_Fig], fig: _Fig) -> str | None:
    """The kind of a models count: the word right after "mô hình" ("tập thể", "mới", "điểm"), "mới" shortly
    after or right before it; none is the total. A commendation or replication governing it: no metric."""
    _, _, _, end = fig.nouns[0]
    at = fig.kind_at if fig.kind_at >= 0 else end
    kind = s.at(at, "model_kind")
    found: str | None = "-"
    if kind:
        if kind[1] == "-":
            return None
        again = s.at(kind[0], "model_kind")
        if again and again[1] != kind[1]:
            return None  # "mô hình tập thể mới": in no one metric
        found = kind[1]
        s.in_noun.update(range(at, kind[0]))
        end = kind[0]
    post = [i for i in _post(s, figs, fig, share=False) if i >= end]
    ahead = s.before(fig.lead, "model_kind") if found == "-" else None
    if ahead and fig.kind_at < 0:  # "trong đó: tập thể 65 mô hình, cá nhân 31 mô hình"
        if ahead[1] == "-":
            return None
        found = ahead[1]
    elif found == "-" and fig.kind_at < 0 and (labelled := _label_kind(s, fig)) is not None:
        if labelled == "-":
            return None
        found = labelled  # "Mô hình tập thể: 40 mô hình"
    designated = False  # "04 mô hình được thẩm định là mô hình điểm cấp huyện": the appraisal made them pilots
    if found == "-":
        own_words = _own_words(s, post)
        later = {h[2] for h in _search(s, own_words[:_KIND_REACH + 2], "model_kind_after") if h[0] < (
            own_words[_KIND_REACH] if len(own_words) > _KIND_REACH else len(s.toks))}
        designated = later == {"pilot"} and s.at(post[0], "model_appraise") is None and any(
            s.toks[i].norm == "là" for i in own_words[:_KIND_REACH])
        if any(h[2] == "old" for h in _search(s, own_words[:_OLD_REACH], "model_kind_after")):
            later.add("old")  # "36 mô hình được duy trì từ các năm trước"
        if s.before(fig.lead, "model_new_before"):
            later.add("new")
        if "old" in later:
            return None  # "36 mô hình duy trì từ các năm trước": the old ones carried over
        if len(later) > 1:
            return None
        if later:
            found = later.pop()  # "15 mô hình được xây dựng mới", "3 mô hình được chọn làm điểm"
    if fig.added and found != "new":
        return None  # "có thêm 5 mô hình": a change
    if found == "-" and _a_part(s, figs, fig):
        return None  # "Mô hình điểm: 04, trong đó 02 mô hình về chuyển đổi số": a part, not the total
    if found == "-" and _before_a_total(s, figs, fig):
        return None  # "kế thừa 12 mô hình …, nâng tổng số lên 16 mô hình": a part of the total stated after it
    cs = s.clause_start(fig.k)
    ce = s.clause_end(fig.k)
    colon = next((i for i in range(fig.k, ce) if s.toks[i].norm == ":"), ce)  # after it: examples listed
    other_from = cs
    if found == "pilot":  # "Xã A có 01 mô hình điểm “Dân vận khéo”, xã B có 01 mô hình điểm “…”": each pilot's name
        colon = fig.lead
        last = max((f.k for f in figs if f.k < fig.k and s.clause[f.k] == s.clause[fig.k]), default=cs)
        other_from = max((i + 1 for i in range(last, fig.lead) if s.toks[i].norm == ","), default=cs)
    if s.find(other_from, colon, "model_other", nouns_too=True):
        return None  # "Mô hình “Dân vận khéo” được triển khai với 25 mô hình"
    prev = max((f.noun_end for f in figs if f.k < fig.k and f.nouns and s.clause[f.k] == s.clause[fig.k]),
               default=cs)
    own = next((n for n, i in enumerate(post) if s.toks[i].norm in (",", ";", ":")), len(post))
    if s.find(max(prev, cs), fig.lead, "model_field") or _search(s, post[:min(own, _FIELD_REACH)], "model_field"):
        return None  # "lĩnh vực kinh tế có 40 mô hình": one field's part
    # what governs it
    verbs = s.find(cs, fig.lead, "frame", {"commend", "propose"}, nouns_too=True)
    resets = s.find(cs, fig.lead, "model_verb", nouns_too=True)
    if verbs and (not resets or resets[-1][0] < verbs[-1][0]):
        return None  # "biểu dương 15 mô hình"; "nhân rộng được 326 mô hình tập thể" counts them
    into = s.before(fig.lead, "lead_in")
    spread = s.before(into[0], "frame") if into and s.toks[into[0]].norm != "được" else None
    if spread and spread[1] == "replicate":
        return None  # "nhân rộng ra 45 mô hình": copies of others, not the unit's models
    for kind in ("model_appraise", "model_inherited"):
        checks = s.find(cs, fig.lead, kind, nouns_too=True)
        if kind == "model_inherited":  # only its own count: not "15 mô hình kế thừa …, 5 mô hình xây dựng mới"
            checks = [h for h in checks if not any(t.kind == "n" or t.norm == "," for t in s.toks[h[1]:fig.lead])]
        if checks and (not resets or resets[-1][0] < checks[-1][0]):
            return None  # "thẩm định 17 mô hình đăng ký mới", "kế thừa 12 mô hình": not the year's models
    appraised = _search(s, post[:min(own, _KIND_REACH)], "model_appraise")
    if appraised and not designated and not _carried_out(s, appraised[-1][1]):
        return None  # "17 mô hình được thẩm định"; not "21 mô hình được thẩm định và triển khai"
    if any(not _leads_into(s, figs, fig, h[1])
           for h in _search(s, post[:_KIND_REACH], "frame", {"commend", "propose", "replicate"})):
        return None  # "15 mô hình được khen thưởng"; not "7 mô hình điểm … được nhân rộng ra 11/11 xã"
    return found


def _carried_out(s: _Sentence, i: int) -> bool:
    """Right after a models count's appraisal (token i), past a comma or "và": carried out ("được thẩm định, đưa
    vào triển khai", "được thẩm định và triển khai"), so the year's models, not only appraised."""
    while i < len(s.toks) and s.toks[i].norm in (",", "và", "được", "đã", "rồi"):
        i += 1
    hit = s.at(i, "model_carried_out")
    return hit is not None and (hit[0] >= len(s.toks) or s.toks[hit[0]].kind != "n")


def _own_words(s: _Sentence, post: list[int]) -> list[int]:
    """The words of a count's predicate up to a part of it ("trong đó …") or another noun: "duy trì 27 mô hình, trong
    đó mô hình mới là 5" says nothing new of the 27."""
    out: list[int] = []
    for i in post:
        if (out and i != out[-1] + 1) or s.at(i, "part_lead"):
            break
        out.append(i)
    return out


def _a_subset(s: _Sentence, figs: list[_Fig], fig: _Fig) -> bool:
    """A count whose own predicate, in its first words after its noun (up to a sign), says they did not or did
    badly: "4 mô hình chưa có kết quả rõ nét", "2 mô hình bị giải thể", "3 mô hình hoạt động kém hiệu quả"."""
    names = s.names()
    post = _post(s, figs, fig, share=False)
    kind = s.at(post[0], "model_kind") if post else None
    words = 0
    for i in post:
        if kind and i < kind[0]:
            continue  # "3 mô hình tập thể hoạt động kém hiệu quả"
        if s.toks[i].kind != "w" or words >= _SUBSET_REACH:
            break
        words += 1
        if i not in names and s.at(i, "count_not"):
            return True
    return False


def _a_part(s: _Sentence, figs: list[_Fig], fig: _Fig) -> bool:
    """A models count after "trong đó" that follows another models count of the sentence: one of its parts. The
    "trong đó" may open the part's own clause after the total's ("huyện có 54 mô hình; trong đó có 18 mô hình mới,
    36 mô hình duy trì từ các năm trước")."""
    def own_subject(lead: int) -> bool:  # "…, trong đó thị trấn Mỹ An có 6 mô hình": the commune's own count
        return any(_names_commune(s, i) for i in range(lead, fig.lead))

    cs = s.clause_start(fig.k)
    heads = [f for f in figs if f.k < fig.k and f.nouns and "models" in f.nouns[0][0].split("|")
             and s.clause[f.k] == s.clause[fig.k]]
    leads = s.find(heads[0].k + 1, fig.lead, "part_lead", nouns_too=True) if heads else []
    if leads:
        return not own_subject(leads[-1][1])
    opens = s.at(cs, "part_lead")
    return opens is not None and opens[0] <= fig.lead and cs > 0 and not own_subject(opens[0]) and any(
        f.k < cs and f.nouns and "models" in f.nouns[0][0].split("|") and s.clause[f.k] == s.clause[cs - 1]
        for f in figs)


def _before_a_total(s: _Sentence, figs: list[_Fig], fig: _Fig) -> bool:
    """A models count of no kind before a total the sentence states after it ("kế thừa 12 mô hình … và xây dựng
    thêm 4 mô hình mới, nâng tổng số lên 16 mô hình"; "… tổng cộng 16 mô hình"): a part of that total."""
    for later in figs:
        if later.k <= fig.k or not later.nouns or "models" not in later.nouns[0][0].split("|") \
                or later.num.pct or later.num.denominator is not None:
            continue
        if s.find(max(fig.noun_end, fig.after), later.lead, "total_lead", nouns_too=True) \
                and s.at(later.nouns[0][3], "model_kind") is None:
            return True
    return False


def _models_head(s: _Sentence, figs: list[_Fig], i: int) -> _Fig | None:
    """The models count whose noun starts at token i ("15 mô hình (10 tập thể, 05 cá nhân)")."""
    return next((f for f in figs if f.nouns and f.nouns[0][2] == i and "models" in f.nouns[0][0].split("|")), None)


def _a_listed_part(s: _Sentence, figs: list[_Fig], fig: _Fig) -> bool:
    """A count after "trong đó" (``part_lead``) that follows a count of the same kind of item: one of its parts
    ("phát 72 tin, bài, trong đó có 15 phóng sự"; "khen thưởng 21 tập thể và 45 cá nhân, trong đó 04 tập thể … ở
    khối cơ quan"), not the total. Models have their own parts (their kinds); a count of another class is no part
    ("duy trì 96 mô hình, trong đó 65 tập thể")."""
    mine = _family(fig)
    if not mine or "models" in mine:
        return False
    cs = s.clause_start(fig.k)
    for head in figs:
        if head.k >= fig.k or not head.nouns or head.num.pct or head.num.denominator is not None \
                or head.skip is not None or not (_family(head) & mine) or _joint_noun(s, head):
            continue
        leads = s.find(max(head.noun_end, head.after), fig.lead, "part_lead", nouns_too=True)
        if leads and any(_names_unit(s, i) for i in range(leads[-1][1], fig.lead)):
            return False  # "…, trong đó Huyện ủy Đức Thọ có 02 tập thể": the named unit's own figure
        if leads and (s.clause[head.k] == s.clause[fig.k] or any(a == cs for a, _, _ in leads)):
            return True
    return False


def _family(fig: _Fig) -> set[str]:
    """The kind of item a count counts: news items and bulletins are one kind."""
    classes = set(fig.nouns[0][0].split("|")) if fig.nouns else set()
    return {"media" if c in ("articles", "bulletins") else c for c in classes}


def _joint_noun(s: _Sentence, fig: _Fig) -> bool:
    """ "66 tập thể và cá nhân", "30 tập thể, cá nhân": one count of both kinds, a figure of neither."""
    if not fig.nouns:
        return False
    mine = set(fig.nouns[0][0].split("|"))
    other = {"collective": "individual", "individual": "collective"}
    wanted = {other[c] for c in mine if c in other}
    if not wanted:
        return False
    joint = s.at(fig.nouns[0][3], "connector")
    noun = s.at(joint[0], "noun") if joint else None
    return bool(noun and set(noun[1].split("|")) & wanted)


def _beside_named_plan(s: _Sentence, figs: list[_Fig], fig: _Fig) -> bool:
    """A count of plans joined to a plan named by its number ("ban hành Kế hoạch số 42-KH/HU và 02 hướng dẫn",
    "02 kế hoạch và Hướng dẫn 15-HD/BTG"): the count is not all that was issued."""
    def named(i: int) -> bool:
        hit = s.at(i, "noun")
        if not hit or "plans" not in hit[1].split("|") or hit[0] >= len(s.toks):
            return False
        nxt = s.toks[hit[0]]
        return nxt.norm == "số" or (nxt.kind == "n" and nxt.num is not None and not nxt.num.figure)

    end = s.toks[fig.noun_end] if fig.noun_end < len(s.toks) else None
    if end is not None and (end.norm == "số" or (end.kind == "n" and end.num is not None and not end.num.figure)):
        return True  # "03 kế hoạch và Hướng dẫn số 15-HD/BTGHU": the noun ran into the named one
    cs = s.clause_start(fig.k)
    joint = s.before(fig.lead, "connector")
    if joint:
        for i in range(joint[0] - 1, max(cs, joint[0] - _TOTAL_REACH) - 1, -1):
            tok = s.toks[i]
            if tok.kind == "n" and tok.num is not None and tok.num.figure and not _is_year(tok):
                break
            if named(i):
                return True
    after = s.at(fig.noun_end, "connector")
    if after:
        i = after[0]
        prefix = s.at(i, "noun_prefix")
        return named(prefix[0] if prefix else i)
    return False


def _own_named_plan(s: _Sentence, fig: _Fig) -> bool:
    """A count of plans or guidance right after "và" and a plan named by its number that the sentence's committee
    issued, its number ending with the committee's code: "Huyện ủy Văn Giang đã ban hành Kế hoạch số 42-KH/HU (về
    …) và 02 hướng dẫn" is 3 documents. Not a plan named after the count, by no "số", or by another body's code
    ("… Hướng dẫn số 15-HD/BTGHU"), nor a guidance named first ("Hướng dẫn số 07-HD/HU, 02 kế hoạch")."""
    toks = s.toks
    joint = s.before(fig.lead, "connector")
    if joint is None or toks[joint[0]].norm != "và":
        return False
    doc = next((i for i in range(joint[0] - 1, s.clause_start(fig.k) - 1, -1) if toks[i].kind != "w"
                and not (_is_year(toks[i]) and toks[i - 1].norm == "năm")), None)  # "… chuyên đề năm 2023"
    if doc is None or doc < 3 or toks[doc].num is None or toks[doc].num.figure or toks[doc - 1].norm != "số":
        return False  # only words (its title) between the named plan's number and "và"
    named = s.before(doc - 1, "noun")
    if named is None or named[2] != ("kế", "hoạch") or not toks[named[0]].text[:1].isupper():
        return False
    code = toks[doc].norm.rsplit("/", 1)[-1]
    issued = s.before(named[0], "frame")  # no verb of the vocabulary: "ban hành" is read by its words
    if issued is not None or [t.norm for t in toks[named[0] - 2:named[0]]] != ["ban", "hành"]:
        return False
    verb = named[0] - 2
    for j in range(verb - 1, max(verb - _ORGAN_WORDS - 3, 0) - 1, -1):  # its subject: "Huyện ủy Văn Giang đã"
        if toks[j].kind != "w":
            return False
        hit = s.at(j, "committee")
        if hit and hit[0] <= verb:
            return code in hit[1].split("|") and all(
                t.norm in ("đã", "cũng") or t.text[:1].isupper() for t in toks[hit[0]:verb])
    return False


def _beside_mixed_documents(s: _Sentence, figs: list[_Fig], fig: _Fig) -> bool:
    """A count of plans joined to a count of documents that are only partly plans or guidance ("05 kế hoạch và 03
    văn bản chỉ đạo, hướng dẫn", "… và 03 công văn hướng dẫn"), or one count of both ("12 văn bản hướng dẫn, chỉ
    đạo"): what was issued cannot be told apart."""
    end = fig.noun_end
    other = s.at(end + 1, "plans_other") if end + 1 < len(s.toks) and s.toks[end].norm == "," else None
    if other and (other[1] == "document" or other[0] >= len(s.toks) or s.toks[other[0]].kind == "p"):
        return True  # "12 văn bản hướng dẫn, chỉ đạo.", "10 kế hoạch, hướng dẫn, công văn"
    joints = _connector_words(s.v)
    nxt = _next_figure(figs, fig)
    if nxt is None or nxt.skip is not None or s.clause[nxt.k] != s.clause[fig.k]:
        return False
    between = [t.norm for t in s.toks[max(fig.noun_end, fig.after):nxt.lead]]
    if not between or not all(w in joints for w in between):
        return False
    if nxt.nouns and "plans" in nxt.nouns[0][0].split("|"):
        return False
    end = s.clause_end(nxt.k)
    words = [i for i in range(nxt.after, min(nxt.after + _MIXED_REACH, end)) if s.toks[i].kind != "n"]
    words = words[:next((n for n, i in enumerate(words) if s.toks[i].norm in (".", ";", ":", "(")), len(words))]
    return any((hit := s.at(i, "noun")) and "plans" in hit[1].split("|") for i in words)


def _one_association(s: _Sentence, fig: _Fig, a: int, b: int) -> bool:
    """A union members' rate of one association, or one part of the members, only: "70% hội viên phụ nữ", "85%
    hội viên của Hội Nông dân" (named in the first words after the noun), "Hội Cựu chiến binh huyện có 2.950 hội
    viên đăng ký, đạt 94,8%" (one association named before it in its clause). The metric is the mass
    organisations' members together ("Hội Phụ nữ, Hội Nông dân … vận động 90% đoàn viên, hội viên")."""
    toks = s.toks
    for i in range(b, min(b + _SUBSET_REACH, len(toks))):
        if toks[i].kind != "w":
            break
        if s.at(i, "association"):
            return True
    cs = s.clause_start(min(a, fig.lead))
    named = {m for _, _, m in s.find(cs, min(a, fig.lead), "association", nouns_too=True)}
    return len(named) == 1


def _medium(s: _Sentence, figs: list[_Fig], fig: _Fig) -> str:
    """Where news items went: the nearest bulletin, radio or social network after them, else before them. A medium
    after them that opens the next count's own clause is that count's ("…, còn Đài truyền thanh xã phát 30 bản
    tin")."""
    post = [h for h in _search(s, _post(s, figs, fig), "frame", set(_MEDIA)) if not _next_subject(s, figs, fig, h)]
    if post:
        return post[0][2]
    if _broadcast(s, figs, fig):
        return "radio"
    cs = s.clause_start(fig.k)
    pre = [h for h in s.find(cs, fig.lead, "frame", set(_MEDIA))]
    if pre:
        return pre[-1][2]
    before = s.find(0, cs, "frame", set(_MEDIA))
    return before[-1][2] if before else "-"


def _broadcast(s: _Sentence, figs: list[_Fig], fig: _Fig) -> bool:
    """A count right after a verb of broadcasting ("phát 104 bản tin"), or listed after such a count with only a
    connector between them ("phát 104 bản tin và 36 bài viết"): the items were broadcast."""
    joints = _connector_words(s.v)
    while True:
        if s.before(fig.lead, "broadcast_verb"):
            return True
        prev = next((f for f in reversed(figs) if f.k < fig.k), None)
        if prev is None or prev.noun_end < 0 or s.clause[prev.k] != s.clause[fig.k]:
            return False
        between = [s.toks[i].norm for i in range(prev.noun_end, fig.lead)]
        if not between or not all(w in joints for w in between):
            return False
        fig = prev


def _next_subject(s: _Sentence, figs: list[_Fig], fig: _Fig, hit: tuple[int, int, str]) -> bool:
    """A medium after a count that is the subject of the next count: past a break ("," "còn" …) after the count,
    not after a preposition ("trên", "qua" …: where the count went), and with no break between it and the next
    count ("Đài truyền thanh xã phát 30 bản tin")."""
    nxt = _next_figure(figs, fig)
    i, end = hit[0], hit[1]
    if nxt is None or nxt.lead < end or s.clause[nxt.k] != s.clause[fig.k]:
        return False
    start = max(fig.noun_end, fig.after)
    if not s.find(start, i, "medium_subject_break", nouns_too=True):
        return False
    j = i
    while j > start and s.toks[j - 1].kind == "w" and s.toks[j - 1].text[:1].isupper():
        j -= 1  # "Đài Truyền thanh": the capitalised name is the subject's
    if s.before(j, "not_subject_before"):
        return False
    return not any(s.toks[k].norm in (",", ";", ":", "(") for k in range(end, nxt.lead))


# ---------------------------------------------------------------------------------------------------- context


def _blocked(s: _Sentence, figs: list[_Fig], fig: _Fig) -> str | None:
    cs = s.clause_start(fig.k)
    names = s.names()
    outside = [i for i in range(0, fig.lead) if i not in s.in_noun and i not in names]
    if _search(s, outside, "target"):
        return "target"
    clause = [i for i in outside if i >= cs]
    if _search(s, clause, "target_clause"):
        return "target"
    prev = max((f.noun_end for f in figs if f.k < fig.k and f.nouns and s.clause[f.k] == s.clause[fig.k]),
               default=cs)
    old = {i for a, b, m in _search(s, clause, "model_kind_after") if m == "old" for i in range(a, b)}
    old |= _closed_brackets(s, cs, fig.lead)  # "58 mô hình (tăng 9 mô hình so với năm 2021), trong đó có 37 …"
    if _search(s, [i for i in clause if i >= prev and i not in old], "compare"):  # not "từ các năm trước"
        fig.year = _compared_year(s, fig)
        fig.prior = fig.year is None and _compared_prior(s, fig)
        if fig.year is None and not fig.prior:
            return "compare"  # "tăng 6 mô hình so với năm 2022: 90 mô hình"
    if any(not _aside(s, a, b, fig.lead) for a, b, _ in _search(s, clause, "distributive")) \
            and not _each_named(s, fig):  # "Xã A và xã B mỗi xã có 02 mô hình điểm": one figure each
        return "rule"
    post = _post(s, figs, fig, share=False)
    if post and post[0] == max(fig.noun_end, fig.after) and s.at(post[0], "distributive"):
        return "rule"  # "5 mô hình mỗi xã", "phát 4 bản tin mỗi tuần"
    if _search(s, post[:3], "target_after"):
        return "target"
    if post and s.at(post[0], "change_after"):
        return "change"
    return None


def _closed_brackets(s: _Sentence, lo: int, hi: int) -> set[int]:
    """The tokens of brackets opened and closed within [lo, hi): an aside of an earlier figure, none of a later one's
    words."""
    out: set[int] = set()
    opened: int | None = None
    for i in range(max(lo, 0), hi):
        if s.toks[i].norm == "(":
            opened = i
        elif s.toks[i].norm == ")" and opened is not None:
            out.update(range(opened, i + 1))
            opened = None
    return out


def _aside(s: _Sentence, a: int, b: int, hi: int) -> bool:
    """A rule per unit (tokens [a, b)) that is an aside of another number closed by a comma before token hi, with no
    verb of its own: "phát hành 4 số mỗi quý, mỗi số 1.000 bản, đã đăng 18 tin, bài" (per quarter, per issue: not
    the 18's). Not "Mỗi xã chọn ít nhất 1 mô hình, xây dựng 3 mô hình mới" (its verb runs on to the next figure),
    nor "Mỗi xã, thị trấn có 3 mô hình"."""
    toks, i = s.toks, b
    own = False
    for part in ("w", "n", "w"):
        n = 0
        while i < hi and n < (1 if part == "n" else 2) and toks[i].kind == part:
            own = own or part == "n"
            i += 1
            n += 1
    after_number = any(toks[j].kind == "n" for j in range(max(a - 3, 0), a))
    return (own or after_number) and i + 1 < hi and toks[i].norm == "," and toks[i + 1].kind == "w"


def _compared_year(s: _Sentence, fig: _Fig) -> int | None:
    """The year compared with, when the figure is that year's in brackets right after it: "so với năm 2016 (76 mô
    hình)" is 2016's count."""
    toks, i = s.toks, fig.lead
    if i < 4 or toks[i - 1].norm != "(" or toks[i - 3].norm != "năm" or not s.before(i - 3, "compare"):
        return None
    close = fig.noun_end if fig.noun_end > fig.k else fig.after
    year = toks[i - 2].num
    if close >= len(toks) or toks[close].norm != ")" or year is None or year.value is None or year.pct \
            or year.denominator is not None or not year.value.is_integer() or not 1945 <= year.value <= 2100:
        return None
    return int(year.value)


def _compared_prior(s: _Sentence, fig: _Fig) -> bool:
    """The figure is the year before's, in brackets right after "so với năm trước" / "năm ngoái": "tăng 0,15% so với
    năm trước (99,6%)"."""
    toks, i = s.toks, fig.lead
    if i < 4 or toks[i - 1].norm != "(" or toks[i - 3].norm != "năm" or toks[i - 2].norm not in ("trước", "ngoái") \
            or not s.before(i - 3, "compare"):
        return False
    close = fig.noun_end if fig.noun_end > fig.k else fig.after
    return close < len(toks) and toks[close].norm == ")"


def _years(s: _Sentence) -> list[tuple[int, int]]:
    """(token, year) of each "năm YYYY" that says a figure's year: opening a clause, or after "trong", "riêng" …"""
    out = []
    toks = s.toks
    for i, t in enumerate(toks[:-1]):
        if t.norm != "năm":
            continue
        nxt = toks[i + 1]
        if nxt.kind != "n" or nxt.num is None or nxt.num.value is None or nxt.num.pct or nxt.num.denominator:
            continue
        year = nxt.num.value
        if not (1945 <= year <= 2100) or not year.is_integer():
            continue
        if s.before(i, "year_not"):
            continue
        link = s.at(i + 2, "link")
        if i == 0 or toks[i - 1].norm in (",", ";", ":", "(", "-", "–") or s.before(i, "year_lead") or (
                link is not None and link[0] < len(toks) and toks[link[0]].kind == "n"
                and toks[i + 2].norm != ":"):  # "… đăng ký năm 2023 đạt 81,6%"
            out.append((i, int(year)))
    return out


def _year(s: _Sentence, years: list[tuple[int, int]], fig: _Fig, default: int | None) -> int | None:
    before = [y for i, y in years if i < fig.lead]
    if before:
        return before[-1]
    end = s.clause_end(fig.k)
    after = [y for i, y in years if fig.k < i < end and i > 0 and s.toks[i - 1].norm == "trong"]
    return after[0] if after else default


def _new_models_topic(s: _Sentence, figs: list[_Fig], fig: _Fig, done: list[tuple[_Fig, Proposal]]) -> bool:
    """A named unit's models count of no kind, in a sentence about new models: after "mô hình mới" with no number
    of its own ("Các xã đăng ký mô hình mới, như xã Vĩnh Hòa đăng ký 03 mô hình"), or after another named unit's new
    models with nothing else between ("xã Long Sơn đăng ký 04 mô hình mới, xã Vĩnh Hòa 03 mô hình"): new ones too."""
    if fig.kind_at >= 0 or s.at(fig.nouns[0][3], "model_kind") is not None:
        return False
    last = done[-1] if done else None
    if last is not None and last[1].metric == "models_new" and last[1].unit_name \
            and s.clause[last[0].k] == s.clause[fig.k] and not any(
                f.k > last[0].k and f.k < fig.k and f.nouns for f in figs) \
            and not any(s.toks[j].norm in _HOLDING for j in range(last[0].k, fig.lead)):
        return True
    if any(f.k < fig.k and f.nouns and "models" in f.nouns[0][0].split("|") for f in figs):
        return False
    for i, end, classes in s.find(s.clause_start(fig.k), fig.lead, "noun"):
        kind = s.at(end, "model_kind")
        if "models" in classes.split("|") and kind and kind[1] == "new" and (i == 0 or s.toks[i - 1].kind != "n") \
                and not any(s.toks[j].norm in _HOLDING for j in range(kind[0], fig.lead)):
            return True  # not "…, xã Long Sơn có 16 mô hình": what it has, not what it registered
    return False


# ---------------------------------------------------------------------------------------------------- headings

_HEADING = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:-]\s", re.IGNORECASE)
_HEADING_MAX = 160
_HEADING_REACH = 4  # a heading's word opens it: among its first words after the numbering


def _heading_mode(paragraph: str, s: _Sentence | None) -> str | None:
    """ "target" for a heading that opens the report's targets ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"), "result"
    for one that opens results again, None for any other paragraph."""
    text = paragraph.strip()
    if not text or len(text) > _HEADING_MAX or s is None:
        return None
    letters = [c for c in text if c.isalpha()]
    upper = letters and sum(c.isupper() for c in letters) >= 0.6 * len(letters)
    if not (_HEADING.match(text) or upper):
        return None
    first = next((i for i, t in enumerate(s.toks) if t.kind == "w" and not (
        _HEADING.match(text) and i == 0 and re.fullmatch(r"[IVXLCivxlc]+|[a-zđ]", t.text))), len(s.toks))
    if any(t.kind == "n" and not _is_year(t) for t in s.toks[first:]):
        return None  # "2. Đề xuất khen thưởng 01 tập thể" states a figure: a paragraph, not a heading
    reach = first + _HEADING_REACH
    hits = sorted([(h[0], "target") for h in s.find(first, len(s.toks), "heading_target", nouns_too=True)]
                  + [(h[0], "result") for h in s.find(first, len(s.toks), "heading_result", nouns_too=True)])
    return hits[0][1] if hits and hits[0][0] < reach else None


def _is_year(tok: _Tok) -> bool:
    num = tok.num
    return num is not None and (not num.figure or (
        num.value is not None and not num.pct and num.denominator is None and 1945 <= num.value <= 2100))


# ---------------------------------------------------------------------------------------------------- proposing


def _round(value: float) -> float:
    return round(value, 10)


def _sentence_proposals(s: _Sentence, paragraph_no: int, text: str, text_start: int, unit_code: str | None,
                        year: int | None, catalog: Catalog) -> list[Proposal]:
    s.levels = _levels(unit_code)
    figs = _build_figures(s)
    head: _Fig | None = None  # the last count whose noun its label gave ("Số tin, bài … đăng trên Bản tin: 30")
    for fig in figs:
        if not fig.skip and not fig.nouns and not fig.num.pct and fig.num.denominator is None:
            _noun_before(s, fig)
            if not fig.nouns and head is not None:
                _carry_label_noun(s, fig, head)
            if fig.nouns:
                fig.pred_from = fig.after
                label = _label(s, fig)
                if label is not None and fig.nouns[0][2] < label[1]:
                    head = fig
    _respectively(s, figs)
    _merge_counts(s, figs)
    _registered_of_total(s, figs)
    _ratio_after(s, figs)
    for n, fig in enumerate(figs):
        if fig.skip or fig.nouns or not (fig.num.pct or fig.num.denominator is not None):
            continue
        prev = next((f for f in reversed(figs[:n]) if s.clause[f.k] == s.clause[fig.k] and f.skip != "merged"
                     and not (f.skip == "reference" and _is_year(s.toks[f.k]))), None)  # "… năm 2023 đạt 81,6%"
        lo = max(prev.noun_end, prev.after) if prev is not None else s.clause_start(fig.k)
        _lookback(s, fig, lo, figs)
    _respective_nouns(figs)
    years = _years(s)
    found: list[tuple[_Fig, str, str]] = []  # figure, metric, cue
    for fig in figs:
        if fig.skip or not fig.nouns or fig.num.value is None:
            continue
        if _blocked(s, figs, fig):
            continue
        rate = fig.num.pct or fig.num.denominator is not None
        if not rate and (_a_subset(s, figs, fig) or _a_listed_part(s, figs, fig) or _joint_noun(s, fig)):
            continue
        form = "pct" if rate else "count"
        nouns = fig.nouns if rate else fig.nouns[:1]
        metrics: list[tuple[str, str]] = []
        for classes, words, noun_at, noun_to in nouns:
            options = set()
            for cls in classes.split("|"):
                frames = s.v.frames.get((form, cls))
                if not frames:
                    continue
                strategy = s.v.strategy[cls]
                if strategy == "predicate":
                    frame = _predicate(s, figs, fig, frames)
                elif strategy == "governor":
                    frame = _governor(s, figs, fig)
                elif strategy == "modifier":
                    frame = _modifier(s, figs, fig)
                elif strategy == "medium":
                    frame = _medium(s, figs, fig)
                else:
                    frame = "-"
                metric = s.v.rules.get((form, cls, frame or ""))
                if fig.added and frame != "new":
                    continue
                if metric and cls == "plans" and _own_named_plan(s, fig):
                    fig.named_plans = 1  # "Huyện ủy … ban hành Kế hoạch số 42-KH/HU và 02 hướng dẫn": 3
                elif metric and cls == "plans" and (s.at(fig.noun_end, "plans_block")
                                                    or _beside_named_plan(s, figs, fig)
                                                    or _beside_mixed_documents(s, figs, fig)):
                    metric = None  # "312 kế hoạch cá nhân"; "Ban hành Kế hoạch 120-KH/HU …, cùng 04 hướng dẫn"
                if metric and cls == "union_members" and _one_association(s, fig, noun_at, noun_to):
                    metric = None  # "70% hội viên phụ nữ", "Hội Cựu chiến binh … đạt 94,8%"
                if metric:
                    options.add((metric, f"{' '.join(words)} … {frame}" if frame and frame != "-" else ' '.join(words)))
            if len({m for m, _ in options}) == 1:
                metrics.append(sorted(options)[0])
        for metric, cue in dict(metrics).items():
            found.append((fig, metric, cue))
    proposals: list[tuple[_Fig, Proposal]] = []
    for fig, metric, cue in found:
        num = fig.num
        value: float | None
        numerator, denominator = fig.numerator, fig.denominator
        if catalog.kind(metric) == "pct":
            if num.pct:
                value = num.value
            elif num.denominator:
                value = _round(100.0 * (num.value or 0.0) / num.denominator)
                numerator, denominator = num.value, num.denominator
            else:
                value = None
            if value is None or value > 100 or value < 0 or (
                    numerator is not None and denominator is not None and (denominator <= 0 or numerator > denominator)):
                continue
        else:
            value = num.value
            if value is None or num.pct or num.denominator is not None or not float(value).is_integer():
                continue
            value += fig.named_plans
        fig_year = fig.year or _year(s, years, fig, year)
        if fig.prior:  # "so với năm trước (99,6%)": the year before the sentence's
            if fig_year is None:
                continue
            fig_year -= 1
        unit_name = _unit_name(s, fig, unit_code, lower=metric != "model_replication_pct")
        if fig.respective is not None:  # "A và B … lần lượt 134 và 97 mô hình"
            proposals.append((fig, Proposal(
                metric=metric, value=float(value), qualifier=fig.qualifier, unit_code=unit_code, year=fig_year,
                paragraph=paragraph_no, start=fig.span[0], end=fig.span[1], text=text, text_start=text_start,
                numerator=numerator, denominator=denominator, bound=fig.bound, unit_name=fig.respective, cue=cue)))
            continue
        if _other_subject(s, figs, fig, unit_name is not None):
            continue  # "Xã Long Sơn đăng ký 05 mô hình, Vĩnh Hòa đăng ký 03 mô hình": not Long Sơn's 3
        each = _each_named(s, fig)
        names = [s.written(a, b) for a, b in _joint_names(s, figs, fig)] if not each else []
        if (names or _together(s, fig)) and catalog.kind(metric) == "count":
            continue  # "Xã Vĩnh Kim và xã Kim Hòa có 12 mô hình": each's, or both together?
        if metric == "models_total" and unit_name is not None and _new_models_topic(s, figs, fig, proposals):
            metric = "models_new"  # "Các xã đăng ký mô hình mới: xã Vĩnh Hòa đăng ký 03 mô hình"
        # "…, trong đó Đảng bộ xã A và Đảng bộ xã B đạt 100%", "Các xã A, B mỗi xã có 09 mô hình": one each
        for name in each or [*names[:-1], unit_name]:
            proposals.append((fig, Proposal(
                metric=metric, value=float(value), qualifier=fig.qualifier, unit_code=unit_code,
                year=fig_year, paragraph=paragraph_no, start=fig.span[0], end=fig.span[1], text=text,
                text_start=text_start, numerator=numerator, denominator=denominator, bound=fig.bound,
                unit_name=name, cue=cue)))
    return _sum_parts(s, proposals, catalog)


def _sum_parts(s: _Sentence, items: list[tuple[_Fig, Proposal]], catalog: Catalog) -> list[Proposal]:
    """Parts of one count listed side by side are one figure: "55 bản tin, 25 bài viết" on the radio is 80."""
    out: list[tuple[_Fig, Proposal]] = []
    joints = _connector_words(s.v)
    for fig, p in items:
        if out:
            last_fig, last = out[-1]
            idx = list(range(last_fig.noun_end, fig.lead))
            between = [s.toks[i].norm for i in idx]
            listed = between == [";"]  # "05 kế hoạch; 03 văn bản hướng dẫn": one list across the sign
            same = last.metric == p.metric and (s.clause[last_fig.k] == s.clause[fig.k] or listed) and bool(between) \
                and p.bound == last.bound and p.year == last.year and p.unit_name == last.unit_name
            if same and catalog.kind(p.metric) == "count" and (all(w in joints for w in between) or listed) \
                    and last_fig.nouns[0][1] != fig.nouns[0][1]:
                last.value += p.value
            elif p.metric == "plans_issued" == last.metric and p.bound == last.bound and p.year == last.year \
                    and p.unit_name == last.unit_name and (_plan_items(s, last_fig, fig)
                                                           or _committee_organs(s, last_fig, fig)):
                last.value += p.value  # "01 kế hoạch thực hiện chuyên đề, 01 hướng dẫn …"
            elif same and catalog.kind(p.metric) == "pct" and between[-1] in joints and None not in (
                    last.numerator, last.denominator, p.numerator, p.denominator) \
                    and not _search(s, idx, "frame") and not _search(s, idx, "competing"):
                # "26/26 chi bộ ngành huyện và 220/220 chi bộ trực thuộc …": the ratio of the sums
                last.numerator = (last.numerator or 0.0) + (p.numerator or 0.0)
                last.denominator = (last.denominator or 0.0) + (p.denominator or 0.0)
                last.value = _round(100.0 * last.numerator / last.denominator)
            else:
                out.append((fig, p))
                continue
            last.end = p.end
            last.cue = f"{last.cue} + {p.cue}"
            out[-1] = (fig, last)
            continue
        out.append((fig, p))
    return [p for _, p in out]


def _plan_items(s: _Sentence, last: _Fig, fig: _Fig) -> bool:
    """Two plans counts of one list, the first with words of its own before the connector: "01 kế hoạch thực hiện
    chuyên đề năm, 01 hướng dẫn xây dựng mô hình và …". Its words name no one (no capitalised word, no unit, no
    other document) and hold no number."""
    idx = list(range(last.noun_end, fig.lead))
    if len(idx) < 2 or s.clause[last.k] != s.clause[fig.k] or s.toks[idx[-1]].norm not in _connector_words(s.v):
        return False
    own = [i for i in idx[:-1] if not (_is_year(s.toks[i]) and s.toks[i - 1].norm == "năm")]  # "… năm 2023, …"
    if any(s.toks[i].kind != "w" or s.toks[i].text[:1].isupper() for i in own):
        return False
    return not any(s.at(i, kind) for i in own for kind in ("sub_unit", "whole_unit", "lower_unit", "plans_other"))


def _committee_organs(s: _Sentence, last: _Fig, fig: _Fig) -> bool:
    """A plans count in a later clause (or after a comma) whose subject is an organ of the same party committee as the earlier count's
    ("Ban Thường vụ Huyện ủy đã ban hành 03 kế hoạch; Ban Tuyên giáo Huyện ủy ban hành 02 hướng dẫn"), or of the
    committee the earlier clause leaves unnamed: one count of the committee, not two."""
    start = s.clause_start(fig.k)
    if s.clause[last.k] == s.clause[fig.k]:  # "…04 kế hoạch, Ban Dân vận Huyện ủy ban hành 01 hướng dẫn"
        start = max((i + 1 for i in range(last.noun_end, fig.lead) if s.toks[i].norm == ","), default=fig.lead)
    mine = _organ(s, start, fig.lead)
    if mine is None:
        return False
    lo = s.clause_start(last.k)
    theirs = _organ(s, lo, last.lead)
    return theirs == mine or (theirs is None and not any(
        t.kind == "w" and t.text[:1].isupper() for t in s.toks[lo + 1:last.lead]))


def _organ(s: _Sentence, lo: int, hi: int) -> str | None:
    """The committee whose organ opens tokens [lo, hi) as their subject: capitalised words up to a committee
    ("Ban Tuyên giáo Huyện ủy", "Văn phòng Huyện ủy", "Huyện ủy"), then lower-case words only (its verb), no unit
    named after it ("Đảng ủy xã …")."""
    toks = s.toks
    if lo >= hi or toks[lo].kind != "w" or not toks[lo].text[:1].isupper():
        return None
    for i in range(lo, min(hi, lo + _ORGAN_WORDS)):
        if toks[i].kind != "w":
            return None
        hit = s.at(i, "committee")
        if hit:
            end = next((j for j in range(hit[0], hi) if toks[j].kind == "n"), hi)  # up to its count
            rest = toks[hit[0]:end]
            if rest and all(t.kind == "w" and not t.text[:1].isupper() for t in rest) \
                    and not s.at(hit[0], "sub_unit") and not s.at(hit[0], "lower_unit"):
                return " ".join(hit[2])
            return None
    return None


def _pieces(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, or for one longer than _SENTENCE_MAX its runs of whole clauses that are not; a clause longer
    than that alone is left out (no report writes one; reading it would cost time that grows with its square)."""
    if end - start <= _SENTENCE_MAX:
        return [(start, end)]
    cuts = [start, *[m.end() for m in re.finditer(";", paragraph[start:end]) if m.end() < end - start], end - start]
    cuts = [start] + [start + c for c in cuts[1:-1]] + [end]
    out: list[tuple[int, int]] = []
    a = cuts[0]
    for b, c in zip(cuts, cuts[1:]):
        if c - a > _SENTENCE_MAX:
            if b > a:
                out.append((a, b))
            a = b if c - b <= _SENTENCE_MAX else c
    if end > a:
        out.append((a, end))
    return [(a, b) for a, b in out if b - a <= _SENTENCE_MAX]


def propose(paragraphs: list[str], unit_code: str | None, year: int | None,
            catalog: Catalog | None = None, words_csv: Path | None = None) -> list[Proposal]:
    """The figures the paragraphs state, in order (paragraph index = position + 1)."""
    catalog = catalog or default_catalog()
    vocabulary = _vocabulary(words_csv or WORDS_CSV, catalog)
    out: list[Proposal] = []
    in_targets = False
    for number, raw in enumerate(paragraphs, start=1):
        if raw is None:
            continue
        if not isinstance(raw, str):
            raise TypeError(f"paragraph {number} is a {type(raw).__name__}, not a text")
        paragraph = unicodedata.normalize("NFC", raw)
        spans = _sentences(paragraph, vocabulary)
        if not spans:
            continue
        first = _Sentence(_tokens(paragraph, 0), vocabulary, paragraph) if len(paragraph) <= _HEADING_MAX else None
        mode = _heading_mode(paragraph, first)
        if mode is not None:
            in_targets = mode == "target"
        if in_targets:
            continue
        for a, b in (piece for span in spans for piece in _pieces(paragraph, *span)):
            text = paragraph[a:b]
            if not any(c.isdigit() for c in text) and not _SPELLED.search(text):
                continue
            sentence = _Sentence(_tokens(text, a, vocabulary, paragraph), vocabulary, paragraph)
            out.extend(_sentence_proposals(sentence, number, text, a, unit_code, year, catalog))
    return out
