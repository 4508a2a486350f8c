"""vl-convert's work, done in worker processes beside the build: each chart's static SVG and the
Vega bundle the site serves.

Why it is built this way (see BENCHMARKS.md):
- vl-convert measures every label with the font the spec names. With the full Noto CJK
  collection (tens of MB) that is ~0.18 s a chart; with a subset of the same font holding only
  the characters the charts use (made with fontTools, ~0.5 s once) it is ~0.04 s. The subset is
  registered under its own family name (`FAMILY`), put first in the font list while rendering
  and taken out of the SVG again, so the published SVG names the same fonts as the spec.
- The work runs in `spawn` worker processes (vl-convert runs one call at a time per process)
  while the main process goes on: it renders the pages, then `mkdocs build` runs (one core)
  while the SVGs are drawn on the other. `PendingSvgs.result()` waits for them.
- SVGs are kept in a content-addressed cache (`<cache>/<sha256>.svg`, keyed by the spec, the
  vl-convert version and the font file), so a rebuild draws only the charts whose spec changed.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import shutil
import string
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

import vl_convert as vlc

from build_scripts.core.atomic import replace_file
from build_scripts.core.errors import BuildError

CJK_FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/truetype/noto"))
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC")
FAMILY = "Portal Chart Subset"          # the subset's family name: used while rendering only
ALWAYS = string.printable + "\u2212"   # what number formats may write (U+2212: d3's minus sign)


def bundle_header() -> str:
    return f"/* vega, vega-lite and vega-embed, bundled by vl-convert {vlc.__version__} */\n"


def javascript_bundle() -> str:
    """vega, vega-lite and vega-embed in one classic script (window.vegaEmbed), with a header
    naming the vl-convert version it came from."""
    return bundle_header() + vlc.javascript_bundle()


@lru_cache(maxsize=1)
def cjk_fonts() -> tuple[tuple[str, int], ...]:
    """(file, face number) of the regular and bold Simplified Chinese faces of the first CJK font
    folder that has them; () without one (the build still works, with boxes in Chinese SVGs)."""
    from fontTools.ttLib import TTCollection, TTFont

    for folder in CJK_FONT_DIRS:
        found = {}
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            suffix = path.suffix.lower()
            if suffix not in (".ttc", ".otc", ".otf", ".ttf"):
                continue
            faces = TTCollection(str(path), lazy=True).fonts if suffix in (".ttc", ".otc") else [TTFont(str(path), lazy=True)]
            for number, face in enumerate(faces):
                weight = face["OS/2"].usWeightClass
                if face["name"].getBestFamilyName() in CJK_FAMILIES and weight in (400, 700):
                    found.setdefault(weight, (str(path), number))
        if found:
            return tuple(found[w] for w in sorted(found))
    return ()


def _make_subset(source: tuple[str, int], chars: str, target: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source[0], fontNumber=source[1], lazy=True)
    options = subset.Options()
    options.name_IDs, options.hinting, options.notdef_outline = ["*"], False, True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    style = "Bold" if font["OS/2"].usWeightClass >= 700 else "Regular"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (4, 6):
            record.string = f"{FAMILY} {style}" if record.nameID == 4 else f"{FAMILY.replace(' ', '')}-{style}"
    with replace_file(target) as tmp:     # workers and parallel builds may make the same file
        font.save(str(tmp))


@lru_cache(maxsize=None)
def _use_font(folder: str, sources: tuple[tuple[str, int], ...], chars: str) -> None:
    """In a worker: make the subset faces in `folder` unless there, and register the folder."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    for n, source in enumerate(sources):
        target = Path(folder) / f"face{n}.otf"
        if not target.is_file():
            _make_subset(source, chars, target)
    vlc.register_font_directory(folder)


