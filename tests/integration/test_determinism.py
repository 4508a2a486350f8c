"""Two builds from the same seeds give a byte-identical datapackage/ and identical HTML.

Each build runs the real CLI in its own process, with a different PYTHONHASHSEED, so an
output that depends on set or dict-of-set order (or on the clock) shows up as a difference.
"""
from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from devtools import sandbox

pytestmark = pytest.mark.slow


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def differences(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    builds = {seed: sandbox.make(tmp_path_factory.mktemp(f"build{seed}")) for seed in ("1", "2")}
    with ThreadPoolExecutor(max_workers=2) as pool:  # the two builds run side by side, stage by stage
        for stage in ("data", "pages", "site"):
            list(pool.map(lambda item: item[1].run(stage, env={"PYTHONHASHSEED": item[0]}), builds.items()))
    return list(builds.values())


def test_datapackage_is_byte_identical(two_builds):
    a, b = (digest(sb.datapackage) for sb in two_builds)
    assert a, "the build wrote no datapackage/"
    assert not differences(a, b), f"files differ between two builds: {differences(a, b)}"


def test_generated_pages_are_identical(two_builds):
    a, b = (digest(sb.docs) for sb in two_builds)
    assert not differences(a, b), f"generated pages differ between two builds: {differences(a, b)}"


def test_site_html_is_identical(two_builds):
    a, b = (digest(sb.site) for sb in two_builds)
    html = [k for k in a if k.endswith(".html")]
    assert html, "the build wrote no HTML"
    diff = differences(a, b)
    assert not [k for k in diff if k.endswith(".html")], f"HTML differs between two builds: {diff}"
    assert not diff, f"site files differ between two builds: {diff}"
