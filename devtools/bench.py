"""`make bench` (`python -m devtools.bench`): the figures in BENCHMARKS.md.

- time per stage for the real seeds (read, parse, package, pages, site), in this process;
- the full build (`python -m build_scripts all`, a child process) against its floor, a plain
  `mkdocs build` of the same generated docs with the same config;
- scaling over generated corpora (report-sized inputs spread over 30 provinces: seeds under other ids and
  invented bulletins, devtools/synthetic.py; 100 and 1,000 by default, the national target: 1,000
  in 10 minutes on 2 cores, 2 GiB), each built by `all` in a child process: wall time, peak memory,
  the CLI's own seconds per stage, and the growth;
- weight of the heaviest pages with everything they load (raw and gzip), from Chromium;
- search index size per language; time to first chart on localhost;
- precision and recall of text extraction against the gold set (devtools.textbench), and recall,
  wrong indicators and unmapped facts per split of the real-report corpus when `.corpus/` holds it
  (devtools.corpusbench); the time of one very long sentence (linear growth).

Everything is built in sandboxes under .bench/ (git-ignored); the real outputs are not touched.
`--write` puts the results into BENCHMARKS.md between its `bench:begin` / `bench:end` markers.
"""
from __future__ import annotations

import argparse
import gzip
import importlib
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from build_scripts.core import paths
from devtools import preview
from devtools import corpusbench, sandbox, synthetic

WORK = paths.ROOT / ".bench"
BENCHMARKS_MD = paths.ROOT / "BENCHMARKS.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
TARGETS = {"floor_ratio": 1.5, "corpus_200_s": 300, "corpus_1000_s": 600, "corpus_1000_mib": 2048, "page_gzip_kb": 500}
# Runs a command and reports its wall time and the peak RSS of it and all its descendants.
_MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "w") as out, open(sys.argv[2], "w") as err:
    rc = subprocess.run(sys.argv[3:], stdout=out, stderr=err).returncode
