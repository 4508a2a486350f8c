"""Vega-Lite charts for the pages, in either language, and their files.

A chart is one spec drawn twice: `<id>.vl.json`, drawn by the vendored vega-embed at the width of
its column (`width: "container"`), and `<id>.svg`, the static picture every reader sees first
(and readers without JavaScript only), drawn by vl-convert at `STATIC_WIDTH` (render.py). Both
are laid out so that no text is smaller than `TEXT` px as drawn: the chart carries no title and
no source (the page writes them above and below it, where they can wrap), every label has a
width limit, and the view fits its width instead of growing past it.

Three kinds, after the data:
- `bars`: one bar per region for one period, largest first, the value written at the bar's end;
- `lines`: an indicator over periods, a line per region with two or more, labelled at its end
  where the label has room (the others show their name in the tooltip);
- `parts`: the parts of a catalog `sum_of`, as 100% stacked bars, one per region.
Rows are dicts with region, year, period (as the page says it), value (float), value_label (as
the page writes it), bar_label (all digits) and source (publisher and year); `parts` rows also
part, part_order (the catalog's) and share_label. Every word is from ui.yaml.
"""
from __future__ import annotations

import csv
import io
import json

from altair import SCHEMA_URL

from build_scripts.site.ui import UI

FONT = "Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
STATIC_WIDTH = 320      # px: the narrowest chart cell (two columns at 1280 px, one on a phone)
TEXT = 12               # px: every text in a chart (axis labels, values, legends)
BAR_STEP = 22           # px per bar
LINE_HEIGHT = 200       # px: the plot of a line chart
LABEL_GAP = TEXT + 2    # px between two line-end labels
LABEL_LIMIT = 110       # px: longer region names are cut (the tooltip has them whole)
COLOR = "#3b6ea8"
SCHEME = "tableau10"


def text_width(text: str) -> float:
    """About how wide `text` is drawn at TEXT px: CJK characters a full em, others ~0.62 em."""
    return sum(TEXT if ord(ch) >= 0x2E80 else TEXT * 0.62 for ch in str(text))


def _axis_format(lang: str, ui: UI) -> dict:
    """Value axis labels: 万/亿 in Chinese, thousands separators in English."""
    if lang != "zh":
        return {"format": ",~r"}
    yi, wan = ui.t("unit_hundred_million", lang), ui.t("unit_ten_thousand", lang)
    return {"labelExpr": (
        f"abs(datum.value) >= 1e8 ? format(datum.value / 1e8, '~r') + '{yi}' : "
        f"abs(datum.value) >= 1e4 ? format(datum.value / 1e4, '~r') + '{wan}' : format(datum.value, '~r')")}


def _frame(rows: list[dict], width, height) -> dict:
    """What every chart shares: data, size (fit to the width given), fonts of TEXT px."""
    return {
        "$schema": SCHEMA_URL,
        "data": {"values": rows},
        "width": width, "height": height,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "config": {
            "font": FONT,
            "axis": {"labelFontSize": TEXT, "titleFontSize": TEXT, "titleFontWeight": "normal",
                     "labelColor": "#333", "titleColor": "#333", "labelLimit": LABEL_LIMIT},
            "legend": {"labelFontSize": TEXT, "titleFontSize": TEXT, "labelLimit": STATIC_WIDTH - 120},
            "text": {"fontSize": TEXT},
            "view": {"stroke": None},
        },
    }


def _tooltip(ui: UI, lang: str, *extra: tuple[str, str]) -> list[dict]:
    fields = [("region", "col_region"), ("period", "col_period"), *extra, ("value_label", "col_value"), ("source", "col_source")]
    return [{"field": f, "type": "nominal", "title": ui.t(key, lang)} for f, key in fields]


