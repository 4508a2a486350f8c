"""The GitHub workflows are valid (GitHub's schema, vendored by check-jsonschema) and do what the
README promises: deploy with the official Pages actions on main, test on pull requests."""
import subprocess
import sys
from pathlib import Path

import yaml

WF = Path(__file__).resolve().parents[2] / ".github" / "workflows"


def test_workflows_match_github_schema():
    files = sorted(WF.glob("*.yml"))
    assert files
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", *map(str, files)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _uses(doc):
    return [s.get("uses", "") for job in doc["jobs"].values() for s in job.get("steps", [])]


def test_pages_workflow_deploys_with_official_actions():
    doc = yaml.safe_load((WF / "pages.yml").read_text())
    on = doc[True]  # YAML 1.1 reads the key `on` as True
    assert on["push"]["branches"] == ["main"]
    uses = _uses(doc)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    runs = " ".join(s.get("run", "") for job in doc["jobs"].values() for s in job.get("steps", []))
    assert "make site" in runs


def test_pull_requests_run_tests_and_validate():
    doc = yaml.safe_load((WF / "test.yml").read_text())
    assert "pull_request" in doc[True]
    runs = " ".join(s.get("run", "") for job in doc["jobs"].values() for s in job.get("steps", []))
    assert "make test" in runs and "frictionless validate datapackage/datapackage.json" in runs


def test_ci_run_calls_make_test():
    ci = (WF.parents[1] / ".ci" / "run").read_text()
    assert "make test" in ci
