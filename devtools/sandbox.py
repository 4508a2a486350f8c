"""A throw-away project folder, for builds that must not touch the real outputs.

The determinism and hostile-input tests and the benchmarks build other seeds, or the same seeds
twice, into temporary folders. A sandbox holds its own `docs/` and `overrides/` (their source
files only: git-ignored generated pages and the Vega bundle are left out, as in a fresh clone),
`datapackage/`, `site/` and a copy of `mkdocs.yml`; the other top-level entries the config may
refer to (hooks, build_scripts) are linked.
Stages run through the real CLI, in a child process, exactly as a user runs them.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from build_scripts.core import paths

NOT_LINKED = {".git", ".venv", ".bench", ".pytest_cache", "docs", "overrides", "site", "datapackage",
              "seeds", "tests", "mkdocs.yml"}
COPIED = ("docs", "overrides")


def source_files(root: Path = paths.ROOT, folders=COPIED) -> list[Path]:
    """The files under `folders` that are not generated (tracked or not git-ignored), relative to root."""
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "ls-files", "--cached", "--others", "--exclude-standard", "-z", *folders],
            check=True, capture_output=True, text=True).stdout
        files = [Path(p) for p in out.split("\0") if p]
    except (OSError, subprocess.CalledProcessError):
        files = [p.relative_to(root) for folder in folders for p in (root / folder).rglob("*") if p.is_file()]
    return sorted(p for p in files if (root / p).is_file())


@dataclass
class Sandbox:
    root: Path
    seeds: Path

    @property
    def datapackage(self) -> Path:
        return self.root / "datapackage"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    def command(self, stage: str) -> list[str]:
        return [sys.executable, "-m", "build_scripts", stage, "--seeds", str(self.seeds),
                "--datapackage", str(self.datapackage), "--docs", str(self.docs),
                "--site", str(self.site), "--config", str(self.config)]

    def run(self, stage: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
        """Run one CLI stage in a child process; raise with its output when it fails and check is set."""
        proc = subprocess.run(self.command(stage), cwd=self.root, capture_output=True, text=True,
                              env={**os.environ, **(env or {})})
        if check and proc.returncode != 0:
            raise RuntimeError(f"`{stage}` exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
        return proc


def make(dest: str | Path, seeds: str | Path = paths.SEEDS_DIR, root: Path = paths.ROOT) -> Sandbox:
    """Lay out a sandbox in `dest` (created) that builds `seeds`."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for rel in source_files(root):
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, dest / rel)
    (dest / "docs").mkdir(exist_ok=True)
    if (root / "mkdocs.yml").is_file():
        shutil.copy2(root / "mkdocs.yml", dest / "mkdocs.yml")
    for entry in root.iterdir():
        if entry.name not in NOT_LINKED and not entry.name.startswith(".") and not (dest / entry.name).exists():
            (dest / entry.name).symlink_to(entry)
    return Sandbox(root=dest, seeds=Path(seeds).resolve())
