"""Vega-Lite charts (Altair) for the pages, in either language, and their files.

A chart is one spec plus three files next to it: `<id>.vl.json` (the spec the browser draws with
the vendored vega-embed), `<id>.svg` (the static picture shown without JavaScript, rendered by
vl-convert with a CJK font so Chinese labels are not boxes) and `<id>.csv` (its data, with the
column titles of the page's language). Every label, title and tooltip comes from ui.yaml or the
data package; numbers in tooltips are written by `ui.format_value`.
"""
from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from pathlib import Path

import altair as alt
import vl_convert as vlc

from .ui import UI

CJK_FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/truetype/noto"))
FONT = "Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
WIDTH = 520
BAR = 18


@lru_cache(maxsize=1)
def register_fonts() -> bool:
    """Register the first CJK font folder found; without one the build still works (boxes in zh SVG)."""
    for folder in CJK_FONT_DIRS:
        if folder.is_dir():
            vlc.register_font_directory(str(folder))
            return True
    return False


def _axis_format(lang: str, ui: UI) -> dict:
    """Axis labels: 万/亿 in Chinese, thousands separators in English."""
    if lang != "zh":
        return {"format": ",~r"}
    yi, wan = ui.t("unit_hundred_million", lang), ui.t("unit_ten_thousand", lang)
    return {"labelExpr": (
        f"abs(datum.value) >= 1e8 ? format(datum.value / 1e8, '~r') + '{yi}' : "
        f"abs(datum.value) >= 1e4 ? format(datum.value / 1e4, '~r') + '{wan}' : format(datum.value, '~r')")}


def comparison_spec(rows: list[dict], lang: str, ui: UI, title: str, axis_title: str, source: str) -> dict:
    """Horizontal bars, one per region, sorted by value; one colour per year when there are several.

    `rows`: dicts with region, year, value (float), value_label (text as the page writes it).
    """
    years = sorted({r["year"] for r in rows})
    region_t, year_t, value_t = ui.t("col_region", lang), ui.t("col_year", lang), ui.t("col_value", lang)
    enc = {
        "y": alt.Y("region:N", title=region_t, sort=alt.EncodingSortField("value", op="max", order="descending")),
        "x": alt.X("value:Q", title=axis_title, axis=alt.Axis(**_axis_format(lang, ui))),
        "tooltip": [alt.Tooltip("region:N", title=region_t), alt.Tooltip("year:N", title=year_t),
                    alt.Tooltip("value_label:N", title=value_t)],
    }
    if len(years) > 1:
        enc["color"] = alt.Color("year:N", title=year_t, legend=alt.Legend(orient="bottom"))
        enc["yOffset"] = alt.YOffset("year:N")
    regions = len({r["region"] for r in rows})
    chart = (
        alt.Chart(alt.Data(values=rows), title=alt.TitleParams(title, subtitle=source, anchor="start"))
        .mark_bar()
        .encode(**enc)
        .properties(width=WIDTH, height=max(60, regions * BAR * len(years)))
        .configure(font=FONT)
    )
    spec = chart.to_dict()
    spec.pop("$schema", None)
    return {"$schema": alt.SCHEMA_URL, **spec}


def render_svg(spec: dict) -> str:
    register_fonts()
    return vlc.vegalite_to_svg(spec)


def data_csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def chart_files(chart_id: str, spec: dict, header: list[str], rows: list[list]) -> dict[str, str]:
    """The three files of a chart, keyed by file name."""
    return {
        f"{chart_id}.vl.json": json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        f"{chart_id}.svg": render_svg(spec),
        f"{chart_id}.csv": data_csv(header, rows),
    }


def vendor_bundle() -> str:
    """vega, vega-lite and vega-embed in one classic script (window.vegaEmbed), served by the site."""
    return vlc.javascript_bundle()
