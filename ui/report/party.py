"""The frame of a Party document (Hướng dẫn 36-HD/VPTW, 2018) around the report: who issues it, its number left for
the office, place and date, the title, "Nơi nhận" and the signature block with the signer left blank.

A district's report is issued by its committee ("HUYỆN ỦY CẦU NGANG", under "ĐẢNG BỘ TỈNH TRÀ VINH", number
"Số     -BC/HU"), a province's by the provincial committee ("TỈNH ỦY …", "-BC/TU"), a commune's by its Party
committee ("ĐẢNG ỦY XÃ …", "-BC/ĐU", under its district's Party organisation, or its province's on today's map).
The country has no issuing committee here: the office fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

BLANK = "……………………"


@dataclass(frozen=True)
class PartyFrame:
    above: str  # the Party organisation above the issuer ("ĐẢNG BỘ TỈNH TRÀ VINH"), or ""
    issuer: str  # "HUYỆN ỦY CẦU NGANG"
    party: str  # "ĐẢNG CỘNG SẢN VIỆT NAM"
    number: str  # "Số       -BC/HU", the number left for the office
    dated: str  # "Cầu Ngang, ngày 07 tháng 12 năm 2026"
    kind: str  # "BÁO CÁO"
    subject: str  # "kết quả học tập và làm theo … năm 2023"
    to_label: str  # "Nơi nhận:"
    to: tuple[str, ...]  # "- Ban Thường vụ Tỉnh ủy (b/c),"…
    on_behalf: str  # "T/M BAN THƯỜNG VỤ"
    signer_title: str  # left blank: BÍ THƯ or PHÓ BÍ THƯ, the office's to write
    signer_name: str  # left blank


# the unit's type word -> (its committee in Vietnamese, in English, the issuer code of the document number)
_COMMITTEES = {
    "province": {"Tỉnh": ("Tỉnh ủy", "Provincial Party Committee", "TU"),
                 "Thành phố": ("Thành ủy", "City Party Committee", "TU")},
    "district": {"Huyện": ("Huyện ủy", "District Party Committee", "HU"),
                 "Quận": ("Quận ủy", "District Party Committee", "QU"),
                 "Thị xã": ("Thị ủy", "Town Party Committee", "TU"),
                 "Thành phố": ("Thành ủy", "City Party Committee", "TU")},
}
_COMMUNE_TYPES = ("Thị trấn", "Đặc khu", "Phường", "Xã")


def _split(name: str) -> tuple[str, str]:
    """("Huyện Cầu Ngang") -> ("Huyện", "Cầu Ngang"); a name without a known type word is all name."""
    for word in ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Tỉnh", "Huyện", "Quận", "Phường", "Xã"):
        if name.startswith(word + " "):
            return word, name[len(word) + 1:]
    return "", name


def _committee(level: str, name: str) -> tuple[str, str, str, str]:
    """(the committee in Vietnamese, in English, the document number's issuer code, the place) of a unit."""
    typ, bare = _split(name)
    if bare[:1].isdigit() or bare == "Hồ Chí Minh":  # "Quận ủy Quận 3", "Thành ủy Thành phố Hồ Chí Minh"
        bare = name
    place = bare
    if level in _COMMITTEES:
        vi, en, code = _COMMITTEES[level].get(typ, next(iter(_COMMITTEES[level].values())))
        return f"{vi} {bare}", f"{bare} {en}", code, place
    if level == "commune":
        return f"Đảng ủy {name[:1].lower()}{name[1:]}", f"{name} Party Committee", "ĐU", place
    return "", "", "", ""


def _dated(place: str, day: date, lang: str) -> str:
    if lang == "en":
        return f"{place + ', ' if place else ''}{day.day} {day.strftime('%B')} {day.year}"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)  # days, January and February: two digits
    return f"{place or BLANK}, ngày {day.day:02d} tháng {month} năm {day.year}"


def party_frame(level: str, map_: str, name: str, province: str, district: str, year: int, lang: str,
                today: date) -> PartyFrame:
    """The frame of the report of ``name`` (a ``level`` unit of ``map_``) for ``year``; ``province`` and
    ``district``: the official names of the units above it ("" when none)."""
    committee, committee_en, code, place = _committee(level, name)
    above_level, above_unit = "", ""
    if level == "district" or (level == "commune" and (map_ == "new" or not district)):
        above_level, above_unit = "province", province
    elif level == "commune":
        above_level, above_unit = "district", district
    upper, upper_en, _, _ = _committee(above_level, above_unit) if above_unit else ("", "", "", "")
    propaganda = "Ban Tuyên giáo và Dân vận" if map_ == "new" else "Ban Tuyên giáo"
    propaganda_en = "Propaganda and Mass Mobilisation Commission" if map_ == "new" else "Propaganda Commission"
    if lang == "en":
        if level == "province":
            to = (f"- Central {propaganda_en} (for report),", f"- Members of the {committee_en}'s Standing Committee,",
                  f"- Archives, Office of the {committee_en}.")
        elif committee:
            to = (f"- Standing Committee, {upper_en} (for report),", f"- {propaganda_en}, {upper_en} (for report),",
                  f"- Archives, Office of the {committee_en}.")
        else:
            to = ("- " + BLANK, "- Archives.")
        return PartyFrame(
            above=upper_en.upper().replace("COMMITTEE", "ORGANISATION") if above_unit else "",
            issuer=committee_en.upper() if committee else BLANK, party="COMMUNIST PARTY OF VIETNAM",
            number=f"No.        -BC/{code or '…'}", dated=_dated(place, today, lang), kind="REPORT",
            subject=f"on studying and following Ho Chi Minh's thought, morality and style, {year}",
            to_label="Recipients:", to=to,
            on_behalf="ON BEHALF OF THE PARTY COMMITTEE" if level == "commune"
            else "ON BEHALF OF THE STANDING COMMITTEE",
            signer_title=BLANK, signer_name=BLANK)
    if level == "province":
        to = (f"- {propaganda} Trung ương (b/c),", f"- Các đồng chí Ủy viên Ban Thường vụ {committee},",
              f"- Lưu Văn phòng {committee}.")
    elif committee:
        own = "Đảng ủy" if level == "commune" else committee
        to = (f"- Ban Thường vụ {upper} (b/c),", f"- {propaganda} {upper} (b/c),", f"- Lưu Văn phòng {own}.")
        if level == "district":
            to = to[:2] + (f"- Các đồng chí Ủy viên Ban Thường vụ {committee},",) + to[2:]
    else:
        to = ("- " + BLANK, "- Lưu.")
    return PartyFrame(
        above=f"ĐẢNG BỘ {above_unit.upper()}" if above_unit else "",
        issuer=committee.upper() if committee else BLANK, party="ĐẢNG CỘNG SẢN VIỆT NAM",
        number=f"Số        -BC/{code or '…'}", dated=_dated(place, today, lang), kind="BÁO CÁO",
        subject=f"kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {year}",
        to_label="Nơi nhận:", to=to,
        on_behalf="T/M ĐẢNG ỦY" if level == "commune" else "T/M BAN THƯỜNG VỤ",
        signer_title=BLANK, signer_name=BLANK)
