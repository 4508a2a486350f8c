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


def test_a_build_ends_with_its_seconds_per_stage_which_the_bench_reads(tmp_path, capsys):
    from devtools.bench import Run

    assert main(["data", "--datapackage", str(tmp_path / "dp")]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("seconds: data ") and set(Run(1.0, 1.0, last).stage_seconds()) == {"data"}
    assert (tmp_path / "dp" / "datapackage.json").is_file()
    assert Run(1.0, 1.0, "x\nseconds: data 1.25, pages 0.50, site 9.00\n").stage_seconds() == {
        "data": 1.25, "pages": 0.5, "site": 9.0}
