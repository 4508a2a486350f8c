"""Page generation from a small synthetic package (tests/fixtures/pages_package)."""
import io
import json
import re
import zipfile
from pathlib import Path

import jsonschema
import markdown
import pytest
import yaml
from altair.vegalite.v6.schema.core import load_schema

from build_scripts.site import pages
from build_scripts.core.errors import BuildError

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "pages_package"
MD_EXT = ["tables", "attr_list", "md_in_html"]


@pytest.fixture(scope="module")
def files():
    return pages.render_all(FIXTURE)


def md_pages(files, lang):
    return {k.split("/", 1)[1] for k in files if k.startswith(f"{lang}/") and k.endswith(".md")}


def test_every_page_has_its_twin(files):
    assert md_pages(files, "zh") == md_pages(files, "en")
    assert {"index.md", "quality.md", "glossary.md", "regions/index.md", "topics/patents.md",
            "datasets/observations.md", "reports/js-2022.md"} <= md_pages(files, "zh")


def test_every_region_with_observations_has_a_page(files):
    observed = {row["region_code"] for row in pages.load_package(FIXTURE).rows("observations")}
    for lang in ("zh", "en"):
        assert {f"regions/{code}.md" for code in observed} <= md_pages(files, lang)


def test_one_dataset_page_per_resource_and_one_report_page_per_report(files):
    pkg = pages.load_package(FIXTURE)
    assert {f"datasets/{r['name']}.md" for r in pkg.resources} < md_pages(files, "en")
    assert {f"reports/{r['report_id']}.md" for r in pkg.rows("reports")} < md_pages(files, "en")


def test_chart_specs_validate_against_the_vega_lite_schema(files):
    schema = load_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    specs = [k for k in files if k.endswith(".vl.json")]
    assert specs
    for name in specs:
        errors = list(validator.iter_errors(json.loads(files[name])))
        assert not errors, f"{name}: {errors[0].message}"


def test_only_pages_with_charts_ask_for_vega(files):
    for name, text in files.items():
        if name.endswith(".md"):
            has_chart = re.search(r'<figure class="ipc-chart[ "]', text) is not None
            assert has_chart == ("\ncharts: true\n" in text.split("---", 2)[1]), name


def test_chart_block_links_svg_csv_and_sources(files):
    text = files["en/regions/320000.md"]
    chart_id = "patents.valid.invention.per_10k--320000--prefecture"
    # raw HTML, relative to the built page's URL (regions/320000/): drawn while mkdocs builds
    assert f'<img class="ipc-chart__fallback" src="../../charts/{chart_id}.svg" alt="' in text
    assert re.search(rf'src="../../charts/{re.escape(chart_id)}.svg" alt="[^"]*" width="320" height="76"', text)
    assert f"](../charts/{chart_id}.csv){{ .ipc-chart__download }}" in text
    assert {f"{lang}/charts/{chart_id}.{ext}" for lang in ("zh", "en") for ext in ("svg", "csv", "vl.json")} <= set(files)
    # one source line under each chart: publisher and year, linked to the report page
    assert "Source: [Jiangsu Test Office \\(2022\\)](../reports/js-2022.md)</p>" in text
    assert ("Source: [Jiangsu Test Office \\(2020\\)](../reports/js-2020.md); "
            "[Jiangsu Test Office \\(2022\\)](../reports/js-2022.md)</p>") in text      # its --periods chart


def test_parts_of_a_catalog_sum_are_stacked(files):
    chart_id = "patents.valid.invention--320000--prefecture--parts"
    spec = json.loads(files[f"en/charts/{chart_id}.vl.json"])
    assert spec["encoding"]["color"]["field"] == "part"
    assert spec["encoding"]["x"]["stack"] == "normalize"
    assert {v["part"] for v in spec["data"]["values"]} == {"Held by enterprises", "Held by universities"}
    assert f"charts/{chart_id}.svg" in files["en/regions/320500.md"] and f"charts/{chart_id}.svg" in files["en/topics/patents.md"]


def test_an_indicator_over_periods_is_a_line_chart_on_its_topic_page(files):
    chart_id = "trademarks.applications--province--periods"
    spec = json.loads(files[f"zh/charts/{chart_id}.vl.json"])
    assert {(v["region"], v["year"]) for v in spec["data"]["values"]} == {("江苏省", "2020"), ("江苏省", "2022")}
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["line", "point", "text"]
    assert "**商标申请量** · 江苏省，2020—2022年</figcaption>" in files["zh/topics/trademarks.md"]
    assert f"charts/{chart_id}.svg" in files["zh/topics/trademarks.md"]
    assert "trademarks.applications--province" not in files["zh/regions/320000.md"]   # not a headline indicator
    assert "trademarks.applications--province.vl.json" not in files      # one province: nothing to compare


