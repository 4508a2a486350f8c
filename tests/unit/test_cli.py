"""The command line: help for each stage, and clean errors (no traceback) on bad input."""
import subprocess
import sys

from build_scripts.cli import STAGES, main


def test_help_lists_every_stage(capsys):
    try:
        main(["--help"])
    except SystemExit as exc:
        assert exc.code == 0
    out = capsys.readouterr().out
    for stage in STAGES:
        assert stage in out


def test_bad_seeds_folder_is_one_clear_line(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "build_scripts", "data", "--seeds", str(tmp_path), "--datapackage", str(tmp_path / "dp")],
        capture_output=True, text=True,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error: ") and "reports.yaml" in proc.stderr
    assert not (tmp_path / "dp").exists()
