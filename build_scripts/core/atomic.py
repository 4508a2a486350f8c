"""Replace an output folder, or a file, only when the new one is complete.

A stage writes into a fresh temporary folder next to the target; only when it has finished
without error is the old folder swapped out. A failed build leaves the last good output intact.
Files that worker processes or parallel builds may write at once (the chart cache, the subset
font, the Vega bundle) are written beside their target and moved onto it (`replace_file`).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator


@contextlib.contextmanager
def replace_dir(target: str | Path) -> Iterator[Path]:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    os.chmod(target, 0o755)
    shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def replace_file(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, moved onto it when the block ends without error: a
    reader sees the old file or the new one, never part of one."""
    tmp = target.with_name(f"{target.name}.{os.getpid()}")
    try:
        yield tmp
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, target)
