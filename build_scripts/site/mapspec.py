"""The Vega-Lite spec of a choropleth: a province's units coloured by one indicator's value.

Drawn like every chart (charts.py): `<id>.vl.json` by vega-embed at the width of its column, its
TopoJSON loaded from the file beside it (`data.url`, relative to the spec: charts.js gives
vega-embed the spec's folder as base URL), and `<id>.svg` by vl-convert at `STATIC_WIDTH`
with the TopoJSON inline (vl-convert does not load files). No title and no source inside (the page
writes them around the map); legend text is `TEXT` px, the units' names `LABEL_SIZE` px.

Layers, over the units joined to `rows` by code (lookup):
- the units without a value, grey, with their own one-entry legend ("no data"): never a colour of
  the value scale, so a missing value does not read as zero or as small;
- the units with a value, on a sequential scale (a diverging one centred on 0 when values have
  both signs), its gradient legend below the map titled with the unit;
- the units' names where they fit (`rows[].label` set), white on the darkest fills.
Rows: code, region (full name), label (short name or ""), period, value (float or None),
value_label (as the page writes it, or "no data"), source, lon, lat, dark.
"""
from __future__ import annotations

import json
import math

from altair import SCHEMA_URL

from build_scripts.site.charts import FONT
from build_scripts.site.ui import UI

STATIC_WIDTH = 320           # px: the static SVG, as wide as the narrowest chart cell (as charts.py's)
TEXT = 12                    # px: legend text, as the charts' text
NO_DATA = "#cfcfcf"          # no value: a neutral grey, outside the value scale
STROKE = "#ffffff"
SEQUENTIAL, DIVERGING = "blues", "redblue"     # blue for more in both; red for below 0
GRADIENT = 180              # px: the length of the value legend
LABEL_SIZE = 11              # px: the units' names on the map
OVERHANG = 1.1               # a name may be this much wider than its unit where it is written
MIN_ASPECT, MAX_ASPECT = 0.55, 1.2


def text_width(text: str, size: float = TEXT) -> float:
    """About how wide `text` is drawn at `size` px: CJK characters a full em, others ~0.62 em."""
    return sum(size if ord(ch) >= 0x2E80 else size * 0.62 for ch in str(text))


def height(aspect: float, width: int = STATIC_WIDTH) -> int:
    """The plot's height for a map `width` px wide whose units span `aspect` (height / width)."""
    return round(width * min(MAX_ASPECT, max(MIN_ASPECT, aspect)))


def scale(bounds: tuple[float, float, float, float], width: int = STATIC_WIDTH) -> float:
    """Pixels per Web Mercator unit of a map of `bounds` fitted to `width` x `height(...)` px."""
    dx, dy = bounds[2] - bounds[0], bounds[3] - bounds[1]
    return min(width / dx, height(dy / dx, width) / dy) if dx > 0 and dy > 0 else 1.0


def place_labels(labels: list[tuple[str, tuple[float, float, float, float]]], bounds, width: int = STATIC_WIDTH) -> list[bool]:
    """Which of `labels` ((text, (lon, lat, room x, room y)) per unit) to write on a map of
    `bounds` `width` px wide: those that fit their unit's room (give or take OVERHANG) and keep
    clear of the labels already placed, the roomiest units first."""
    k = scale(bounds, width)
    boxes: list[tuple[float, float, float, float]] = []
    keep = [False] * len(labels)
    for i in sorted(range(len(labels)), key=lambda i: -labels[i][1][2]):
        text, (lon, lat, room_x, room_y) = labels[i]
        w, h = text_width(text, LABEL_SIZE), LABEL_SIZE
        if not text or w > room_x * k * OVERHANG or h + 2 > room_y * k:
            continue
        x, y = math.radians(lon) * k, -math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * k
        box = (x - w / 2 - 2, y - h / 2 - 1, x + w / 2 + 2, y + h / 2 + 1)
        if all(box[2] <= b[0] or b[2] <= box[0] or box[3] <= b[1] or b[3] <= box[1] for b in boxes):
            boxes.append(box)
            keep[i] = True
    return keep


def diverging(values: list[float]) -> bool:
    return min(values) < 0 < max(values)


