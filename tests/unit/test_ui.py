"""UI strings (catalog/ui.yaml) and how numbers are written per language."""
import pytest

from build_scripts.core.errors import BuildError
from build_scripts.site.ui import LANGS, format_number, format_value, load_ui


@pytest.mark.parametrize("value, unit, zh, en", [
    ("117100", "pieces", "11.71万", "117,100"),
    ("480272", "pieces", "480,272", "480,272"),          # 48.0272万 would read worse: full number
    ("2950000000", "yuan", "29.5亿", "2,950,000,000"),
    ("50000000000", "yuan", "500亿", "50,000,000,000"),
    ("-17.61", "percent", "-17.61", "-17.61"),
    ("50.39", "per_10k_people", "50.39", "50.39"),       # ratios never in 万
    ("1234567.5", "pieces", "1,234,567.5", "1,234,567.5"),
    ("0", "pieces", "0", "0"),
])
def test_numbers_are_exact_in_both_languages(value, unit, zh, en):
    assert format_number(value, "zh", unit) == zh
    assert format_number(value, "en", unit) == en


def test_qualifier_and_percent_follow_the_language():
    assert format_value("500", "zh", "pieces", "approx") == "约500"
    assert format_value("500", "en", "pieces", "approx") == "about 500"
    assert format_value("12.61", "en", "percent", "more_than") == "more than 12.61%"
    assert format_value("12.61", "zh", "percent") == "12.61%"


def test_not_a_number_is_shown_as_printed():
    assert format_number("n/a", "zh") == "n/a"


def test_every_string_exists_in_every_language():
    ui = load_ui()
    assert [lang.code for lang in ui.languages] == list(LANGS)
    assert ui.language("zh").hreflang == "zh-Hans"
    for key, pair in ui.strings.items():
        assert set(pair) == set(LANGS), key


def ui_file(tmp_path, strings: str):
    path = tmp_path / "ui.yaml"
    path.write_text("languages:\n  - {code: zh, hreflang: zh-Hans, name: 中文, prefix: ''}\n"
                    "  - {code: en, hreflang: en, name: English, prefix: en/}\n"
                    "strings:\n" + strings, encoding="utf-8")
    return path


def test_missing_translation_names_file_line_and_key(tmp_path):
    with pytest.raises(BuildError) as err:
        load_ui(ui_file(tmp_path, "  ok: {zh: 好, en: good}\n  half: {zh: 半}\n"))
    assert err.value.key == "half" and err.value.line == 6 and "en" in err.value.message


def test_unknown_key_is_a_build_error():
    with pytest.raises(BuildError):
        load_ui().t("no_such_key", "zh")


def test_unquoted_comma_in_a_flow_mapping_is_caught(tmp_path):
    with pytest.raises(BuildError) as err:
        load_ui(ui_file(tmp_path, "  per: {zh: 每万人, en: per 10,000 people}\n"))
    assert err.value.key == "per"
