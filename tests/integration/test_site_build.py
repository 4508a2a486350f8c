"""The whole site from the committed data package: mkdocs build --strict in a private copy of
the project (mkdocs.yml, overrides/, hand-written docs), then checks on the HTML."""
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from build_scripts.site import pages
from build_scripts.core import paths
from build_scripts.site import build as site
from build_scripts.core.errors import BuildError
from build_scripts.site.ui import load_ui

pytestmark = pytest.mark.slow
ROOT = paths.ROOT
VEGA = "assets/vendor/vega-bundle.js"


def make_project(dst: Path) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", dst / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", dst / "overrides", ignore=shutil.ignore_patterns("vendor"))
    (dst / "build_scripts").symlink_to(ROOT / "build_scripts")
    for name in pages.HAND_WRITTEN:
        for lang in ("zh", "en"):
            (dst / "docs" / lang).mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "docs" / lang / name, dst / "docs" / lang / name)
    return dst


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if not (paths.DATAPACKAGE_DIR / "datapackage.json").is_file():
        pytest.skip("no datapackage/ yet")
    proj = make_project(tmp_path_factory.mktemp("proj"))
    pages.generate(paths.DATAPACKAGE_DIR, proj / "docs")
    site.build(proj / "mkdocs.yml", proj / "site")
    return proj


def html_pages(site_dir: Path) -> dict[str, str]:
    return {p.relative_to(site_dir).as_posix(): p.read_text(encoding="utf-8")
            for p in site_dir.rglob("*.html") if "assets/" not in p.relative_to(site_dir).as_posix()}


def site_url(proj: Path) -> str:
    text = (proj / "mkdocs.yml").read_text(encoding="utf-8")
    return re.search(r'site_url: !ENV \[SITE_URL, "([^"]+)"\]', text).group(1)


def test_every_page_has_its_twin(built):
    all_pages = html_pages(built / "site")
    zh = {k for k in all_pages if not k.startswith("en/") and k != "404.html"}
    en = {k[3:] for k in all_pages if k.startswith("en/")}
    assert zh == en and len(zh) > 50


def test_every_region_with_observations_has_a_page(built):
    rows = pages.load_package(paths.DATAPACKAGE_DIR).rows("observations")
    for code in {r["region_code"] for r in rows}:
        assert (built / "site" / "regions" / code / "index.html").is_file(), code
        assert (built / "site" / "en" / "regions" / code / "index.html").is_file(), code


def test_vega_only_on_pages_with_charts_and_served_by_the_site(built):
    charted = 0
    for name, text in html_pages(built / "site").items():
        has_chart = re.search(r'class="ipc-chart[ "]', text) is not None
        assert has_chart == (VEGA in text), name
        charted += has_chart
    assert charted and (built / "site" / VEGA).stat().st_size > 100_000


def test_nothing_loads_from_another_host_and_links_work_under_a_sub_path(built):
    for name, text in html_pages(built / "site").items():
        for attr, url in re.findall(r'\b(src|href)="([^"]*)"', text):
            if attr == "src":
                assert not re.match(r"(https?:)?//", url), f"{name}: {url}"
            if name != "404.html":   # the 404 page is served at any depth: it links absolutely
                assert not url.startswith("/"), f"{name}: {url}"


@pytest.mark.parametrize("page, path", [("en/regions/320100/index.html", "regions/320100/"),
                                        ("index.html", ""), ("en/index.html", "")])
def test_hreflang_alternates_with_x_default(built, page, path):
    base = site_url(built)
    text = (built / "site" / page).read_text(encoding="utf-8")
    links = dict((h, u) for u, h in re.findall(r'<link rel="alternate ?" href="([^"]+)" hreflang="([^"]+)">', text))
    assert links == {"zh-Hans": f"{base}{path}", "en": f"{base}en/{path}", "x-default": f"{base}{path}"}
    assert 'hreflang="zh-Hans"' in (built / "site" / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("page, twin", [("regions/320100/index.html", "../../en/regions/320100/"),
                                        ("en/about/index.html", "../../about/"),
                                        ("index.html", "en/"), ("en/index.html", "../")])
def test_language_switcher_lands_on_the_twin(built, page, twin):
    text = (built / "site" / page).read_text(encoding="utf-8")
    other = "zh" if page.startswith("en/") else "en"
    assert f'<a href="{twin}" hreflang="{other}" class="md-select__link">' in text


def test_each_language_searches_its_own_pages(built):
    zh = json.loads((built / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    en = json.loads((built / "site" / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in zh["docs"] if d["location"].startswith("en/")]
    for index, folder in ((zh, built / "site"), (en, built / "site" / "en")):   # locations relative to their site
        for doc in index["docs"]:
            assert (folder / doc["location"].split("#")[0] / "index.html").is_file(), doc["location"]
    zh_text = " ".join(d["title"] + d["text"] for d in zh["docs"])
    en_text = " ".join(d["title"] + d["text"] for d in en["docs"])
    assert "南京" in zh_text and "Nanjing" in en_text
    assert "\u200b" in zh_text                                  # jieba segmented the Chinese
    assert "南京" not in " ".join(d["title"] for d in en["docs"])
    en_page = (built / "site" / "en" / "index.html").read_text(encoding="utf-8")
    assert 'j.base=j.base+"/en/"' in en_page                    # en pages load the en index


def test_404_speaks_both_languages(built):
    text = (built / "site" / "404.html").read_text(encoding="utf-8")
    ui = load_ui()
    for lang in ("zh", "en"):
        assert ui.t("not_found_title", lang) in text
    assert f'href="{site_url(built)}en/"' in text


def test_nav_prune_and_no_instant(built):
    cfg = yaml.safe_load((built / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    assert "navigation.prune" in cfg["theme"]["features"] and "navigation.instant" not in cfg["theme"]["features"]
    assert cfg["theme"]["font"] is False


def test_failed_build_keeps_the_previous_site(built, tmp_path):
    proj = make_project(tmp_path)
    shutil.copytree(built / "docs", proj / "docs", dirs_exist_ok=True)
    shutil.copytree(built / "site", proj / "site")
    before = (proj / "site" / "index.html").read_bytes()
    (proj / "docs" / "zh" / "about.md").write_text("[broken](nowhere.md)\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        site.build(proj / "mkdocs.yml", proj / "site")
    assert "nowhere.md" in err.value.message
    assert (proj / "site" / "index.html").read_bytes() == before
    assert not list(proj.glob(".site.new-*"))
