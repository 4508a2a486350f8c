"""`mkdocs build --strict` into a temporary folder, then swap it in for site/ (atomic.replace_dir).

A failed build (any warning counts in strict mode) raises BuildError with mkdocs' messages and
leaves the previous site/ as it was. Before building, the Vega bundle (vega, vega-lite,
vega-embed from vl-convert) is written into the theme's assets, so the site serves its own
copy: no CDN.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from . import atomic, charts
from .errors import BuildError

VENDOR = Path("assets/vendor/vega-bundle.js")


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)   # !ENV and friends


def custom_dir(config: Path) -> Path:
    doc = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader) or {}
    folder = (doc.get("theme") or {}).get("custom_dir")
    if not folder:
        raise BuildError(config, "theme.custom_dir must name the overrides folder / 须设置 theme.custom_dir", key="theme.custom_dir")
    return config.parent / folder


def write_vendor(overrides: Path) -> Path:
    """Write the Vega bundle into the theme folder unless an identical copy is there."""
    target = overrides / VENDOR
    bundle = charts.vendor_bundle()
    if not target.is_file() or target.read_text(encoding="utf-8") != bundle:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(bundle, encoding="utf-8")
    return target


def build(config: str | Path, site_dir: str | Path) -> None:
    config = Path(config).resolve()
    if not config.is_file():
        raise BuildError(config, "mkdocs config not found / 找不到 mkdocs 配置")
    write_vendor(custom_dir(config))
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
