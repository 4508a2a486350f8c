"""`mkdocs build --strict` into a temporary folder, then swap it in for site/ (atomic.replace_dir).

A failed build (any warning counts in strict mode) raises BuildError with mkdocs' messages and
leaves the previous site/ as it was. Before building, the Vega bundle (vega, vega-lite,
vega-embed from vl-convert) is written into the theme's assets, so the site serves its own
copy: no CDN; it is made again only when vl-convert's version changes. In `all`, the chart SVGs
are still being drawn while mkdocs builds (the pages link them in raw HTML, which mkdocs does
not check; the link crawler in the tests does): they are added to the new site before the swap.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable

import yaml

from build_scripts.core import atomic
from build_scripts.site import render
from build_scripts.core.errors import BuildError
from build_scripts.site.ui import load_ui

VENDOR = Path("assets/vendor/vega-bundle.js")


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)   # !ENV and friends


def custom_dir(config: Path) -> Path:
    if not config.is_file():
        raise BuildError(config, "mkdocs config not found / 找不到 mkdocs 配置")
    doc = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader) or {}
    folder = (doc.get("theme") or {}).get("custom_dir")
    if not folder:
        raise BuildError(config, "theme.custom_dir must name the overrides folder / 须设置 theme.custom_dir", key="theme.custom_dir")
    return config.parent / folder


def vendor_current(config: Path) -> bool:
    """Whether the theme folder holds the Vega bundle of the installed vl-convert."""
    target = custom_dir(config) / VENDOR
    if not target.is_file():
        return False
    with target.open(encoding="utf-8") as f:
        return f.readline() == render.bundle_header()


def write_vendor(config: Path, renderer: render.Renderer | None = None) -> Path:
    """Write the Vega bundle into the theme folder unless this vl-convert's bundle is there
    (drawn by `renderer` when given: it may have started on it already)."""
    target = custom_dir(config) / VENDOR
    if not vendor_current(config):
        bundle = renderer.bundle().result() if renderer else render.javascript_bundle()
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic.replace_file(target) as tmp:
            tmp.write_text(bundle, encoding="utf-8")
    return target


def build(config: str | Path, site_dir: str | Path, renderer: render.Renderer | None = None,
          svgs: Callable[[], dict[str, str]] | None = None) -> None:
    """`svgs`: files still being made (pages.start's `finish`), keyed by their path below docs/:
    mkdocs builds without them and they are put into the new site before it replaces site/."""
    config = Path(config).resolve()
    write_vendor(config, renderer)
    # SOURCE_DATE_EPOCH: no build time in the output (sitemap.xml.gz header), so rebuilds are identical
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0"}
    with atomic.replace_dir(site_dir) as tmp:
        proc = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(config), "-d", str(tmp)],
            cwd=config.parent, env=env, capture_output=True, text=True)
        problems = [line for line in (proc.stdout + proc.stderr).splitlines()
                    if line.startswith(("WARNING", "ERROR")) or "Aborted" in line]
        if proc.returncode != 0 or problems:
            detail = "\n".join(problems) or proc.stderr.strip()[-2000:]
            raise BuildError(config, f"mkdocs build --strict failed / 网站构建失败:\n{detail}")
        if svgs:
            prefixes = {lang.code: lang.prefix for lang in load_ui().languages}
            for rel, content in svgs().items():
                lang, below = rel.split("/", 1)
                target = tmp / prefixes[lang] / below
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(content, encoding="utf-8")
