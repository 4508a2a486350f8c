"""Broken reports and metadata: a clear message naming file, line and key, exit 2, no traceback,
and the previous outputs left exactly as they were.

The corpus is data: tests/fixtures/malformed/<case>/ holds the files that differ from `_base/`
(a small valid report) and `expect.yaml` (what is broken, and the file, line and key the message
must name; `key` may list the names any of which is a fair answer).
"""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from build_scripts.core import paths

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "malformed"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith("_"))


def expectation(case: str) -> dict:
    return yaml.safe_load((CORPUS / case / "expect.yaml").read_text(encoding="utf-8"))


def materialize(case: str, dest: Path) -> Path:
    """The seeds folder of a case: `_base/` overlaid with the case's own files."""
    shutil.copytree(CORPUS / "_base", dest)
    for f in (CORPUS / case).iterdir():
        if f.name != "expect.yaml":
            shutil.copy2(f, dest / f.name)
    size = expectation(case).get("large")
    if size:
        base = (CORPUS / "_base" / "fixture-2022.txt").read_bytes()
        (dest / "fixture-2022.txt").write_bytes(base * (size // len(base) + 1))
    return dest


def snapshot(folder: Path) -> dict:
    """Every file under folder with its hash, and the folder's siblings (no leftovers)."""
    files = {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(folder.rglob("*")) if p.is_file()}
    return {"files": files, "siblings": sorted(p.name for p in folder.parent.iterdir())}


def previous_outputs(dest: Path) -> Path:
    """A stand-in for the last good datapackage/: the committed one, or a marker file."""
    if (paths.DATAPACKAGE_DIR / "datapackage.json").is_file():
        shutil.copytree(paths.DATAPACKAGE_DIR, dest)
    else:
        dest.mkdir(parents=True)
        (dest / "datapackage.json").write_text('{"name": "previous"}\n', encoding="utf-8")
    return dest


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "build_scripts", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_corpus_is_large_enough():
    assert len(CASES) >= 12, CASES


def test_base_fixture_builds(tmp_path):
    """The corpus' base report is valid, so each case fails only for what it breaks."""
    seeds = shutil.copytree(CORPUS / "_base", tmp_path / "seeds")
    proc = cli("data", "--seeds", str(seeds), "--datapackage", str(tmp_path / "dp"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("case", CASES)
def test_malformed_input_is_refused_cleanly(case, tmp_path):
    expect = expectation(case)
    seeds = materialize(case, tmp_path / "seeds")
    out = tmp_path / "out"
    dp = previous_outputs(out / "datapackage")
    before = snapshot(dp)

    proc = cli("data", "--seeds", str(seeds), "--datapackage", str(dp), cwd=tmp_path)
    err = proc.stderr

    assert "Traceback" not in err and "Traceback" not in proc.stdout
    assert proc.returncode == 2, f"exit {proc.returncode} for {expect['what']}\n{proc.stdout}\n{err}"
    assert expect["file"] in err, f"message does not name {expect['file']}: {err}"
    if expect.get("line"):
        assert f"{expect['file']}:{expect['line']}" in err, f"message does not name line {expect['line']}: {err}"
    keys = expect.get("key")
    if keys:
        keys = [keys] if isinstance(keys, str) else keys
        assert any(k in err for k in keys), f"message names none of {keys}: {err}"
    assert " / " in err, f"message is not bilingual (english / 中文): {err}"
    assert snapshot(dp) == before, "the previous datapackage/ was changed by a failed build"


def test_failed_site_build_keeps_previous_site(tmp_path):
    """A site build that fails (a broken link under --strict) leaves the last good site/ intact."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n[broken](no-such-page.md)\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    (tmp_path / "overrides").mkdir()
    config.write_text("site_name: broken\nstrict: true\ntheme:\n  name: material\n  custom_dir: overrides\n",
                      encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>previous</p>\n", encoding="utf-8")
    before = snapshot(site)

    proc = cli("site", "--config", str(config), "--site", str(site), "--docs", str(docs), cwd=tmp_path)

    assert "Traceback" not in proc.stderr
    assert proc.returncode == 2, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    assert "no-such-page.md" in proc.stderr, proc.stderr
    assert snapshot(site) == before
