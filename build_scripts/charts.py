"""Vega-Lite charts (Altair) for the pages, in either language, and their files.

A chart is one spec plus three files: `<id>.vl.json` (the spec the browser draws with
the vendored vega-embed), `<id>.svg` (the static picture shown without JavaScript, rendered by
vl-convert with a CJK font so Chinese labels are not boxes) and `<id>.csv` (its data, with the
column titles of the page's language). Every label, title and tooltip comes from ui.yaml or the
data package; numbers in tooltips are written by `ui.format_value`.

SVGs are the slow part of a build (vl-convert measures every label with the CJK font, ~0.15 s a
chart, one call at a time per process): they are rendered in a process pool and kept in a
content-addressed cache (`<cache>/<sha256>.svg`, keyed by the spec, the vl-convert version and
the font folder), so a rebuild renders only the charts whose spec changed.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

import altair as alt
import vl_convert as vlc
from altair.utils.schemapi import debug_mode

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


def render_svg(spec: dict) -> str:
    register_fonts()
    return vlc.vegalite_to_svg(spec)


def spec_json(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _cache_key(spec: dict) -> str:
    fonts = next((str(d) for d in CJK_FONT_DIRS if d.is_dir()), "")
    return hashlib.sha256(f"{vlc.__version__}\n{fonts}\n{spec_json(spec)}".encode("utf-8")).hexdigest()


def render_svgs(specs: dict[str, dict], cache: Path | None = None) -> dict[str, str]:
    """SVG per key of `specs`. Those in `cache` are read from it; the others are rendered in
    worker processes (vl-convert runs one call at a time per process), in order, and stored."""
    keys = {name: _cache_key(spec) for name, spec in specs.items()}
    out = {}
    for name, key in keys.items():
        if cache and (cache / f"{key}.svg").is_file():
            out[name] = (cache / f"{key}.svg").read_text(encoding="utf-8")
    todo = [name for name in specs if name not in out]
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1:     # spawn: a fork would copy vl-convert's runtime threads in an unknown state
        with ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"), initializer=register_fonts) as pool:
            out.update(zip(todo, pool.map(vlc.vegalite_to_svg, [specs[n] for n in todo])))
    else:
        out.update((name, render_svg(specs[name])) for name in todo)
    if cache and todo:
        cache.mkdir(parents=True, exist_ok=True)
        for name in todo:
            tmp = cache / f"{keys[name]}.svg.{os.getpid()}"
            tmp.write_text(out[name], encoding="utf-8")
            os.replace(tmp, cache / f"{keys[name]}.svg")      # atomic: parallel builds may share it
    return {name: out[name] for name in specs}


def data_csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def vendor_bundle() -> str:
    """vega, vega-lite and vega-embed in one classic script (window.vegaEmbed), served by the site."""
    return vlc.javascript_bundle()
