"""The ranking chart of a report as a PNG (Pillow, with the embedded Open Sans): the units under the chosen one
ranked on one rate, the target as a dashed line, the units that did not report listed as such (no bar, never 0).
Bars start at zero; rates in a narrow band are dots on a labelled axis instead (ui.scales, as on the dashboard).
"""

from __future__ import annotations

import io
import math
from functools import cache
from pathlib import Path

import ttf_opensans
from PIL import Image, ImageDraw, ImageFont

from ui import fmt
from ui.i18n import t
from ui.report.content import ChildRate
from ui.scales import dot_range, is_narrow

FONT_DIR = Path(ttf_opensans.__file__).resolve().parent / "ttf"
FONTS = {"": FONT_DIR / "OpenSans-Regular.ttf", "B": FONT_DIR / "OpenSans-Bold.ttf",
         "I": FONT_DIR / "OpenSans-Italic.ttf"}
BAR = (192, 57, 43)  # the registration family's colour (data/families.csv)
BAR_MET = (120, 30, 22)
GREY = (110, 110, 110)
GRID = (225, 225, 225)
WIDTH = 1800  # px; printed 160 mm wide: about 285 dpi
_ROW, _TOP, _BOTTOM, _NOTE = 58, 70, 80, 44  # _NOTE: the line under a dot plot saying where its axis starts


@cache
def _font(style: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS[style]), size)


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


def axis_range(values: list[float], target: float | None) -> tuple[float, float]:
    """As on the dashboard's ranking: bars from 0 to 105 (room for a bar at 100%); rates in a narrow band, dots on
    an axis around them (ui.scales.dot_range)."""
    if is_narrow(values):
        return dot_range(values, [target] if target is not None else [], "pct")
    high = max([*values, target or 0.0, 100.0])
    return 0.0, max(105.0, math.ceil(high / 5) * 5)


def axis_ticks(lo: float, hi: float) -> list[float]:
    """The gridlines of a rate's axis: every 1, 5, 10 or 20 points from ``lo``, none past 100% (the axis runs on
    to 105 only to leave room for the bar of a unit at 100%; a "105%" under it read as a rate)."""
    step = 1 if hi - lo <= 8 else 5 if hi - lo <= 40 else 10 if hi - lo <= 80 else 20
    last = min(hi, 100.0) if hi <= 105 else hi
    ticks, tick = [], lo
    while tick <= last + 1e-9:
        ticks.append(tick)
        tick += step
    return ticks


ROWS_PER_IMAGE = 36  # a picture fits on an A4 page under a heading; longer rankings go on in a next picture


def ranking_pngs(children: list[ChildRate], target: float | None, lang: str) -> list[bytes]:
    """The ranking as one picture per ``ROWS_PER_IMAGE`` units, all on the same axis; [] when no unit."""
    values = [c.value for c in children if c.value is not None]
    if not values:
        return []
    axis = axis_range(values, target)  # type: ignore[arg-type]
    if len(children) > ROWS_PER_IMAGE:  # a long list of units not reported is written out under the chart
        children = [c for c in children if c.value is not None]
    return [ranking_png(children[i : i + ROWS_PER_IMAGE], target, lang, axis)
            for i in range(0, len(children), ROWS_PER_IMAGE)]


def listed_apart(children: list[ChildRate]) -> list[ChildRate]:
    """The units not reported that the chart leaves out (written as a list under it instead)."""
    return [c for c in children if c.value is None] if len(children) > ROWS_PER_IMAGE else []


def picture_height_mm(children: int, width_mm: float) -> float:
    """At most (a dot plot's line under it included)."""
    return (_TOP + _ROW * children + _BOTTOM + _NOTE) * width_mm / WIDTH


def ranking_png(children: list[ChildRate], target: float | None, lang: str,
                axis: tuple[float, float] | None = None) -> bytes:
    lo, hi = axis or axis_range([c.value for c in children if c.value is not None], target)  # type: ignore[misc]
    dots = lo > 0  # bars start at zero; an axis that does not is a dot plot's (ui.scales)
    row_h, top, bottom = _ROW, _TOP, _BOTTOM
    label_w, value_w, pad = 520, 230, 24
    height = top + row_h * len(children) + bottom + (_NOTE if dots else 0)
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    name_font, value_font, small = _font("", 30), _font("B", 28), _font("", 26)
    x0, x1 = label_w + pad, WIDTH - value_w - pad

    def x_of(v: float) -> float:
        return x0 + (x1 - x0) * (v - lo) / (hi - lo)

    plot_end = height - bottom - (_NOTE if dots else 0)
    for tick in axis_ticks(lo, hi):
        x = x_of(tick)
        draw.line([(x, top - 10), (x, plot_end + 6)], fill=GRID, width=2)
        text = fmt.pct(tick, lang)
        draw.text((x, plot_end + 14), text, font=small, fill=GREY, anchor="ma")
    if dots:
        draw.text((x0, height - 12), t("dot_axis", lang, low=fmt.pct(lo, lang)), font=_font("I", 26), fill=GREY,
                  anchor="ls")
    for i, child in enumerate(children):
        y = top + i * row_h
        mid = y + row_h / 2
        draw.text((label_w, mid), _fit(draw, child.name, name_font, label_w - 10), font=name_font, fill="black",
                  anchor="rm")
        if child.value is None:
            draw.text((x0 + 8, mid), child.label, font=_font("I", 28), fill=GREY, anchor="lm")
            continue
        met = target is not None and child.value >= target
        if dots:  # a light line across the row, the dot at the value
            draw.line([(x0, mid), (x1, mid)], fill=GRID, width=2)
            cx, r = x_of(min(max(child.value, lo), hi)), 13
            draw.ellipse([cx - r, mid - r, cx + r, mid + r], fill=BAR_MET if met else BAR)
        else:
            draw.rectangle([x0, y + 10, max(x0 + 2, x_of(min(child.value, hi))), y + row_h - 10],
                           fill=BAR_MET if met else BAR)
        draw.text((WIDTH - 8, mid), child.label, font=value_font, fill="black", anchor="rm")
    if target is not None and lo <= target <= hi:
        x = x_of(target)
        for y in range(top - 14, int(plot_end), 22):
            draw.line([(x, y), (x, min(y + 12, plot_end))], fill=(40, 40, 40), width=4)
        label = t("target", lang, target=fmt.metric_value(target, "pct", None, lang))
        draw.text((x, top - 20), label, font=_font("B", 28), fill=(40, 40, 40), anchor="rb")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
