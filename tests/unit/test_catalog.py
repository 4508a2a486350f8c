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