def _value_room(rows: list[dict]) -> dict:
    """x scale bounds that leave room for the value labels beyond the longest bars, whatever
    the width the view gets (`width` is the plot's width signal)."""
    room = max(text_width(r["bar_label"]) for r in rows) + 6
    hi, lo = max(0.0, *(r["value"] for r in rows)), min(0.0, *(r["value"] for r in rows))
    span = f"max(width - {room * (2 if lo < 0 < hi else 1):.0f}, 20)"
    scale = {"zero": True, "nice": False}
    if hi > 0:
        scale["domainMax"] = {"expr": f"{hi} * width / {span}" if lo >= 0 else f"{hi} + ({hi - lo}) * {room:.0f} / {span}"}
    if lo < 0:
        scale["domainMin"] = {"expr": f"{lo} * width / {span}" if hi <= 0 else f"{lo} - ({hi - lo}) * {room:.0f} / {span}"}
    return scale


def bars_spec(rows: list[dict], lang: str, ui: UI, width="container") -> dict:
    """One bar per region, largest first, its value at the end of the bar (all digits, the same
    way for every bar: `bar_label`; the tooltip has the value as the report writes it)."""
    spec = _frame(rows, width, BAR_STEP * len({r["region"] for r in rows}))
    spec["encoding"] = {
        "y": {"field": "region", "type": "nominal", "title": None,
              "sort": {"field": "value", "op": "max", "order": "descending"},
              "axis": {"ticks": False, "domain": False, "labelPadding": 6}},
        "x": {"field": "value", "type": "quantitative", "axis": None, "stack": None, "scale": _value_room(rows)},
        "tooltip": _tooltip(ui, lang),
    }
    spec["layer"] = [
        {"mark": {"type": "bar", "color": COLOR, "height": {"band": 0.75}}},
        {"mark": {"type": "text", "color": "#333", "baseline": "middle",
                  "align": {"expr": "datum.value < 0 ? 'right' : 'left'"}, "dx": {"expr": "datum.value < 0 ? -4 : 4"}},
         "encoding": {"text": {"field": "bar_label"}}},
    ]
    return spec


def _end_labels(rows: list[dict], dodge: bool) -> None:
    """Where each region's name goes, beside its last point (on the plot of LINE_HEIGHT px and the
    domain lines_spec sets): `dodge`, every name, moved apart by LABEL_GAP px where they would
    overlap (the names have their line's colour); else only the names that keep LABEL_GAP px from
    the name of every larger value (`label`), the others are in the tooltips."""
    last: dict[str, dict] = {}
    for r in rows:
        if r["region"] not in last or int(r["year"]) > int(last[r["region"]]["year"]):
            last[r["region"]] = r
    lo, hi = _line_domain(rows)
    per_px = ((hi - lo) or 1) / LINE_HEIGHT
    ends = sorted(last.values(), key=lambda r: -r["value"])
    spots: list[float] = []
    for r in ends:
        y = (r["value"] - lo) / per_px
        if dodge:
            spots.append(min(y, spots[-1] - LABEL_GAP) if spots else y)
        elif all(abs(y - p) >= LABEL_GAP for p in spots):
            spots.append(y)
            r["label"], r["label_y"] = True, r["value"]
    if dodge:
        lift = max(0.0, -spots[-1])
        for i in range(len(spots) - 1, -1, -1):       # pushed below the axis: lift from the bottom
            spots[i] = spots[i] + lift if i == len(spots) - 1 else max(spots[i], spots[i + 1] + LABEL_GAP)
        for r, y in zip(ends, spots):
            r["label"], r["label_y"] = True, lo + y * per_px
    for r in rows:
        r.setdefault("label", False)
        r.setdefault("label_y", r["value"])


def _line_domain(rows: list[dict]) -> tuple[float, float]:
    values = [r["value"] for r in rows]
    lo, hi = min(0.0, *values), max(0.0, *values)
    return lo, hi + (hi - lo) * 0.05