print(json.dumps({"rc": rc, "seconds": time.perf_counter() - t,
                  "peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


@dataclass
class Run:
    seconds: float
    peak_mib: float
    stdout: str = ""

    def stage_seconds(self) -> dict[str, float]:
        """The CLI's own `seconds: data 1.02, pages 2.31, site 11.80` line."""
        line = next((x for x in self.stdout.splitlines() if x.startswith("seconds: ")), "seconds: ")
        return {k: float(v) for k, v in (part.split() for part in line[9:].split(", ") if part)}


def machine() -> str:
    mem = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{os.cpu_count()} cores, {mem / 2**20:.0f} GiB RAM, {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}; load average {load:.1f} when the run started "
            "(the machine is shared, so times vary)")


def measured(cmd: list[str], cwd: Path, env: dict | None = None) -> Run:
    """Run `cmd` in a child process; its wall time and peak memory (with its own children)."""
    out, err = cwd / ".stdout", cwd / ".stderr"
    proc = subprocess.run([sys.executable, "-c", _MEASURE, str(out), str(err), *cmd], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, check=True)
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    if r["rc"]:
        raise SystemExit(f"bench: {' '.join(cmd[:4])} ... exited {r['rc']}:\n{err.read_text()[-3000:]}")
    return Run(r["seconds"], r["peak_kib"] / 1024, out.read_text(encoding="utf-8"))


def fresh(name: str) -> Path:
    folder = WORK / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


# --- real seeds ------------------------------------------------------------------------------

def stage_times(seeds: Path) -> dict[str, float]:
    """Seconds per stage for one build of `seeds`, measured in this process (imports done first)."""
    from build_scripts import pipeline
    from build_scripts.package import write_package
    from build_scripts.read import load_reports

    for mod in ("pages", "charts", "build"):
        importlib.import_module(f"build_scripts.site.{mod}")
    sb = sandbox.make(fresh("stages"), seeds)
    times = {}
    t = time.perf_counter()
    load_reports(seeds)
    times["read"] = time.perf_counter() - t
    t = time.perf_counter()
    result = pipeline.extract(seeds)
    times["parse (tables, text, checks)"] = time.perf_counter() - t - times["read"]
    t = time.perf_counter()
    write_package(result, sb.datapackage)
    times["package"] = time.perf_counter() - t
    t = time.perf_counter()
    pipeline.build_pages(sb.datapackage, sb.docs)
    times["pages"] = time.perf_counter() - t
    t = time.perf_counter()
    pipeline.build_site(sb.config, sb.site)
    times["site (mkdocs build --strict)"] = time.perf_counter() - t
    return times


def full_vs_floor(seeds: Path, repeat: int) -> dict:
    """The whole CLI build against a plain `mkdocs build` of the docs it generated (best of `repeat`).

    Cold: a fresh sandbox, as after a clone. Warm: the same build again, as after editing a report
    (site/pages.py keeps the static SVG of every chart whose spec did not change).
    """
    cold, warm, floor = [], [], []
    for i in range(repeat):
        sb = sandbox.make(fresh(f"full-{i}"), seeds)
        cold.append(measured(sb.command("all"), sb.root))
        warm.append(measured(sb.command("all"), sb.root))
        floor.append(measured([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(sb.config),
                               "-d", str(sb.root / "floor-site")], sb.root, env={"NO_MKDOCS_2_WARNING": "1"}))
    best = {name: min(r.seconds for r in runs) for name, runs in (("cold", cold), ("warm", warm), ("floor", floor))}
    return {"cold_s": best["cold"], "warm_s": best["warm"], "floor_s": best["floor"],
            "ratio": best["cold"] / best["floor"], "warm_ratio": best["warm"] / best["floor"],
            "full_peak_mib": max(r.peak_mib for r in cold + warm), "floor_peak_mib": max(r.peak_mib for r in floor),
            "site": sb.site, "runs": repeat}


# --- scaling ---------------------------------------------------------------------------------

def make_corpus(n: int, dest: Path, seeds: Path = paths.SEEDS_DIR) -> Path:
    """n report-sized inputs spread over 30 provinces: one in five is a seed's text under another
    id and year, the others invented bulletins of a province (devtools/synthetic.py)."""
    entries = yaml.safe_load((seeds / "reports.yaml").read_text(encoding="utf-8"))["reports"]
    provinces = synthetic.provinces()
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        if i % 5 == 0:
            e = dict(entries[(i // 5) % len(entries)])
            year = e["year"] - (i // 5 // len(entries)) % 30
            rid = f"{e['id'].rsplit('-', 1)[0]}-{year}-c{i:04d}"
            shutil.copyfile(seeds / e["file"], dest / f"{rid}.txt")
            e.pop("period", None)
        else:
            code, year = provinces[i % len(provinces)], 2024 - (i // len(provinces)) % 10
            rid = f"p{code}-{year}-c{i:04d}"
            text, e = synthetic.report(code, year, seed=i)
            (dest / f"{rid}.txt").write_text(text, encoding="utf-8")
        e.update(id=rid, file=f"{rid}.txt", year=year)
        out.append(e)
    (dest / "reports.yaml").write_text(yaml.safe_dump({"reports": out}, allow_unicode=True, sort_keys=False),
                                       encoding="utf-8")
    return dest


def scaling(sizes: list[int]) -> list[dict]:
    rows = []
    for n in sizes:
        root = fresh(f"corpus-{n}")
        sb = sandbox.make(root / "project", make_corpus(n, root / "seeds"))
        run = measured(sb.command("all"), sb.root)
        row = {"n": n, "total_s": run.seconds, "peak_mib": run.peak_mib, **run.stage_seconds()}
        row["pages_html"] = sum(1 for _ in sb.site.rglob("*.html"))
        rows.append(row)
        print(f"  corpus of {n}: {row['total_s']:.1f} s, peak {row['peak_mib']:.0f} MiB, "
              f"{row['pages_html']} HTML pages", flush=True)
    return rows


def growth(rows: list[dict]) -> float:
    """Exponent k in time ~ n^k between the smallest and largest corpus (1 = linear)."""
    a, b = rows[0], rows[-1]
    return math.log(b["total_s"] / a["total_s"]) / math.log(b["n"] / a["n"])


# --- the built site --------------------------------------------------------------------------

def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def search_indexes(site: Path) -> dict[str, tuple[int, int]]:
    """Search index bytes (raw, gzip) per language folder ('' = the default language)."""
    out = {}
    for f in sorted(site.rglob("search_index.json")):
        lang = f.parent.parent.relative_to(site).as_posix()
        data = f.read_bytes()
        out[lang if lang != "." else ""] = (len(data), gz(data))
    return out


def _browse(site: Path, visit) -> None:
    from playwright.sync_api import sync_playwright

    with preview.serve(site, preview.site_prefix()) as url, sync_playwright() as pw:
        browser = preview.launch(pw)
        try:
            visit(browser, url)
        finally:
            browser.close()


def page_weights(site: Path, top: int = 5) -> dict:
    """Every page loaded in Chromium: bytes of the page and all it fetched (raw, gzip), Vega or not."""
    rows = []

    def visit(browser, url):
        ctx = browser.new_context()
        for f in sorted(site.rglob("*.html")):
            rel = f.relative_to(site).as_posix().removesuffix("index.html")
            fetched: list[str] = []
            page = ctx.new_page()
            page.on("requestfinished", lambda r: fetched.append(r.url))
            page.goto(url + rel, wait_until="networkidle")
            page.close()
            raw = zipped = 0
            files = {site / u[len(url):].split("?")[0].split("#")[0] for u in fetched if u.startswith(url)}
            for path in files:
                path = path / "index.html" if path.is_dir() else path
                if path.is_file():
                    data = path.read_bytes()
                    raw, zipped = raw + len(data), zipped + gz(data)
            rows.append({"page": rel or "/", "raw": raw, "gzip": zipped, "requests": len(fetched),
                         "vega": any("vega" in u.rsplit("/", 1)[-1] for u in fetched),
                         "charts": '<figure class="ipc-chart' in f.read_text(encoding="utf-8")})
        ctx.close()

    _browse(site, visit)
    rows.sort(key=lambda r: -r["gzip"])
    return {"heaviest": rows[:top], "pages": len(rows), "over_target": [r for r in rows if r["gzip"] > TARGETS["page_gzip_kb"] * 1024],
            "vega_without_charts": [r["page"] for r in rows if r["vega"] and not r["charts"]],
            "chart_pages": sum(r["charts"] for r in rows)}


# the first chart is visible when its static SVG has loaded (Vega draws only on demand) or, on a
# page without one, when Vega has drawn a mark
FIRST_CHART_JS = """() => { const f = document.querySelector('figure.ipc-chart');
  if (!f) return null;
  const img = f.querySelector('img.ipc-chart__fallback');
  if (img && img.complete && img.naturalWidth > 0) return performance.now();
  return f.querySelector('svg.marks .role-mark > *') ? performance.now() : null; }"""


def time_to_first_chart(site: Path, repeat: int = 3) -> dict[str, float]:
    """Milliseconds from navigation start until the first chart is visible (its static SVG loaded),
    median of `repeat` cold loads."""
    candidates = {}
    for f in sorted(site.rglob("index.html")):
        if '<figure class="ipc-chart' in f.read_text(encoding="utf-8"):
            rel = f.relative_to(site).as_posix().removesuffix("index.html")
            candidates.setdefault("en" if rel.startswith("en/") else "zh", rel)
    out = {}

    def visit(browser, url):
        for lang, rel in sorted(candidates.items()):
            times = []
            for _ in range(repeat):
                ctx = browser.new_context()  # cold cache each time
                page = ctx.new_page()
                page.goto(url + rel, wait_until="commit")
                times.append(page.wait_for_function(FIRST_CHART_JS, timeout=30_000, polling=10).json_value())
                ctx.close()
            out[f"{lang}: {rel}"] = statistics.median(times)

    _browse(site, visit)
    return out


def text_quality() -> dict | None:
    try:
        textbench = importlib.import_module("devtools.textbench")
    except ImportError:
        return None
    fn = getattr(textbench, "precision_recall", None)
    return fn() if fn else None


def long_sentence(sizes=(10000, 20000)) -> dict:
    """Seconds to read one sentence of n numbers (a flattened table, a PDF without stops), for two
    sizes, and the growth exponent between them (1 = linear)."""
    import tempfile

    from build_scripts.catalog import load_catalog
    from build_scripts.normalize.gazetteer import load_gazetteer
    from build_scripts.normalize.text import extract_text
    from build_scripts.read import load_reports

    catalog, gazetteer, out = load_catalog(), load_gazetteer(), {}
    for n in sizes:
        text = "、".join(f"南京市专利授权量{1000 + i}件" if i % 5 == 0 else str(i) for i in range(n)) + "。\n"
        with tempfile.TemporaryDirectory() as tmp:
            seeds = Path(tmp)
            (seeds / "r.txt").write_text(text, encoding="utf-8")
            (seeds / "reports.yaml").write_text(yaml.safe_dump({"reports": [{
                "id": "r", "file": "r.txt", "region_code": "320000", "year": 2022, "title_zh": "长句", "title_en": "Long",
                "publisher_zh": "基准", "publisher_en": "bench", "languages": ["zh"]}]}, allow_unicode=True), encoding="utf-8")
            (report,) = load_reports(seeds)
            t = time.perf_counter()
            extract_text(report, catalog, gazetteer, set())
            out[n] = {"chars": len(text), "seconds": time.perf_counter() - t}
    a, b = sizes
    out["growth"] = math.log(out[b]["seconds"] / out[a]["seconds"]) / math.log(b / a)
    return out


# --- report ----------------------------------------------------------------------------------

def kb(n: int) -> str:
    return f"{n / 1024:,.0f} KB"


def render(r: dict) -> str:
    ok = lambda good: "met" if good else "**missed**"  # noqa: E731
    out = [f"Measured {r['date']} on {r['machine']}.", ""]
    out += ["### Time per stage (real seeds, 4 reports)", "", "| stage | seconds |", "|---|---:|"]
    out += [f"| {k} | {v:.2f} |" for k, v in r["stages"].items()]
    f = r["floor"]
    out += ["", "### Full build against the `mkdocs build` floor", "",
            f"Best of {f['runs']}. Full build (`python -m build_scripts all`, child process): cold (fresh "
            f"sandbox) {f['cold_s']:.1f} s, warm (rebuilt in place) {f['warm_s']:.1f} s, peak {f['full_peak_mib']:.0f} MiB. "
            f"Plain `mkdocs build` of the same generated docs: {f['floor_s']:.1f} s, peak {f['floor_peak_mib']:.0f} MiB.",
            "", f"Ratio cold **{f['ratio']:.2f}x** (target <= {TARGETS['floor_ratio']}x: "
            f"{ok(f['ratio'] <= TARGETS['floor_ratio'])}); warm {f['warm_ratio']:.2f}x."]
    if r.get("scaling"):
        rows = r["scaling"]
        out += ["", "### Scaling over generated corpora", "",
                "Report-sized inputs spread over 30 provinces (`make_corpus`: one in five a seed's text "
                "under another id and year, the others invented bulletins of a province with a table of its "
                "cities, devtools/synthetic.py), built by `python -m build_scripts all` in a child process: "
                "total is its wall time (start-up included), the stages are its own `seconds:` line (`site` "
                "includes waiting for the SVGs drawn while mkdocs built); peak is the largest resident size "
                "of any process of the build.", "",
                "| inputs | data s | pages s | site s | total s | s per input | peak MiB | HTML pages |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        out += [f"| {x['n']} | {x['data']:.1f} | {x['pages']:.1f} | {x['site']:.1f} | "
                f"{x['total_s']:.1f} | {x['total_s'] / x['n']:.2f} | {x['peak_mib']:.0f} | {x['pages_html']} |"
                for x in rows]
        k = growth(rows) if len(rows) > 1 else None      # (one size, `--sizes 100`: no growth to tell)
        big = rows[-1]
        out += ["", (f"Growth: time ~ n^{k:.2f} from {rows[0]['n']} to {big['n']} inputs "
                     f"(target: no faster than linear, k <= 1: {ok(k <= 1.05)}). " if k is not None else "")
                + f"{big['n']} inputs in {big['total_s']:.0f} s"
                + (f" (target <= {TARGETS['corpus_1000_s']} s on 2 cores: {ok(big['total_s'] <= TARGETS['corpus_1000_s'])}), "
                   f"peak {big['peak_mib']:.0f} MiB (target <= {TARGETS['corpus_1000_mib']} MiB: "
                   f"{ok(big['peak_mib'] <= TARGETS['corpus_1000_mib'])})." if big["n"] >= 1000 else
                   f" (target < {TARGETS['corpus_200_s']} s: {ok(big['total_s'] < TARGETS['corpus_200_s'])})."
                   if big["n"] >= 200 else ".")]
    w = r.get("weights") or {"heaviest": [], "pages": 0, "over_target": [], "vega_without_charts": [],
                               "chart_pages": 0}
    out += ["", "### Heaviest pages with everything they load", "",
            f"All {w['pages']} pages loaded in Chromium; bytes of every file each fetched (HTML, CSS, JS, "
            "search index, chart specs, images), raw and gzip (level 6).", "",
            "| page | raw | gzip | requests | Vega |", "|---|---:|---:|---:|---|"]
    out += [f"| `{x['page']}` | {kb(x['raw'])} | {kb(x['gzip'])} | {x['requests']} | {'yes' if x['vega'] else 'no'} |"
            for x in w["heaviest"]]
    out += ["", f"Pages over {TARGETS['page_gzip_kb']} KB gzip: {len(w['over_target'])} "
            f"({ok(not w['over_target'])}). Pages without charts that load Vega: "
            f"{len(w['vega_without_charts'])} ({ok(not w['vega_without_charts'])}; {w['chart_pages']} pages have charts)."]
    out += ["", "### Search index per language", "", "| language folder | raw | gzip |", "|---|---:|---:|"]
    out += [f"| `{lang or '/'}` | {kb(a)} | {kb(b)} |" for lang, (a, b) in r["search"].items()]
    out += ["", "### Time to first chart (localhost, cold cache, median of 3)", "", "| page | ms |", "|---|---:|"]
    out += [f"| {k} | {v:.0f} |" for k, v in r.get("first_chart", {}).items()]
    q = r.get("quality")
    out += ["", "### Text extraction against the gold set", ""]
    out += ([f"Precision {q['precision']:.1%} ({q['right']}/{q['observations']}), recall {q['recall']:.1%} "
             f"({q['right']}/{q['gold']}) (targets 98 % / 90 %: {ok(q['precision'] >= .98 and q['recall'] >= .90)})."]
            if q else ["`devtools.textbench.precision_recall` not available."])
    out += corpusbench.bench_lines(r.get("corpus") or {}, r.get("long_sentence"))
    return "\n".join(out) + "\n"


def write_benchmarks(text: str, path: Path = BENCHMARKS_MD) -> None:
    """Replace the part between the markers (the hand-written rest of the file stays)."""
    old = path.read_text(encoding="utf-8") if path.is_file() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN not in old or END not in old:
        old = old.rstrip("\n") + f"\n\n{BEGIN}\n{END}\n"
    head, rest = old.split(BEGIN, 1)
    path.write_text(f"{head}{BEGIN}\n{text}{END}{rest.split(END, 1)[1]}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m devtools.bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="100,1000", help="corpus sizes for the scaling run ('' to skip)")
    p.add_argument("--repeat", type=int, default=2, help="runs of the full build and of the floor (best counts)")
    p.add_argument("--write", action="store_true", help="put the results into BENCHMARKS.md")
    args = p.parse_args(argv)
    r = {"date": time.strftime("%Y-%m-%d", time.gmtime()), "machine": machine()}
    print(f"machine: {r['machine']}", flush=True)
    r["stages"] = stage_times(paths.SEEDS_DIR)
    print("stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in r["stages"].items()), flush=True)
    r["floor"] = full_vs_floor(paths.SEEDS_DIR, args.repeat)
    f = r["floor"]
    print(f"full build cold {f['cold_s']:.1f} s, warm {f['warm_s']:.1f} s vs mkdocs floor {f['floor_s']:.1f} s: "
          f"{f['ratio']:.2f}x cold, {f['warm_ratio']:.2f}x warm", flush=True)
    site = r["floor"]["site"]
    r["search"] = search_indexes(site)
    if Path(preview.CHROMIUM).exists():
        r["weights"] = page_weights(site)
        r["first_chart"] = time_to_first_chart(site)
    else:
        print(f"{preview.CHROMIUM} missing (`make chromium`): no page weights, no time to first chart")
    r["quality"] = text_quality()
    r["corpus"] = corpusbench.by_split()
    r["long_sentence"] = long_sentence()
    print("\n".join(corpusbench.bench_lines(r["corpus"], r["long_sentence"])), flush=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if sizes:
        print("scaling:", flush=True)
        r["scaling"] = scaling(sizes)
    text = render(r)
    print(text)
    if args.write:
        write_benchmarks(text)
        print(f"written to {BENCHMARKS_MD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
