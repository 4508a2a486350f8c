"""Chart specs: valid Vega-Lite, as wide as their column, no title or source inside, every text
TEXT px, labels and number formats in the page's language, the right kind for the data."""
import json

import jsonschema
import pytest
import vl_convert as vlc
from altair.vegalite.v6.schema.core import load_schema

from build_scripts.site import charts
from build_scripts.site.ui import load_ui


def row(region, year, value, label=None, **extra):
    label = label or f"{value:g}"
    return {"region": region, "year": year, "period": year, "value": value, "value_label": label,
            "bar_label": label, "source": "Office (2022)", **extra}


BARS = [row("南京市", "2022", 107.2), row("苏州市", "2022", 1171000.0, "117.1万"), row("徐州市", "2022", -3.5)]
LINES = [row("南京市", "2020", 89.9), row("南京市", "2022", 107.2), row("苏州市", "2020", 63.2), row("苏州市", "2022", 81.3)]
PARTS = [row(r, "2022", v, part=p, part_order=n, share_label="50%")
         for r in ("南京市", "苏州市") for n, (p, v) in enumerate((("企业", 53040.0), ("院校", 50302.0)))]
SPECS = {"bars": BARS, "lines": LINES, "parts": PARTS}


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    return jsonschema.validators.validator_for(schema)(schema)


def spec(kind, lang="en", width="container", rows=None):
    return charts.KINDS[kind]([dict(r) for r in (rows or SPECS[kind])], lang, load_ui(), width)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", list(charts.KINDS))
def test_specs_are_valid_vega_lite_and_fit_their_column(validator, kind, lang):
    s = spec(kind, lang)
    errors = sorted(validator.iter_errors(s), key=str)
    assert not errors, errors[0].message
    assert s["width"] == "container" and s["autosize"] == {"type": "fit-x", "contains": "padding"}
    assert "title" not in s     # the page writes the title above and the source below


def font_sizes(svg: str) -> set[float]:
    import re
    return {float(x) for x in re.findall(r'font-size="([\d.]+)px"', svg)}


@pytest.mark.parametrize("kind", list(charts.KINDS))
def test_static_svg_is_static_width_wide_with_text_of_text_px(kind):
    svg = vlc.vegalite_to_svg(spec(kind, "en", charts.STATIC_WIDTH))
    assert f'width="{charts.STATIC_WIDTH}"' in svg.split(">", 1)[0]
    assert font_sizes(svg) == {charts.TEXT}


@pytest.mark.parametrize("kind", list(charts.KINDS))
def test_static_height_is_what_vl_convert_draws(kind):
    svg = vlc.vegalite_to_svg(spec(kind, "en", charts.STATIC_WIDTH))
    height = float(svg.split('height="', 1)[1].split('"', 1)[0])
    regions = len({r["region"] for r in SPECS[kind]})
    parts = len({r.get("part") for r in SPECS[kind]}) if kind == "parts" else 0
    assert abs(charts.static_height(kind, regions, parts) - height) <= 8


def test_bar_values_leave_room_for_their_labels():
    """The longest bar's label stays inside the picture (the x domain grows with the width)."""
    svg = vlc.vegalite_to_svg(spec("bars", "en", charts.STATIC_WIDTH, [row("A", "2022", 1234567.0, "1,234,567"), row("B", "2022", 10.0)]))
    import re
    xs = [float(x) for x in re.findall(r'<text[^>]*transform="translate\(([\d.]+),', svg)]
    assert xs and max(xs) + charts.text_width("1,234,567") <= charts.STATIC_WIDTH


def test_lines_name_each_line_where_it_ends_or_dodge_when_coloured():
    s = spec("lines")
    ends = [v for v in s["data"]["values"] if v["label"]]
    assert sorted(v["region"] for v in ends) == ["南京市", "苏州市"] and {v["year"] for v in ends} == {"2022"}
    assert s["encoding"]["color"]["field"] == "region"     # two regions: a colour each
    many = [row(f"R{i}", y, 10.0 + i * 0.01) for i in range(12) for y in ("2020", "2022")]
    s = spec("lines", rows=many)
    assert s["encoding"]["color"] == {"value": charts.COLOR}
    assert sum(v["label"] for v in s["data"]["values"]) == 1   # all end at the same height: one name


def test_parts_are_shares_in_catalog_order():
    s = spec("parts")
    assert s["encoding"]["x"]["stack"] == "normalize" and s["encoding"]["color"]["sort"] == ["企业", "院校"]


def test_tooltips_give_region_period_value_and_source_in_the_page_language():
    ui = load_ui()
    for lang in ("zh", "en"):
        titles = [t["title"] for t in spec("bars", lang)["encoding"]["tooltip"]]
        assert titles == [ui.t(k, lang) for k in ("col_region", "col_period", "col_value", "col_source")]


def test_zh_axis_writes_wan_and_yi_en_uses_separators():
    zh = json.dumps(spec("lines", "zh"), ensure_ascii=False)
    en = json.dumps(spec("lines", "en"), ensure_ascii=False)
    assert "万" in zh and "亿" in zh and "labelExpr" in zh
    assert "labelExpr" not in en and ",~r" in en


def test_spec_json_round_trips_and_csv_uses_given_titles():
    s = spec("bars", "zh")
    assert json.loads(charts.spec_json(s)) == s
    assert charts.data_csv(["地区", "数值"], [["南京市", "89.9"]]) == "地区,数值\n南京市,89.9\n"