def lines_spec(rows: list[dict], lang: str, ui: UI, width="container") -> dict:
    """An indicator over periods: a line per region, its name at its last point when it fits;
    one colour per region when there are a few, else one colour for all."""
    rows = [dict(r, x=int(r["year"])) for r in rows]
    years = sorted({r["x"] for r in rows})
    regions = sorted({r["region"] for r in rows})
    coloured = 1 < len(regions) <= 10
    _end_labels(rows, dodge=coloured)
    room = max(text_width(r["region"]) for r in rows if r["label"]) + 8
    lo, hi = _line_domain(rows)
    spec = _frame(rows, width, LINE_HEIGHT)
    colour = ({"field": "region", "type": "nominal", "legend": None, "scale": {"scheme": SCHEME}}
              if coloured else {"value": COLOR})
    x = {"field": "x", "type": "quantitative", "title": None,
         "scale": {"domain": [years[0], years[-1]] if len(years) > 1 else [years[0] - 1, years[0] + 1],
                   "range": [0, {"expr": f"max(width - {room:.0f}, 40)"}], "nice": False, "zero": False},
         "axis": {"values": years, "format": "d", "grid": False, "labelFlush": False}}
    y = {"field": "value", "type": "quantitative", "title": None,
         "scale": {"domain": [lo, hi], "nice": False, "zero": True},
         "axis": {"tickCount": 4, "domain": False, "ticks": False, "labelPadding": 4, **_axis_format(lang, ui)}}
    spec["encoding"] = {"x": x, "y": y, "color": colour}
    spec["layer"] = [
        {"mark": {"type": "line", "strokeWidth": 2}, "encoding": {"detail": {"field": "region", "type": "nominal"}}},
        {"mark": {"type": "point", "filled": True, "size": 40, "opacity": 1}, "encoding": {"tooltip": _tooltip(ui, lang)}},
        {"transform": [{"filter": "datum.label"}],
         "mark": {"type": "text", "align": "left", "dx": 6, "baseline": "middle", "limit": LABEL_LIMIT + 20},
         "encoding": {"text": {"field": "region"}, "y": {"field": "label_y", "type": "quantitative"},
                      "tooltip": _tooltip(ui, lang)}},
    ]
    return spec


def parts_spec(rows: list[dict], lang: str, ui: UI, width="container") -> dict:
    """The parts of a whole as shares of each region's bar (100% stacked), one colour per part,
    regions in the order of their totals; the legend below, one part a line."""
    spec = _frame(rows, width, BAR_STEP * len({r["region"] for r in rows}))
    order = [part for _, part in sorted({(r["part_order"], r["part"]) for r in rows})]
    spec["encoding"] = {
        "y": {"field": "region", "type": "nominal", "title": None,
              "sort": {"field": "value", "op": "sum", "order": "descending"},
              "axis": {"ticks": False, "domain": False, "labelPadding": 6}},
        "x": {"field": "value", "type": "quantitative", "stack": "normalize", "title": None,
              "axis": {"format": "~%", "tickCount": 4, "grid": False, "domain": False}},
        "color": {"field": "part", "type": "nominal", "title": None, "sort": order, "scale": {"scheme": SCHEME},
                  "legend": {"orient": "bottom", "direction": "vertical", "symbolType": "square"}},
        "order": {"field": "part_order", "type": "quantitative"},
        "tooltip": _tooltip(ui, lang, ("part", "col_indicator"), ("share_label", "col_share")),
    }
    spec["mark"] = {"type": "bar", "height": {"band": 0.75}}
    return spec


KINDS = {"bars": bars_spec, "lines": lines_spec, "parts": parts_spec}


def static_height(kind: str, regions: int, parts: int = 0) -> int:
    """About how tall the static SVG of a chart comes out (px, at STATIC_WIDTH), for the page's
    <img height>, so the page does not jump as the pictures load (tests/unit/test_charts.py)."""
    if kind == "lines":
        return LINE_HEIGHT + 28
    height = regions * BAR_STEP + 10
    return height + 20 + 14 * (parts + 1) if kind == "parts" else height


def spec_json(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def data_csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
