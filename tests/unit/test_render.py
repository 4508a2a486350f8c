"""Static chart SVGs and the Vega bundle, drawn by vl-convert in worker processes (render.py)."""
import pytest
import vl_convert as vlc

from build_scripts.site import charts
from build_scripts.site import render
from build_scripts.site import build as site
from build_scripts.core.errors import BuildError
from build_scripts.site.ui import load_ui

ROWS = [
    {"region": "南京市", "year": "2020", "period": "2020", "value": 89.9, "value_label": "89.9", "bar_label": "89.9", "source": "S"},
    {"region": "苏州市", "year": "2022", "period": "2022", "value": -1171000.0, "value_label": "-117.1万",
     "bar_label": "-1,171,000", "source": "S"},
]


def lines(rows, lang, title="T"):
    """A line chart (its value axis writes d3's minus sign); `title` only tells specs apart."""
    return charts.lines_spec([dict(r, source=title) for r in rows], lang, load_ui(), charts.STATIC_WIDTH)


def draw(specs, cache=None, workers=1):
    with render.Renderer(workers) as renderer:
        return renderer.svgs(specs, cache).result()


def specs_in_both_languages(title="T"):
    return {f"{lang}/{n}": lines(ROWS[n:], lang, f"{title}{n}") for lang in ("zh", "en") for n in (0, 1)}


def test_subset_font_draws_the_same_svg_as_the_whole_font():
    """Labels measured with the subset give the same picture, and its name does not leak out."""
    if not render.cjk_fonts():
        pytest.skip("no Noto Sans CJK SC on this machine (make chromium installs fonts-noto-cjk)")
    specs = specs_in_both_languages()
    drawn = draw(specs, workers=2)
    for folder in render.CJK_FONT_DIRS:
        if folder.is_dir():
            vlc.register_font_directory(str(folder))
    for name, spec in specs.items():
        assert drawn[name] == vlc.vegalite_to_svg(spec), name
        assert render.FAMILY not in drawn[name] and f'font-family="{charts.FONT}"' in drawn[name]
    assert "南京市" in drawn["zh/0"] and "\u2212" in drawn["zh/0"]   # d3's minus, on the axis


def test_svgs_are_cached_by_spec_in_order(tmp_path):
    specs = specs_in_both_languages()
    first = draw(specs, tmp_path)
    svg_files = sorted(tmp_path.glob("*.svg"))
    assert list(first) == list(specs) and len(set(first.values())) == 4 and len(svg_files) == 4
    svg_files[0].write_text("<svg>cached</svg>", encoding="utf-8")
    again = draw(specs, tmp_path)
    assert "<svg>cached</svg>" in again.values() and list(again) == list(specs)
    assert {k: v for k, v in again.items() if v != "<svg>cached</svg>"}.items() <= first.items()
    changed = draw({"x": lines(ROWS, "en", "another title")}, tmp_path)
    assert changed["x"] != "<svg>cached</svg>" and len(list(tmp_path.glob("*.svg"))) == 5


def test_without_a_cjk_font_the_build_still_draws(monkeypatch, tmp_path):
    monkeypatch.setattr(render, "CJK_FONT_DIRS", (tmp_path / "none",))
    render.cjk_fonts.cache_clear()
    try:
        assert render.cjk_fonts() == ()
        svg = draw({"x": lines(ROWS, "zh")}, tmp_path)["x"]
        assert svg.startswith("<svg") and not (tmp_path / "fonts").exists()
    finally:
        render.cjk_fonts.cache_clear()


def test_a_spec_vl_convert_rejects_names_the_chart():
    with pytest.raises(BuildError) as err:
        draw({"en/charts/broken.svg": {"mark": "bar", "data": {"values": [{"a": 1}]},
                                       "encoding": {"x": {"field": "a", "type": "nope"}}}})
    assert str(err.value.file) == "en/charts/broken.svg" and "chart could not be drawn" in err.value.message


def test_vendor_bundle_is_made_once_per_vl_convert_version(tmp_path, monkeypatch):
    (tmp_path / "overrides").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text("theme:\n  name: material\n  custom_dir: overrides\n", encoding="utf-8")
    assert not site.vendor_current(config)
    monkeypatch.setattr(render.vlc, "javascript_bundle", lambda: "window.vegaEmbed = 1;")
    target = site.write_vendor(config)
    assert target.read_text(encoding="utf-8") == render.bundle_header() + "window.vegaEmbed = 1;"
    assert site.vendor_current(config)
    monkeypatch.setattr(render.vlc, "javascript_bundle", lambda: pytest.fail("made again"))
    site.write_vendor(config)
    target.write_text("/* vega bundled by vl-convert 0.0.1 */\nold", encoding="utf-8")
    assert not site.vendor_current(config)