def test_region_page_tells_key_figures_then_charts_then_one_table_then_every_observation(files):
    text = files["en/regions/320000.md"]
    marks = ["## Key figures", "## Charts", "## Every indicator by year", '<details class="ipc-all"']
    assert [text.index(m) for m in marks] == sorted(text.index(m) for m in marks)
    key = text.split("## Key figures", 1)[1].split("## Charts", 1)[0]
    assert "Invention patents per 10,000 people" in key and "end of 2022" in key      # headline: 3 in the catalog
    assert "[49\\.4](../reports/js-2022.md#obs-patents.valid.invention.per_10k-320000-2022-12-31)" in key
    table = text.split("## Every indicator by year", 1)[1].split("<details", 1)[0]
    row = next(line for line in table.splitlines() if ">Invention patents per 10,000 people</a>" in line)
    assert '<th scope="col">2020</th><th scope="col">2022</th></tr>' in table
    assert 'href="../../reports/js-2020/#obs-patents.valid.invention.per_10k-320000-2020-12-31">36.1</a>' in row
    assert ">49.4</a>" in row and table.count(">Invention patents per 10,000 people</a>") == 1   # one row each


def test_every_link_to_a_quote_lands_on_its_row(files):
    links = {(lang, rid, anchor) for name, text in files.items() if name.endswith(".md")
             for lang in [name.split("/", 1)[0]]      # Markdown links, and raw HTML from the built page
             for rid, anchor in re.findall(r"reports/([\w-]+)(?:\.md|/)#(obs-[^)\s\"]+)[)\"]", text)}
    assert len(links) > 10
    for lang, rid, anchor in links:
        assert f'<span id="{anchor}"></span>' in files[f"{lang}/reports/{rid}.md"], (lang, rid, anchor)


def test_topic_page_shows_charts_first_and_folds_definitions_and_observations(files):
    text = files["en/topics/patents.md"]
    assert text.index("## Charts") < text.index('<details class="ipc-definitions"') < text.index('<details class="ipc-all"')
    assert "](../glossary.md)" in text


def test_city_rank_among_same_level_areas(files):
    nanjing = files["en/regions/320100.md"]
    assert "| 1 of 3 |" in nanjing           # 107.2 > 81.3 > 25.1 among prefecture-level cities
    assert "| 3 of 3 |" in files["en/regions/320300.md"]
    assert "第 1 / 3 名" in files["zh/regions/320100.md"]


def test_numbers_are_written_per_language(files):
    assert '<span class="ipc-num" title="exact value: 300,000" data-value="300000">300 thousand</span>' in files["en/regions/440300.md"]
    assert '<span class="ipc-num" title="精确值：300,000" data-value="300000">30万</span>' in files["zh/regions/440300.md"]
    assert "约500亿" in files["zh/topics/finance_transactions.md"]
    assert "about 50 billion</span>" in files["en/topics/finance_transactions.md"]
    assert 'title="exact value: 50,000,000,000"' in files["en/topics/finance_transactions.md"]


def test_report_pages_write_value_and_unit_together(files):
    assert "约500亿元</span>" in files["zh/reports/gd-2022.md"]
    assert "about 50 billion yuan</span>" in files["en/reports/gd-2022.md"]
    chart_values = [v["value_label"] for k, text in files.items() if k.endswith(".vl.json")
                    for v in json.loads(text)["data"]["values"]]
    assert chart_values and not [v for v in chart_values if "<" in v]   # tooltips: plain text


def test_hostile_text_stays_text(files):
    for name in ("zh/reports/gd-2022.md", "en/quality.md", "en/regions/440300.md", "zh/index.md"):
        body = markdown.markdown(files[name].split("---", 2)[2], extensions=MD_EXT)
        assert "<script>alert" not in body and "<img src=x" not in body and "<b>" not in body, name
        assert 'href="http://evil"' not in body, name
    title = yaml.safe_load(files["zh/reports/gd-2022.md"].split("---")[1])["title"]
    assert "<script>" not in title and "&lt;script&gt;" in title


def test_table_cells_with_pipes_do_not_break_rows(files):
    body = markdown.markdown(files["zh/reports/gd-2022.md"].split("---", 2)[2], extensions=MD_EXT)
    assert "近500亿元 &lt;b&gt;*x*&lt;/b&gt; | y" in body


def test_dataset_page_has_fields_downloads_and_json_ld(files):
    text = files["zh/datasets/observations.md"]
    assert "| `value` | 数值 | number |" in text
    for fmt, href in (("csv", "observations.csv"), ("json", "observations.json"), ("zip", "datapackage.zip")):
        assert f"](../downloads/{href}){{ .ipc-download data-format={fmt} }}" in text
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', text).group(1))
    assert ld["@type"] == "Dataset" and ld["inLanguage"] == ["zh-Hans", "en"]
    assert {d["contentUrl"] for d in ld["distribution"]} == {
        "../../downloads/observations.csv", "../../downloads/observations.json", "../../downloads/observations.parquet"}
    for fmt, href in (("parquet", "observations.parquet"), ("sqlite", "datapackage.sqlite")):
        assert f"](../downloads/{href}){{ .ipc-download data-format={fmt} }}" in text
    assert '<div class="ipc-grid ipc-preview"' in text and '<th scope="col" title="数值">value</th>' in text