def dark(value: float | None, values: list[float]) -> bool:
    """Whether the fill of `value` is dark enough to want a white name on it."""
    if value is None or not values:
        return False
    if diverging(values):
        return abs(value) / max(abs(v) for v in values) > 0.65
    lo, hi = min(values), max(values)
    return hi > lo and (value - lo) / (hi - lo) > 0.6


def _legend_format(lang: str, ui: UI) -> dict:
    """Legend labels (the lowest and highest value): in Chinese with 万/亿 to four digits past
    10,000, else with thousands separators."""
    if lang != "zh":
        return {"labelExpr": "format(datum.value, ',~r')"}
    yi, wan = ui.t("unit_hundred_million", lang), ui.t("unit_ten_thousand", lang)
    return {"labelExpr": (
        f"abs(datum.value) >= 1e8 ? format(datum.value / 1e8, '.4~r') + '{yi}' : "
        f"abs(datum.value) >= 1e4 ? format(datum.value / 1e4, '.4~r') + '{wan}' : format(datum.value, ',~r')")}


def _tooltip(ui: UI, lang: str) -> list[dict]:
    fields = [("region", "col_region"), ("period", "col_period"), ("value_label", "col_value"), ("source", "col_source")]
    return [{"field": f, "type": "nominal", "title": ui.t(key, lang)} for f, key in fields]


def spec(rows: list[dict], topology: dict | str, aspect: float, unit: str, lang: str, ui: UI,
         width: int | str = "container") -> dict:
    """The map of `rows` over `topology` (the TopoJSON itself, inline, or its URL)."""
    values = [r["value"] for r in rows if r["value"] is not None]
    data = {"values": topology} if isinstance(topology, dict) else {"url": topology}
    data["format"] = {"type": "topojson", "feature": "units"}
    fields = ["region", "period", "value", "value_label", "source"]
    shape = {"type": "geoshape", "stroke": STROKE, "strokeWidth": 0.7}
    scale = {"scheme": DIVERGING, "domainMid": 0} if diverging(values) else {"scheme": SEQUENTIAL}
    legend = {"orient": "bottom", "direction": "horizontal", "title": unit, "gradientLength": GRADIENT,
              **_legend_format(lang, ui)}
    lookup = {"lookup": "id", "from": {"data": {"values": rows}, "key": "code", "fields": fields}}
    layers = [{
        "transform": [lookup, {"filter": "isValid(datum.value)"}],
        "mark": shape,
        "encoding": {"color": {"field": "value", "type": "quantitative", "scale": scale, "legend": legend},
                     "tooltip": _tooltip(ui, lang)}}]
    if len(values) < len(rows):
        no_data = ui.t("map_no_data", lang)
        layers.insert(0, {
            "transform": [lookup, {"filter": "!isValid(datum.value)"}, {"calculate": json.dumps(no_data), "as": "no_data"}],
            "mark": shape,
            "encoding": {"color": {"field": "no_data", "type": "nominal", "scale": {"domain": [no_data], "range": [NO_DATA]},
                                   "legend": {"orient": "bottom", "title": None, "symbolType": "square"}},
                         "tooltip": _tooltip(ui, lang)}})
    layers.append({
        "data": {"values": [r for r in rows if r["label"]]},
        "mark": {"type": "text", "fontSize": LABEL_SIZE, "baseline": "middle"},
        "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                     "latitude": {"field": "lat", "type": "quantitative"},
                     "text": {"field": "label"},
                     "color": {"condition": {"test": "datum.dark", "value": "#ffffff"}, "value": "#222222"},
                     "tooltip": _tooltip(ui, lang)}})
    return {
        "$schema": SCHEMA_URL,
        "data": data,
        "width": width, "height": height(aspect),
        "autosize": {"type": "fit-x", "contains": "padding"},
        "projection": {"type": "mercator"},
        "layer": layers,
        "resolve": {"scale": {"color": "independent"}, "legend": {"color": "independent"}},
        "config": {"font": FONT, "view": {"stroke": None},
                   "legend": {"labelFontSize": TEXT, "titleFontSize": TEXT, "titleFontWeight": "normal",
                              "labelColor": "#333", "titleColor": "#333", "labelLimit": STATIC_WIDTH - 80,
                              "titleLimit": STATIC_WIDTH - 40}},
    }
