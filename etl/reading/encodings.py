"""Text files as Vietnamese offices save them: UTF-16 (Excel's "Unicode Text"), UTF-8, Windows-1258, or lines of
both pasted together. (Text typed in legacy fonts inside a workbook: etl.reading.legacy_fonts.)"""

from __future__ import annotations


def decode_text(data: bytes) -> tuple[str, str | None]:
    """(text, encoding): UTF-16 with its BOM (Excel's "Unicode Text"), UTF-8 (with or without BOM), else
    Windows-1258 (Vietnamese Windows); a file that mixes UTF-8 lines with Windows-1258 lines (two exports
    pasted together) is decoded line by line ("mixed")."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8 = legacy = 0
    decoded = []
    for line in lines:
        try:
            text = line.decode("utf-8")
            if not line.isascii():
                utf8 += 1
        except UnicodeDecodeError:
            text = line.decode("cp1258", errors="replace")
            legacy += 1
        decoded.append(text)
    if utf8 and legacy:
        return "\n".join(decoded).removeprefix("\ufeff"), "mixed"
    return data.decode("cp1258", errors="replace"), "cp1258"
