"""Command line: `python -m build_scripts STAGE` or `ipstats STAGE`.

Every input problem ends as one line naming file, line and key, and exit status 2.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

from build_scripts.core import paths
from build_scripts.core.errors import BuildError, BuildErrors

STAGES = {
    "data": "read seeds/ (reports.yaml + texts), parse tables and text, normalize regions and "
            "indicators, run the checks, and write the Frictionless package to datapackage/",
    "pages": "generate the zh and en Markdown pages, charts and downloads from datapackage/ into docs/",
    "site": "run mkdocs build (strict) on docs/ into site/",
    "all": "data, then pages, then site",
}
# Commands that are not build stages
COMMANDS = {
    "add": "add a report from its publisher's PDF (or a .txt): write seeds/ID.txt and append its "
           "entry to seeds/reports.yaml, printing what was guessed; then run `data`",
}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ipstats",
        description="Build the bilingual IP statistics portal. Stages: "
        + "; ".join(f"{k}: {v}" for k, v in STAGES.items())
        + ". Other commands: " + "; ".join(f"{k}: {v}" for k, v in COMMANDS.items()),
    )
    p.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    sub = p.add_subparsers(dest="stage", required=True, metavar="COMMAND")
    for name, helptext in STAGES.items():
        sp = sub.add_parser(name, help=helptext, description=helptext)
        sp.add_argument("--seeds", type=Path, default=paths.SEEDS_DIR, help="folder of reports (default: seeds/)")
        sp.add_argument("--datapackage", type=Path, default=paths.DATAPACKAGE_DIR,
                        help="data package folder (default: datapackage/)")
        sp.add_argument("--docs", type=Path, default=paths.DOCS_DIR, help="docs folder (default: docs/)")
        sp.add_argument("--site", type=Path, default=paths.SITE_DIR, help="site output folder (default: site/)")
        sp.add_argument("--config", type=Path, default=paths.MKDOCS_YML, help="mkdocs.yml (default: ./mkdocs.yml)")
    from build_scripts.read import add

    add.arguments(sub.add_parser("add", help=COMMANDS["add"], description=COMMANDS["add"]))
    return p


def run(args: argparse.Namespace) -> dict[str, float]:
    """Run the stage(s); return the seconds each took (in `all`, `site` includes waiting for the
    chart SVGs that were drawn meanwhile)."""
    from build_scripts import pipeline

    seconds: dict[str, float] = {}
    start = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal start
        seconds[stage], start = time.perf_counter() - start, time.perf_counter()

    if args.stage in ("data", "all"):
        result = pipeline.build_data(args.seeds, args.datapackage)
        for line in pipeline.summary_lines(result):
            print(line)
        del result          # the pages read the written package: the records need not outlive the stage
        gc.collect()
        lap("data")
    if args.stage == "data":
        return seconds
    from build_scripts.site import render
    from build_scripts.site import build as site

    # `all`: mkdocs builds on one core while the workers draw the SVGs (and, first, the Vega
    # bundle when the theme folder lacks it) on the others
    cores = os.cpu_count() or 1
    with render.Renderer(cores if args.stage == "pages" else max(1, cores - 1)) as renderer:
        svgs = None
        if args.stage in ("pages", "all"):
            if args.stage == "all" and not site.vendor_current(args.config.resolve()):
                renderer.bundle()
            svgs = pipeline.build_pages(args.datapackage, args.docs, renderer)
            if args.stage == "pages":
                svgs()
            lap("pages")
        if args.stage in ("site", "all"):
            pipeline.build_site(args.config, args.site, renderer, svgs)
            lap("site")
    return seconds


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.stage == "add":
            from build_scripts.read import add

            add.add(args)
            return 0
        seconds = run(args)
    except BuildErrors as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        return 2
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug, not bad input: say so plainly
        if args.debug:
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", file=sys.stderr)
        return 3
    print("seconds: " + ", ".join(f"{stage} {t:.2f}" for stage, t in seconds.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
