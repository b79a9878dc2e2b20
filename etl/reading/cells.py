"""What a cell holds before any meaning is given to it: empty or not, a number or text that starts like one."""

from __future__ import annotations


def is_nonempty(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def is_number_like(value: object) -> bool:
    """A number, or text that starts like one ("98,5", "312 ĐV", "17/17", "trên 98%")."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if not isinstance(value, str):
        return False
    s = value.strip().lower()
    for prefix in ("trên", "hơn", ">", "≥", "≤", "<", "khoảng", "gần", "~", "≈", "dưới", "ít nhất", "tối đa", "xấp xỉ"):
        if s.startswith(prefix):
            s = s[len(prefix):].strip()
            break
    return bool(s) and s[0].isdigit()