def test_dataset_field_units(files):
    assert "| `value` | 数值 | number | 见 unit 列 |" in files["zh/datasets/observations.md"]
    assert "| `value` | value | number | see unit column |" in files["en/datasets/observations.md"]
    assert "| `per_10k` | per 10k | string | per 10,000 people |" in files["en/datasets/js-2022-per-10k.md"]
    assert "| `per_10k` | per\\_10k | string | 件/万人 |" in files["zh/datasets/js-2022-per-10k.md"]


def test_quality_page_lists_every_check_with_counts_in_both_languages(files):
    runs = pages.load_package(FIXTURE).rows("checks")
    for lang, intro in (("zh", "共运行 3 次检查，进行 11 次比较，其中 9 次通过，发布 2 条发现"),
                        ("en", "ran 3 checks, making 11 comparisons: 9 passed and 2 findings")):
        text = files[f"{lang}/quality.md"].replace("\\", "")
        assert intro in text
        assert text.index("`ratio`") < text.rindex("\n## ")               # checks above the findings list
        for r in runs:
            assert f"| `{r['check']}` |" in text and r[f"description_{lang}"] in text
            assert f"| {r['comparisons']} | {r['passed']} | {r['findings']} |" in text
    assert "[js\\-2022\\-per\\-10k](datasets/js-2022-per-10k.md)" in files["en/quality.md"]
    assert "正文（中英对照）" in files["zh/quality.md"] and "text (Chinese against English)" in files["en/quality.md"].replace("\\", "")


def test_downloads_json_records_and_zip(files):
    records = json.loads(files["en/downloads/observations.json"])
    assert records[0]["value"] == 49.4 and records[0]["year"] == 2022 and records[6]["line_zh"] is None
    assert json.loads(files["en/downloads/observations.json"])[9]["value"] == 480272
    assert files["zh/downloads/observations.csv"] == (FIXTURE / "data" / "observations.csv").read_bytes()
    names = zipfile.ZipFile(io.BytesIO(files["zh/downloads/datapackage.zip"])).namelist()
    assert "datapackage/datapackage.json" in names and "datapackage/data/observations.csv" in names
    pkg = pages.load_package(FIXTURE)
    assert {f"{r['name']}.parquet" for r in pkg.resources} | {"datapackage.sqlite"} <= {
        k.rsplit("/", 1)[1] for k in files if k.startswith("en/downloads/")}


def test_rendering_is_deterministic(files):
    again = pages.render_all(FIXTURE)
    assert again.keys() == files.keys()
    assert [k for k in files if files[k] != again[k]] == []


def test_nav_nests_cities_under_provinces(files):
    nav = yaml.safe_load(files["en/.nav.yml"])
    regions = next(item["Regions"] for item in nav if "Regions" in item)
    jiangsu = next(item["Jiangsu"] for item in regions if isinstance(item, dict) and "Jiangsu" in item)
    assert jiangsu[0] == "regions/320000.md"
    assert {"Nanjing": "regions/320100.md"} in jiangsu and {"Kunshan": "regions/320583.md"} in jiangsu


def test_generate_replaces_generated_pages_and_keeps_hand_written(tmp_path):
    docs = tmp_path / "docs"
    (docs / "zh" / "regions").mkdir(parents=True)
    (docs / "zh" / "regions" / "stale.md").write_text("old", encoding="utf-8")
    (docs / "zh" / "about.md").write_text("mine", encoding="utf-8")
    pages.generate(FIXTURE, docs)
    assert not (docs / "zh" / "regions" / "stale.md").exists()
    assert (docs / "zh" / "about.md").read_text(encoding="utf-8") == "mine"
    assert (docs / "en" / "regions" / "320100.md").is_file()


def test_missing_package_is_a_clear_error(tmp_path):
    with pytest.raises(BuildError) as err:
        pages.load_package(tmp_path)
    assert "datapackage.json" in str(err.value.file) and "make data" in err.value.message


def test_observation_with_unknown_region_names_the_file(tmp_path):
    import shutil
    pkg = tmp_path / "pkg"
    shutil.copytree(FIXTURE, pkg)
    obs = pkg / "data" / "observations.csv"
    obs.write_text(obs.read_text(encoding="utf-8").replace(",440100,", ",999999,"), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        pages.render_all(pkg)
    assert err.value.key == "region_code" and "observations.csv" in str(err.value.file)
