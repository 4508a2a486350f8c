"""UI strings (catalog/ui.yaml) and how numbers are written per language."""
from decimal import Decimal

import pytest

from build_scripts.core.errors import BuildError
from build_scripts.site.ui import LANGS, exact_number, format_number, format_value, is_scaled, load_ui


@pytest.mark.parametrize("value, unit, zh, en", [
    ("117100", "pieces", "11.71万", "117.1 thousand"),
    ("480272", "pieces", "480,272", "480,272"),          # 48.0272万 / 480.272 thousand: full number
    ("2950000000", "yuan", "29.5亿", "2.95 billion"),
    ("50000000000", "yuan", "500亿", "50 billion"),
    ("600000000", "yuan", "6亿", "600 million"),
    ("-250000", "pieces", "-25万", "-250 thousand"),
    ("12000", "pieces", "1.2万", "12 thousand"),
    ("5000", "pieces", "5,000", "5,000"),                 # below 10,000: never a scale word
    ("1234500000", "yuan", "123,450万", "1,234,500,000"),  # zh falls back to 万; en only its largest word
    ("1234567", "pieces", "1,234,567", "1,234,567"),
    ("-17.61", "percent", "-17.61", "-17.61"),
    ("50.39", "per_10k_people", "50.39", "50.39"),       # ratios never in 万
    ("250000", "per_10k_entities", "250,000", "250,000"),
    ("120000", "score", "120,000", "120,000"),
    ("1234567.5", "pieces", "1,234,567.5", "1,234,567.5"),
    ("0", "pieces", "0", "0"),
])
def test_numbers_are_exact_in_both_languages(value, unit, zh, en):
    assert format_number(value, "zh", unit) == zh
    assert format_number(value, "en", unit) == en


@pytest.mark.parametrize("value", ["117100", "480272", "2950000000", "50000000000", "1234500000", "-250000", "12000"])
def test_a_scaled_number_is_the_same_number(value):
    """Reading the scale word back gives the stored value exactly (nothing rounded)."""
    words = {"万": 10 ** 4, "亿": 10 ** 8, " thousand": 10 ** 3, " million": 10 ** 6, " billion": 10 ** 9}
    for lang in LANGS:
        text = format_number(value, lang, "pieces").replace(",", "")
        factor = next((f for w, f in words.items() if text.endswith(w)), 1)
        digits = text[: -len(next(w for w in words if text.endswith(w)))] if factor != 1 else text
        assert Decimal(digits) * factor == Decimal(value), (lang, text)
        assert is_scaled(value, lang, "pieces") == (factor != 1)


def test_unscaled_formatting_for_multipliers():
    assert format_number("10000", "en", scale=False) == "10,000"
    assert format_number("10000", "zh", scale=False) == "10,000"
    assert exact_number("50000000000") == "50,000,000,000"


def test_qualifier_and_percent_follow_the_language():
    assert format_value("500", "zh", "pieces", "approx") == "约500"
    assert format_value("500", "en", "pieces", "approx") == "about 500"
    assert format_value("12.61", "en", "percent", "more_than") == "more than 12.61%"
    assert format_value("12.61", "zh", "percent") == "12.61%"


def test_value_with_its_unit_label():
    assert format_value("50000000000", "zh", "yuan", unit_label="元") == "500亿元"
    assert format_value("50000000000", "en", "yuan", unit_label="yuan") == "50 billion yuan"
    assert format_value("600000000", "en", "yuan", "approx", unit_label="yuan") == "about 600 million yuan"
    assert format_value("480272", "zh", "pieces", unit_label="件") == "480,272件"
    assert format_value("480272", "en", "pieces", unit_label="pieces") == "480,272 pieces"


def test_percent_and_percentage_points_are_kept_apart():
    assert format_value("1.2", "zh", "percentage_points") == "1.2个百分点"
    assert format_value("1.2", "en", "percentage_points") == "1.2 pp"
    assert format_value("-0.5", "en", "percentage_points", "approx") == "about -0.5 pp"
    assert format_value("1.2", "zh", "percent", unit_label="%") == "1.2%"             # never "1.2%%"
    assert format_value("1.2", "en", "percentage_points", unit_label="percentage points") == "1.2 pp"


def test_number_words_come_from_ui_yaml_in_both_languages():
    ui = load_ui()
    for key in ("unit_thousand", "unit_ten_thousand", "unit_million", "unit_hundred_million", "unit_billion",
                "number_percent", "number_percentage_points", "number_exact"):
        assert all(ui.t(key, lang) for lang in LANGS), key
    assert ui.t("number_exact", "en", value="1") == "exact value: 1"


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
