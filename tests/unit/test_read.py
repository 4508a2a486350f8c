"""The reader: language halves, sections, line numbers, reports.yaml validation."""
import textwrap

import pytest

from build_scripts.core.errors import BuildError
from build_scripts.read import heading_of, line_language, load_metadata, load_reports, split_halves


def test_line_language():
    assert line_language("2022年，全省商标申请量480272件") == "zh"
    assert line_language("In 2022, Jiangsu recorded 480,272 trademark applications") == "en"
    assert line_language("12\t34\t56") is None
    # an English title inside the Chinese half is still English, by line
    assert line_language("**White Paper of Development**") == "en"
    # markup is no language: a Chinese table row with a <script> cell stays Chinese
    assert line_language("无锡市\t<script>alert(1)</script>\t9\t24") == "zh"
    assert line_language("<b>全省</b>\t<b>411</b>") == "zh"


def test_split_halves_ignores_foreign_titles():
    texts = ["江苏省知识产权白皮书", "White Paper of Jiangsu", "正文第一段，全省商标申请量480272件。",
             "第二段，继续中文内容。", "", "White Paper", "The year 2022 was a good year for IP in Jiangsu.",
             "Trademark applications were 480,272 pieces."]
    assert split_halves(texts, ("zh", "en")) == {"zh": (1, 5), "en": (6, 8)}
    assert split_halves(texts, ("en",)) == {"en": (1, 8)}


def test_a_table_glossed_in_english_is_no_second_half():
    # a yearbook's table: a Chinese title over rows whose labels carry an English gloss (written for this test)
    glossed = ["16-5 各类型专利申请和授权情况", "Patent Applications and Grants by Category", "年份 专利申请数 专利授权数",
               "Year Applications Grants", "2019 153279 98955", "2020 180399 145929", "2021 153814 12561"]
    assert split_halves(glossed, ("zh", "en")) == {"zh": (1, 7)}
    # a short news item: one Chinese paragraph, then its translation in sentences -- two halves still
    news = ["2022年全省专利授权量1000件，商标注册量2000件，有效发明专利3000件。", "In 2022, 1,000 patents were granted.",
            "Trademark registrations were 2,000.", "Valid invention patents were 3,000."]
    assert split_halves(news, ("zh", "en")) == {"zh": (1, 1), "en": (2, 4)}


@pytest.mark.parametrize("line,expected", [
    ("一、知识产权强省建设", ("zh1", "一、")),
    ("（二）推动知识产权强市建设。", ("zh2", "（二）")),
    ("(一) 商标申请、注册情况", ("zh2", "(一)")),
    ("● I. Developing Jiangsu into a Powerful Province in IPR", ("en1", "I.")),
    ("## II. Steady Improvement", ("en1", "II.")),
    ("1. Trademark application and registration: In 2020", ("num", "1.")),
    ("2022年，全省商标申请量480272件", None),
    ("10.98 percentage points higher", None),
])
def test_heading_of(line, expected):
    assert heading_of(line) == expected


def test_real_seeds_halves_and_line_numbers():
    reports = {r.id: r for r in load_reports("seeds")}
    assert set(reports) == {"jiangsu-2022", "nanjing-2022", "jiangsu-2020", "guangdong-2022"}
    js = reports["jiangsu-2022"]
    # the seeds' README: zh first, English from line 272
    assert js.halves["en"][0] == 272
    assert reports["nanjing-2022"].halves["en"][0] == 174
    assert reports["guangdong-2022"].halves["en"][0] == 97
    assert js.line(272).lang == "en" and js.line(100).lang == "zh"
    assert js.line(101).text.startswith("全省")
    assert reports["jiangsu-2020"].halves == {"en": (1, len(reports["jiangsu-2020"].lines))}
    assert reports["guangdong-2022"].line(97).lang == "en"
    assert reports["nanjing-2022"].line(180).lang == "en"


def write_yaml(tmp_path, body: str):
    (tmp_path / "r.txt").write_text("2022年，全省商标申请量480272件。\n", encoding="utf-8")
    (tmp_path / "reports.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    return tmp_path


GOOD = """\
reports:
  - id: test-2022
    file: r.txt
    region_code: "320000"
    year: 2022
    title_zh: 测试
    title_en: Test
    publisher_zh: 测试机构
    publisher_en: Test body
    languages: [zh]
"""


def test_metadata_good(tmp_path):
    (meta,) = load_metadata(write_yaml(tmp_path, GOOD))
    assert meta.id == "test-2022" and meta.period == "2022" and meta.languages == ("zh",)
    assert len(meta.sha256) == 64
    (meta,) = load_metadata(write_yaml(tmp_path, GOOD + "    published: 2023-04-25\n"))
    assert meta.published == "2023-04-25"


@pytest.mark.parametrize("change,key,line", [
    (("    year: 2022\n", "    year: 22x\n"), "year", 5),
    (("    year: 2022\n", "    year: 1800\n"), "year", 5),
    (("    title_en: Test\n", ""), "title_en", 2),
    (("    languages: [zh]\n", "    languages: [zh, fr]\n"), "languages", 10),
    (("  - id: test-2022\n", "  - id: Test 2022\n"), "id", 2),
    (("    file: r.txt\n", "    file: missing.txt\n"), "file", 3),
    (("    region_code: \"320000\"\n", "    region_code: Jiangsu\n"), "region_code", 4),
    (("    languages: [zh]\n", "    languages: [zh]\n    colour: red\n"), "colour", 11),
    (("    title_en: Test\n", "    titel_en: Test\n"), "titel_en", 7),
    (("    languages: [zh]\n", "    languages: [zh]\n    published: 2022-13-40\n"), "published", 11),
    (("    languages: [zh]\n", "    languages: [zh]\n    published: last spring\n"), "published", 11),
])
def test_metadata_errors_name_file_line_key(tmp_path, change, key, line):
    body = GOOD.replace(*change)
    with pytest.raises(BuildError) as exc:
        load_metadata(write_yaml(tmp_path, body))
    assert exc.value.key == key and exc.value.line == line
    assert str(exc.value).startswith(str(tmp_path / "reports.yaml"))


def test_misspelt_key_names_the_intended_one(tmp_path):
    with pytest.raises(BuildError, match="did you mean 'title_en'"):
        load_metadata(write_yaml(tmp_path, GOOD.replace("title_en:", "titel_en:")))


def test_duplicate_id(tmp_path):
    body = GOOD + GOOD.split("reports:\n")[1]
    with pytest.raises(BuildError, match="duplicate report id") as exc:
        load_metadata(write_yaml(tmp_path, body))
    assert exc.value.line == 11


def test_yaml_syntax_error_has_line(tmp_path):
    with pytest.raises(BuildError, match="invalid YAML") as exc:
        load_metadata(write_yaml(tmp_path, GOOD + "  - id: [unclosed\n"))
    assert exc.value.line is not None


@pytest.mark.parametrize("raw,message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\xd6\xd0\xce\xc4\n", "UTF-8"),      # GBK bytes
    (b"text\x00\x01\x02binary", "binary"),
])
def test_seed_content_errors(tmp_path, raw, message):
    write_yaml(tmp_path, GOOD)
    (tmp_path / "r.txt").write_bytes(raw)
    with pytest.raises(BuildError, match=message) as exc:
        load_reports(tmp_path)
    assert exc.value.file == tmp_path / "r.txt"
