"""Vega-Lite charts (Altair) for the pages, in either language, and their files.

A chart is one spec plus three files: `<id>.vl.json` (the spec the browser draws with
the vendored vega-embed), `<id>.svg` (the static picture shown without JavaScript, drawn by
vl-convert with a CJK font so Chinese labels are not boxes: see render.py) and `<id>.csv` (its
data, with the column titles of the page's language). Every label, title and tooltip comes from
ui.yaml or the data package; numbers in tooltips are written by `ui.format_value`.
"""
from __future__ import annotations

import csv
import io
import json

import altair as alt
from altair.utils.schemapi import debug_mode

from build_scripts.site.ui import UI

FONT = "Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
WIDTH = 520
BAR = 18


def _axis_format(lang: str, ui: UI) -> dict:
    """Axis labels: 万/亿 in Chinese, thousands separators in English."""
    if lang != "zh":
        return {"format": ",~r"}
    yi, wan = ui.t("unit_hundred_million", lang), ui.t("unit_ten_thousand", lang)
    return {"labelExpr": (
        f"abs(datum.value) >= 1e8 ? format(datum.value / 1e8, '~r') + '{yi}' : "
        f"abs(datum.value) >= 1e4 ? format(datum.value / 1e4, '~r') + '{wan}' : format(datum.value, '~r')")}


@debug_mode(False)      # no schema check of every object and spec built: the tests validate the specs
def comparison_spec(rows: list[dict], lang: str, ui: UI, title: str, axis_title: str, source: str,
                    stacked: bool = False) -> dict:
    """Horizontal bars, one per region, largest first: one colour per year when there are several,
    or, `stacked`, one colour per part (rows' `part`) stacked into the region's bar.

    `rows`: dicts with region, year, part, value (float), value_label (text as the page writes it).
    """
    region_t, year_t, value_t = ui.t("col_region", lang), ui.t("col_year", lang), ui.t("col_value", lang)
    series = ("part", ui.t("col_indicator", lang)) if stacked else ("year", year_t)
    groups = sorted({r[series[0]] for r in rows})
    enc = {
        "y": alt.Y("region:N", title=region_t,
                   sort=alt.EncodingSortField("value", op="sum" if stacked else "max", order="descending")),
        "x": alt.X("value:Q", title=axis_title, stack="zero" if stacked else None, axis=alt.Axis(**_axis_format(lang, ui))),
        "tooltip": [alt.Tooltip("region:N", title=region_t), alt.Tooltip(f"{series[0]}:N", title=series[1]),
                    alt.Tooltip("value_label:N", title=value_t)],
    }
    if len(groups) > 1:
        enc["color"] = alt.Color(f"{series[0]}:N", title=series[1], legend=alt.Legend(orient="bottom", columns=1 if stacked else 0))
        if not stacked:
            enc["yOffset"] = alt.YOffset("year:N")
    regions = len({r["region"] for r in rows})
    chart = (
        alt.Chart(alt.Data(values=rows), title=alt.TitleParams(title, subtitle=source, anchor="start"))
        .mark_bar()
        .encode(**enc)
        .properties(width=WIDTH, height=max(60, regions * BAR * (1 if stacked else len(groups))))
        .configure(font=FONT)
    )
    spec = chart.to_dict(validate=False)
    spec.pop("$schema", None)
    return {"$schema": alt.SCHEMA_URL, **spec}


def spec_json(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def data_csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
