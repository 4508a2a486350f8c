import shutil

import pytest

from build_scripts.core import paths
from build_scripts.catalog import load_catalog
from build_scripts.core.errors import BuildError


@pytest.fixture
def catalog_dir(tmp_path):
    for name in ("topics.yaml", "units.yaml", "indicators.yaml"):
        shutil.copy(paths.CATALOG_DIR / name, tmp_path / name)
    return tmp_path


def write_units(folder, *entries: str) -> None:
    (folder / "units.yaml").write_text(
        "units:\n" + "".join(f"  - {e}\n" for e in entries), encoding="utf-8")
    indicators = (folder / "indicators.yaml").read_text(encoding="utf-8")
    (folder / "indicators.yaml").write_text(indicators.split("indicators:")[0] + "indicators: []\n", encoding="utf-8")


def test_a_quoted_label_with_a_comma_is_whole(catalog_dir):
    write_units(catalog_dir, '{id: pieces, label_zh: 件, label_en: pieces}',
                '{id: per_10k_people, label_zh: 件/万人, label_en: "per 10,000 people"}')
    assert load_catalog(catalog_dir).units["per_10k_people"].label_en == "per 10,000 people"


def test_an_unquoted_comma_is_caught_with_file_line_and_key(catalog_dir):
    write_units(catalog_dir, '{id: pieces, label_zh: 件, label_en: pieces}',
                '{id: per_10k_people, label_zh: 件/万人, label_en: per 10, 000 people}')
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert err.value.file == catalog_dir / "units.yaml"
    assert (err.value.line, err.value.key) == (3, "000 people")
    assert "exactly id, label_zh, label_en" in err.value.message


def test_a_missing_or_extra_key_is_an_error(catalog_dir):
    write_units(catalog_dir, '{id: pieces, label_zh: 件}')
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert (err.value.line, err.value.key) == (2, "label_en")
    write_units(catalog_dir, '{id: pieces, label_zh: 件, label_en: pieces, note: x}')
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert err.value.key == "note"


def test_topics_are_checked_the_same_way(catalog_dir):
    (catalog_dir / "topics.yaml").write_text("topics:\n  - {id: patents, label_zh: 专利, label_en: Patents, designs}\n",
                                             encoding="utf-8")
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert (err.value.file.name, err.value.line, err.value.key) == ("topics.yaml", 2, "designs")


def _replace(folder, old: str, new: str) -> None:
    path = folder / "indicators.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _error(catalog_dir) -> BuildError:
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert err.value.file == catalog_dir / "indicators.yaml"
    return err.value


def test_a_misspelt_check_key_is_an_error_not_a_check_turned_off(catalog_dir):
    _replace(catalog_dir, "    sum_of:", "    sum_off:")
    err = _error(catalog_dir)
    assert err.key == "sum_off" and "sum_of" in err.message and err.line > 1


@pytest.mark.parametrize("old,new,key", [
    ("numerator: patents.valid.invention,", "numerator: patents.valid.inventoin,", "ratio_of"),
    ("base: patents.applications\n", "base: patents.aplications\n", "base"),
    ("    sum_of: [gi.trademarks, gi.products]", "    sum_of: [gi.trademarks, gi.product]", "sum_of"),
])
def test_a_reference_to_an_indicator_that_does_not_exist_is_an_error(catalog_dir, old, new, key):
    text = (catalog_dir / "indicators.yaml").read_text(encoding="utf-8")
    if old not in text:
        pytest.fail(f"the catalog no longer has {old!r}: update the test")
    _replace(catalog_dir, old, new)
    err = _error(catalog_dir)
    assert err.key == key
    assert "no indicator id" in err.message


def test_ratio_of_needs_numerator_denominator_and_a_positive_per(catalog_dir):
    _replace(catalog_dir, "per: 10000", "per: 0")
    assert _error(catalog_dir).key == "ratio_of"


def test_annual_is_a_boolean_on_a_flow(catalog_dir):
    path = catalog_dir / "indicators.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    annual: true", "    annual: yes please", 1), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert err.value.key == "annual" and err.value.line == text[:text.index("    annual: true")].count("\n") + 1


def test_ranks_made_from_an_entry_are_worded_by_the_templates_and_checked(catalog_dir):
    got = load_catalog(catalog_dir).indicators
    rank = got["patents.applications.rank_province"]
    assert (rank.unit, rank.measure, rank.extra["base"]) == ("rank", "rank", "patents.applications")
    assert rank.label_zh == got["patents.applications"].label_zh + "全省排名"
    assert rank.label_en == got["patents.applications"].label_en + ", rank in the province"
    assert "by patent applications (1 = most)" in rank.definition_en
    _replace(catalog_dir, "    ranks: [national, province]\n", "    ranks: [nationwide]\n")
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert err.value.key == "ranks" and err.value.line


def test_changes_made_from_an_entry_are_worded_by_the_templates_and_checked(catalog_dir):
    got = load_catalog(catalog_dir).indicators
    base = got["customs.pieces"]
    change = got["customs.pieces.yoy_pct"]
    assert (change.unit, change.measure, change.extra["base"]) == ("percent", "change", "customs.pieces")
    assert (change.label_zh, change.label_en) == (base.label_zh + "同比增长率", base.label_en + ", change on previous year")
    amount = got["finance.pledge.amount.change"]
    assert (amount.unit, amount.measure, amount.extra["base"]) == ("yuan", "change", "finance.pledge.amount")
    running = got["patents.applications.cumulative"]
    assert (running.unit, running.measure, running.label_zh) == ("pieces", "stock", "累计" + got["patents.applications"].label_zh)
    _replace(catalog_dir, "    changes: [yoy_pct]\n", "    changes: [yearly]\n")
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert err.value.key == "changes" and err.value.line


def test_a_change_listed_by_hand_and_made_by_changes_is_an_error(catalog_dir):
    text = (catalog_dir / "indicators.yaml").read_text(encoding="utf-8")
    (catalog_dir / "indicators.yaml").write_text(text.replace("    changes: [yoy_pct]\n", "    changes: [yoy_pct]\n", 1).replace(
        "  - id: customs.batches\n", "  - id: customs.pieces.yoy_pct\n    topic: customs\n    unit: percent\n    measure: change\n"
        "    label_zh: 甲\n    label_en: A\n    definition_zh: 甲\n    definition_en: A\n    base: customs.pieces\n"
        "  - id: customs.batches\n", 1), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        load_catalog(catalog_dir)
    assert err.value.key == "changes" and "customs.pieces.yoy_pct" in str(err.value)
