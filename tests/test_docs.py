"""The README against the tree, in the manner of Datasette's test_docs: every CLI verb, make
target, page kind (template) and catalog file is named in the README, and its layout section
names every module, folder and top-level entry there is (and nothing that is not there)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from build_scripts.cli import STAGES
from build_scripts.core import paths

ROOT = paths.ROOT
README = (ROOT / "README.md").read_text(encoding="utf-8")


def layout_block() -> str:
    section = README.split("## Layout", 1)[1]
    return section.split("```", 2)[1]


def layout_entries() -> dict[str, list[str]]:
    """Folder (as the layout nests it) -> the names written on its lines."""
    out: dict[str, list[str]] = {}
    stack: list[tuple[int, str]] = []
    for line in layout_block().splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        words = re.split(r"\s{2,}", line.strip())[0].split()
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parent = "/".join(s[1].strip("/") for s in stack)
        out.setdefault(parent, []).extend(words)
        if words and words[0].endswith("/") and len(words) == 1:
            stack.append((indent, words[0]))
    return out


@pytest.mark.parametrize("verb", sorted(STAGES))
def test_every_cli_verb_is_documented(verb):
    assert f"`{verb}`" in README


def make_targets() -> list[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return re.findall(r"^([a-z]+):.*## ", text, flags=re.M)


@pytest.mark.parametrize("target", make_targets())
def test_every_make_target_is_documented(target):
    assert f"make {target}" in README


def test_every_page_kind_is_named():
    kinds = sorted(p.name.split(".")[0] for p in paths.TEMPLATES_DIR.glob("*.md.j2") if not p.name.startswith("_"))
    templates_line = next(line for line in layout_block().splitlines() if line.strip().startswith("templates/"))
    assert [k for k in kinds if k not in templates_line] == []


def test_every_catalog_file_is_named():
    names = sorted(p.stem for p in paths.CATALOG_DIR.glob("*.yaml"))
    catalog_text = layout_block().split("  catalog/", 1)[1].split("  core/", 1)[0]
    named = {n for n in names if n in catalog_text or n.replace("_", " ") in catalog_text}
    assert sorted(set(names) - named) == []


def modules(folder: str) -> set[str]:
    base = ROOT / folder
    return {str(p.relative_to(base)) for p in base.rglob("*.py")
            if p.name not in ("__init__.py", "__main__.py") and "__pycache__" not in p.parts}


def test_layout_names_every_module_and_only_those():
    entries = layout_entries()
    for top in ("build_scripts", "devtools"):
        named = set()
        for folder, words in entries.items():
            if folder == top or folder.startswith(top + "/"):
                sub = folder[len(top) + 1:] if folder != top else ""
                named |= {f"{sub}/{w}".lstrip("/") for w in words if w.endswith(".py")}
        assert sorted(modules(top) - named) == [], f"{top}: modules missing from README's layout"
        assert sorted(named - modules(top) - {"__init__.py"} - {f"{d}/__init__.py" for d in ("check", "catalog")}) == [], \
            f"{top}: README's layout names modules that do not exist"


def test_layout_names_every_stage_folder_and_top_level_entry():
    block = layout_block()
    subpackages = sorted(p.parent.name for p in (ROOT / "build_scripts").glob("*/__init__.py"))
    assert [s for s in subpackages if f"  {s}/" not in block] == []
    tracked = {"seeds", "build_scripts", "devtools", "datapackage", "docs", "overrides", "tests", ".ci", ".github"}
    present = {p.name for p in ROOT.iterdir() if p.is_dir()} & tracked
    assert sorted(n for n in present if not re.search(rf"^{re.escape(n)}[/ ]", block, flags=re.M)) == []