def _draw(spec: dict, font: tuple | None) -> str:
    """In a worker: one chart's SVG, with the subset font first when there is one."""
    if font is None:
        return _stable_ids(vlc.vegalite_to_svg(spec))
    _use_font(*font)
    config = spec.get("config", {})
    svg = vlc.vegalite_to_svg({**spec, "config": {**config, "font": f"{FAMILY}, {config.get('font', 'sans-serif')}"}})
    return _stable_ids(svg.replace(f"{FAMILY}, ", ""))


_DRAWN_ID = re.compile(r"\b(?:gradient_|clip)\d+\b")


def _stable_ids(svg: str) -> str:
    """Vega numbers the gradients (a map's colour legend) and clip paths it draws in the order the
    process drew them; number them in the order of the SVG instead, so a picture does not depend
    on which worker drew it, or after what."""
    ids: dict[str, str] = {}
    return _DRAWN_ID.sub(lambda m: ids.setdefault(m.group(0), f"{m.group(0).rstrip('0123456789')}{len(ids)}"), svg)


def _key(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _fonts_id() -> str:
    return ";".join(f"{path}:{os.path.getsize(path)}:{number}" for path, number in cjk_fonts())


class PendingSvgs:
    """The SVGs of `specs` (name -> Vega-Lite spec): read from the cache, or being drawn."""

    def __init__(self, renderer: "Renderer", specs: dict[str, dict], cache: Path | None):
        self.cache, self.names = cache, list(specs)
        fonts = _fonts_id()
        texts = {name: json.dumps(spec, ensure_ascii=False, sort_keys=True) for name, spec in specs.items()}
        self.keys = {name: _key(vlc.__version__, fonts, text) for name, text in texts.items()}
        self.svgs: dict[str, str] = {}
        for name, key in self.keys.items():
            if cache and (cache / f"{key}.svg").is_file():
                self.svgs[name] = (cache / f"{key}.svg").read_text(encoding="utf-8")
        todo = [name for name in specs if name not in self.svgs]
        font = None
        if todo and cjk_fonts():
            chars = "".join(sorted(set(ALWAYS).union(*(texts[n] for n in todo))))
            folder = (cache or renderer.scratch()) / "fonts" / _key(fonts, chars)[:16]
            font = (str(folder), cjk_fonts(), chars)
        self.futures: dict[str, Future] = {name: renderer.pool().submit(_draw, specs[name], font) for name in todo}

    def result(self) -> dict[str, str]:
        """Wait for the SVGs still being drawn, keep them in the cache, return all in `specs` order."""
        if self.cache and self.futures:
            self.cache.mkdir(parents=True, exist_ok=True)
        for name, future in self.futures.items():
            try:
                svg = future.result()
            except Exception as exc:    # vl-convert's errors carry no file: name the chart
                raise BuildError(name, f"chart could not be drawn: {exc} / 图表无法绘制") from None
            self.svgs[name] = svg
            if self.cache:
                with replace_file(self.cache / f"{self.keys[name]}.svg") as tmp:
                    tmp.write_text(svg, encoding="utf-8")
        self.futures = {}
        return {name: self.svgs[name] for name in self.names}


class Renderer:
    """A pool of worker processes, started on first use; a context manager that stops it."""

    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None
        self._bundle: Future | None = None
        self._scratch: str | None = None

    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:    # spawn: a fork would copy vl-convert's runtime threads in an unknown state
            self._pool = ProcessPoolExecutor(self.workers, multiprocessing.get_context("spawn"))
        return self._pool

    def scratch(self) -> Path:
        """A temporary folder for fonts when there is no cache, removed with the renderer."""
        if self._scratch is None:
            self._scratch = tempfile.mkdtemp(prefix="ipc-render-")
        return Path(self._scratch)

    def bundle(self) -> Future:
        """The Vega bundle (`javascript_bundle`), started in a worker on the first call."""
        if self._bundle is None:
            self._bundle = self.pool().submit(javascript_bundle)
        return self._bundle

    def svgs(self, specs: dict[str, dict], cache: Path | None = None) -> PendingSvgs:
        return PendingSvgs(self, specs, cache)

    def __enter__(self) -> "Renderer":
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

