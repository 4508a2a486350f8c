"""Where things are. Every stage takes its folders from here (overridable from the CLI)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = Path(__file__).resolve().parents[1]
CATALOG_DIR = PACKAGE_DIR / "catalog"
TEMPLATES_DIR = PACKAGE_DIR / "site" / "templates"
SEEDS_DIR = ROOT / "seeds"
DATAPACKAGE_DIR = ROOT / "datapackage"
DOCS_DIR = ROOT / "docs"
SITE_DIR = ROOT / "site"
MKDOCS_YML = ROOT / "mkdocs.yml"
