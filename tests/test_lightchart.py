"""The phone's charts drawn by the server (ui/lightchart.py): what the SVG says, where its taps go, and that no text
of a spreadsheet becomes markup."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pandas as pd

from ui import charts, lightchart

NS = ""  # inline SVG in HTML: no namespace written


def _trend(rows: list[tuple[str, int, float | None, str | None]]) -> charts.go.Figure:
    frame = pd.DataFrame(rows, columns=["series", "year", "value", "qualifier"]).assign(
        kind="pct", numerator=None, denominator=None, source_file=None, source_sheet=None, source_cell=None,
        note="", approx=lambda f: f["year"] == 2021)
    return charts.trend(frame, "vi", title="t", kind="pct", colors={"Đảng viên": "#c00", "<b>Xã</b> & *B*": "#00c"},
                        year=2022, height=300)


def test_lines_years_links_bounds_and_gaps():
    fig = _trend([("Đảng viên", 2020, 97.0, None), ("Đảng viên", 2021, 97.5, None), ("Đảng viên", 2022, 98.0, ">"),
                  ("<b>Xã</b> & *B*", 2020, 80.0, None), ("<b>Xã</b> & *B*", 2021, None, None),
                  ("<b>Xã</b> & *B*", 2022, 82.5, None)])
    out = lightchart.svg(fig, "vi", title="Đăng ký — <Huyện> \"A\"", kind="pct", year=2022,
                         link=lambda p: ("pages/tong_quan.py", {"nam": str(p["x"]), "tinh": "84"}),
                         labels={("Đảng viên", 2022): "trên 98,0%"})
    assert "\n" not in out  # one line: a blank line would end Markdown's HTML block
    root = ET.fromstring(out)  # well-formed: every text escaped
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert "Đăng ký — <Huyện> \"A\"" in texts and root.get("aria-label") == "Đăng ký — <Huyện> \"A\""
    assert "trên 98,0%" in texts and "82,5%" in texts  # the chosen year's figures, the bound with its figure
    assert {"2020", "2021", "2022"} <= set(texts) and any(re.fullmatch(r"\d+(,\d)?%", t or "") for t in texts)
    assert "<b>Xã</b> & *B*" in texts  # a name shown as it is, never as markup
    links = [a.get("href") for a in root.iter(f"{NS}a")]
    assert links == ["tong_quan?nam=2020&tinh=84", "tong_quan?nam=2021&tinh=84", "tong_quan?nam=2022&tinh=84",
                     "tong_quan?nam=2020&tinh=84", "tong_quan?nam=2022&tinh=84"]  # no point where no figure
    # the second series has no 2021: its line is broken there (two single points, no polyline through the gap)
    assert len(list(root.iter(f"{NS}polyline"))) == 1
    # 2021 is approximate: its marker open
    fills = [c.get("fill") for c in root.iter(f"{NS}circle") if c.get("r") == "4.5"]
    assert fills == ["#c00", "none", "#c00", "#00c", "#00c"]
    assert "<b>" not in out and "&lt;b&gt;Xã&lt;/b&gt; &amp; *B*" in out


def test_bars_carry_their_bounds_and_no_link_without_one():
    bars = pd.DataFrame({"label": ["Mô hình mới", "Tổng số mô hình"], "value": [98.0, 12.0], "qualifier": [">", None]})
    fig = charts.values(bars, "pct", "#0a0", "vi", title="x")
    out = lightchart.svg(fig, "vi", title="Mô hình — Tỉnh A, 2025", kind="pct")
    root = ET.fromstring(out)
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert "trên 98,0%" in texts and "12,0%" in texts
    assert not list(root.iter(f"{NS}a"))
    assert len([r for r in root.iter(f"{NS}rect") if r.get("fill") == "#0a0"]) == 2
