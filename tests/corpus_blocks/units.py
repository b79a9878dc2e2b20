"""Units as the warehouse names them: (official name of that year, with its type; level). Names and years are
checked against data/reference/units_old.csv and units_new.csv."""

from __future__ import annotations

Unit = tuple[str, str]


def xa(name: str) -> Unit:
    return (f"Xã {name}", "commune")


def tt(name: str) -> Unit:
    return (f"Thị trấn {name}", "commune")


def phuong(name: str) -> Unit:
    return (f"Phường {name}", "commune")


def commune(official: str) -> Unit:
    return (official, "commune")


def other(name: str) -> Unit:
    return (name, "other")


def district(name: str) -> Unit:
    return (name, "district")


def province(name: str) -> Unit:
    return (name, "province")


# The four districts of DOMAIN.md (old map)
CAU_NGANG = district("Huyện Cầu Ngang")  # Tỉnh Trà Vinh, 848
THAP_MUOI = district("Huyện Tháp Mười")  # Tỉnh Đồng Tháp, 872
BINH_LUC = district("Huyện Bình Lục")  # Tỉnh Hà Nam, 352
THANH_HOA = district("Huyện Thạnh Hóa")  # Tỉnh Long An, 800


_TYPE_WORDS = [("Thị trấn ", tt), ("TT ", tt), ("Phường ", phuong), ("Xã ", xa), ("xã ", xa), ("X. ", xa)]


def as_typed(*names: str | tuple[str, Unit | str]) -> list[tuple[str, Unit | str]]:
    """Unit names as a clerk types them, each with the unit it names. A name typed with its type word ("Thị trấn X",
    "TT X", "Phường X", "Xã X", "xã X", "X. X") or bare (a xã) names the unit of the same letters; a name spelled
    otherwise than the official name, or naming no unit (then with its reject code), is given as a pair."""
    out: list[tuple[str, Unit | str]] = []
    for name in names:
        if isinstance(name, tuple):
            out.append(name)
            continue
        kind, rest = next(((k, name[len(w):]) for w, k in _TYPE_WORDS if name.startswith(w)), (xa, name))
        out.append((name, kind(rest)))
    return out
