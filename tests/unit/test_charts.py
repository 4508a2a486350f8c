"""Chart specs: valid Vega-Lite, labels and number formats in the page's language."""
import json

import jsonschema
import pytest
from altair.vegalite.v6.schema.core import load_schema

from build_scripts.site import charts
from build_scripts.site.ui import load_ui

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


def test_spec_json_round_trips_and_csv_uses_given_titles():
    spec = charts.comparison_spec(ROWS, "zh", load_ui(), "标题", "轴", "来源")
    assert json.loads(charts.spec_json(spec)) == spec
    assert charts.data_csv(["地区", "数值"], [["南京市", "89.9"]]) == "地区,数值\n南京市,89.9\n"
