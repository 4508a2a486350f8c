"""Chart specs: valid Vega-Lite, labels and number formats in the page's language."""
import json

import jsonschema
import pytest
from altair.vegalite.v6.schema.core import load_schema

from build_scripts import charts
from build_scripts.ui import load_ui

ROWS = [
    {"region": "南京市", "year": "2020", "part": "企业", "value": 89.9, "value_label": "89.9"},
    {"region": "南京市", "year": "2022", "part": "院校", "value": 107.2, "value_label": "107.2"},
    {"region": "苏州市", "year": "2022", "part": "企业", "value": 1171000.0, "value_label": "117.1万"},
]


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    return jsonschema.validators.validator_for(schema)(schema)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("stacked", [False, True])
def test_comparison_spec_is_valid_vega_lite(validator, lang, stacked):
    spec = charts.comparison_spec(ROWS, lang, load_ui(), "T", "Axis", "Source: X", stacked=stacked)
    errors = sorted(validator.iter_errors(spec), key=str)
    assert not errors, errors[0].message


def test_zh_axis_writes_wan_and_yi_en_uses_separators():
    ui = load_ui()
    zh = json.dumps(charts.comparison_spec(ROWS, "zh", ui, "T", "A", "S"), ensure_ascii=False)
    en = json.dumps(charts.comparison_spec(ROWS, "en", ui, "T", "A", "S"), ensure_ascii=False)
    assert "万" in zh and "亿" in zh and "labelExpr" in zh
    assert "labelExpr" not in en and ",~r" in en


def test_tooltips_and_titles_come_from_ui_strings():
    ui = load_ui()
    spec = charts.comparison_spec(ROWS, "en", ui, "Title", "Axis", "Source: X")
    titles = [t["title"] for t in spec["encoding"]["tooltip"]]
    assert titles == [ui.t("col_region", "en"), ui.t("col_year", "en"), ui.t("col_value", "en")]
    assert spec["title"]["subtitle"] == "Source: X"


def test_stacked_parts_are_coloured_by_part_without_offset():
    enc = charts.comparison_spec(ROWS, "en", load_ui(), "T", "A", "S", stacked=True)["encoding"]
    assert enc["color"]["field"] == "part" and enc["x"]["stack"] == "zero" and "yOffset" not in enc


def test_one_year_has_no_colour_legend():
    spec = charts.comparison_spec(ROWS[1:], "en", load_ui(), "T", "A", "S")
    assert "color" not in spec["encoding"]
    assert "color" in charts.comparison_spec(ROWS, "en", load_ui(), "T", "A", "S")["encoding"]


def test_svg_has_chinese_text_and_csv_uses_given_titles():
    spec = charts.comparison_spec(ROWS, "zh", load_ui(), "标题", "轴", "来源")
    svg = charts.render_svgs({"x--1": spec})["x--1"]
    assert svg.lstrip().startswith("<svg") and "南京市" in svg
    assert json.loads(charts.spec_json(spec)) == spec
    assert charts.data_csv(["地区", "数值"], [["南京市", "89.9"]]) == "地区,数值\n南京市,89.9\n"


def test_svgs_are_cached_by_spec_and_rendered_in_order(tmp_path):
    ui = load_ui()
    specs = {f"{lang}/{n}": charts.comparison_spec(ROWS[n:], lang, ui, f"T{n}", "A", "S") for lang in ("zh", "en") for n in (0, 1)}
    first = charts.render_svgs(specs, tmp_path)
    assert list(first) == list(specs) and len(set(first.values())) == 4 and len(list(tmp_path.iterdir())) == 4
    for (name, spec), svg in zip(specs.items(), first.values()):   # each SVG is its own spec's picture
        assert svg == charts.render_svg(spec), name
    cached = next(tmp_path.iterdir())
    cached.write_text("<svg>cached</svg>", encoding="utf-8")
    again = charts.render_svgs(specs, tmp_path)
    assert "<svg>cached</svg>" in again.values() and list(again) == list(specs)
    changed = {"x": charts.comparison_spec(ROWS, "en", ui, "another title", "A", "S")}
    assert charts.render_svgs(changed, tmp_path)["x"] != "<svg>cached</svg>" and len(list(tmp_path.iterdir())) == 5


def test_build_works_without_a_cjk_font(monkeypatch, tmp_path):
    monkeypatch.setattr(charts, "CJK_FONT_DIRS", (tmp_path / "none",))
    charts.register_fonts.cache_clear()
    try:
        assert charts.register_fonts() is False
        assert "<svg" in charts.render_svg(charts.comparison_spec(ROWS, "zh", load_ui(), "T", "A", "S"))
    finally:
        charts.register_fonts.cache_clear()
