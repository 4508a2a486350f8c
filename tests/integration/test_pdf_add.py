"""`ipstats add` on PDFs made at test time: HTML printed by headless Chromium (Noto CJK fonts), so
the text layer is a real producer's, Kangxi and supplement radicals included.

Pages carry a running header (a `position: fixed` div, which Chromium repeats on every printed
page) and a page number (one absolutely placed div per page, after a first print has counted the
pages); a layout table's repeated thead/tfoot keeps the body clear of both. Every document is
printed in one parallel batch per module.

The seed round trip: each seed's own text is rendered (lines as paragraphs, tab-separated runs as
ruled tables), printed, added with `ipstats add` into a temporary seeds folder and built with
`python -m build_scripts data`; its observations (indicator, region, period, value) must be those
the committed datapackage/ has for that report, tables and text alike.
"""
from __future__ import annotations

import csv
import html
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from build_scripts.cli import main
from build_scripts.core import paths
from build_scripts.core.yamlio import load_list
from build_scripts.read.pdf import read_pdf

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
AREA_MM = 297 - 2 * 20          # A4 height less the top and bottom page margins below
CSS = """
@page { size: A4; margin: 20mm 22mm; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 11pt; line-height: 1.7; }
.running { position: fixed; top: 0; left: 0; right: 0; height: 8mm; text-align: center; font-size: 8pt; }
.folio { position: absolute; left: 0; right: 0; height: 8mm; text-align: center; font-size: 8pt; }
table.frame { width: 100%; border-collapse: collapse; }
table.frame > thead td, table.frame > tfoot td { height: 12mm; padding: 0; }
table.frame > tbody > tr > td { padding: 0; }
p { margin: 0 0 0.6em; text-indent: 2em; text-align: justify; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 1em; line-height: 1.4; }
table.data { border-collapse: collapse; margin: 0.4em 0; width: 100%; table-layout: fixed; }
table.data td { border: 0.75pt solid #000; padding: 1pt 3pt; font-size: 7pt; line-height: 1.3; }
.scan { break-before: page; break-after: page; }
"""


def page_html(body: str, header: str, pages: int, lang: str) -> str:
    folios = "".join(f'<div class="folio" style="top: calc({k} * {AREA_MM}mm + {AREA_MM - 8}mm)">- {k + 1} -</div>'
                     for k in range(pages))
    running = f'<div class="running">{html.escape(header)}</div>' if header else ""
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
            f'{running}{folios}<table class="frame"><thead><tr><td></td></tr></thead>'
            f'<tfoot><tr><td></td></tr></tfoot><tbody><tr><td>{body}</td></tr></tbody></table></body></html>')


def chromium(html_path: Path, pdf_path: Path, profile: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", f"--print-to-pdf={pdf_path}", "--no-pdf-header-footer",
         html_path.as_uri()], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def print_all(docs: dict[str, dict], folder: Path) -> dict[str, Path]:
    """name -> {body, header, lang} printed to folder/name.pdf: a first print counts the pages, a
    second one adds the page numbers. The prints of a pass run side by side."""
    import pdfplumber

    counts = {name: 0 for name in docs}
    for numbered in (False, True):
        procs = []
        for name, doc in docs.items():
            page = folder / f"{name}.html"
            page.write_text(page_html(doc["body"], doc.get("header", ""), counts[name] if numbered else 0,
                                      doc.get("lang", "zh")), encoding="utf-8")
            procs.append(chromium(page, folder / f"{name}.pdf", folder / f"profile-{name}"))
        for p in procs:
            assert p.wait(timeout=180) == 0
        for name in docs:
            with pdfplumber.open(folder / f"{name}.pdf") as pdf:
                counts[name] = len(pdf.pages)
    return {name: folder / f"{name}.pdf" for name in docs}


def table_html(rows: list[list[str]], head: int = 0) -> str:
    def tr(cells):
        return "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"
    thead = f"<thead>{''.join(tr(r) for r in rows[:head])}</thead>" if head else ""
    return f'<table class="data">{thead}<tbody>{"".join(tr(r) for r in rows[head:])}</tbody></table>'


def seed_body(text: str) -> str:
    """A seed as a document: its first line the title, every other line a paragraph, each run of
    tab-separated lines (a blank line ends it) a ruled table."""
    out, rows = [], []
    for line in text.splitlines() + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            out.append(table_html(rows))
            rows = []
        if line.strip():
            tag = "p" if out else "h1"
            out.append(f"<{tag}>{html.escape(line.strip())}</{tag}>")
    return "\n".join(out)


def scan_png(path: Path) -> None:
    """A 'scanned' page: grey lines drawn as pixels, no text."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (900, 1200), "white")
    draw = ImageDraw.Draw(img)
    for y in range(80, 1120, 36):
        draw.rectangle([80, y, 820 - (y * 7) % 200, y + 14], fill=(90, 90, 90))
    img.save(path)


# --- the synthetic documents ------------------------------------------------------------------

ZH_PARAS = [
    "2023年，全省知识产权工作坚持以高质量发展为主题，围绕创新驱动发展战略，持续完善知识产权保护体系，"
    "稳步提升知识产权创造、运用、保护、管理和服务水平，推动长江经济带和沿海地区知识产权事业协同发展，"
    "各设区市结合自身产业特点，在专利导航、商标品牌培育、地理标志运用促进等方面形成了一批可复制的经验做法，"
    "全省专利授权量达到十八万件，其中发明专利授权量达到八万九千件，"
    "每万人口高价值发明专利拥有量继续位居全国前列，为经济社会发展提供了有力支撑",
    "知识产权保护方面，全省法院、检察、公安、海关和市场监管部门加强协作配合，"
    "开展打击侵权假冒专项行动，严厉查处商标侵权、假冒专利和侵犯著作权等违法行为，"
    "进一步畅通行政执法与刑事司法衔接渠道，完善知识产权纠纷多元化解机制，"
    "建成一批知识产权维权援助工作站和快速维权中心，门户网站和服务热线全年受理咨询一万二千余次，"
    "企业海外知识产权纠纷应对指导服务覆盖重点产业和重点市场，营商环境持续优化",
    "知识产权运用方面，全省知识产权质押融资登记金额稳步增长，知识产权证券化产品发行规模不断扩大，"
    "专利开放许可试点有序推进，高校和科研院所专利转化效率明显提升，"
    "各地积极探索知识产权保险、知识产权信托等新型金融服务，有效降低了创新主体的融资成本和风险，"
    "知识产权服务业集聚发展，服务机构数量和从业人员规模保持较快增长，"
    "马鞍山路、飞天大道沿线的服务业集聚区吸引了一批品牌机构入驻，风气为之一新",
]
SPLIT_ROWS = [[f"{city}第{i}区", str(100 + i), str(200 + 2 * i)] for i, city in
              enumerate(["南京市", "无锡市", "徐州市", "常州市", "苏州市"] * 9, start=1)]


def zh_document(scan: Path) -> str:
    parts = ["<h1>2023年江苏省知识产权发展与保护状况</h1>", f"<p>{ZH_PARAS[0]}。</p>", "<p>一、知识产权创造</p>",
             f"<p>{ZH_PARAS[1]}。</p>", "<p>2023年全省各设区市专利授权量统计表</p>", "<p>单位：件</p>",
             table_html([["地区", "专利授权量", "发明专利授权量"], ["南京市", "91000", "40100"],
                         ["无锡市", "52000", "15300"], ["苏州市", "140000", "33600"],
                         ["全省", "283000", "89000"]]),
             "<p>注：全省数据含未能归入设区市的部分。</p>",
             f"<p>{ZH_PARAS[2]}。</p>", "<p>⻓江⻔户⻚码⻛险⻢上⻜跃（部首写法）</p>",
             "<p>2023年各区知识产权服务机构统计表</p>",
             table_html([["区域", "服务机构", "从业人员"]] + SPLIT_ROWS, head=1),
             "<p>二、知识产权保护</p>", f"<p>{ZH_PARAS[1]}，{ZH_PARAS[2]}。</p>",
             '<div style="height: 50pt"><div style="transform: rotate(90deg); width: 50pt; margin-left: 200pt">'
             "竖排注记</div></div>",
             '<table class="data"><tr><td>地区</td><td>商标</td><td>专利</td></tr><tr><td>南京市</td><td>23</td></tr>'
             "<tr><td>全省</td><td>411</td><td>91</td></tr></table>",
             f'<div class="scan"><img src="{scan.name}" style="width: 150mm"></div>',
             f"<p>{ZH_PARAS[0]}。</p>"]
    return "\n".join(parts)


EN_PARAS = [
    "In 2023, the province continued to strengthen the creation, protection and use of intellectual property, "
    "and its courts, procuratorates, police and customs worked together against infringement and counterfeiting, "
    "while the market regulators opened more rapid protection centres for the industries of the Yangtze delta",
    "The number of invention patents granted reached eighty-nine thousand, the high-value invention patents per "
    "ten thousand people kept their lead, and the pledge financing of patents and trademarks grew steadily across "
    "the prefecture-level cities",
]


def bilingual_document() -> str:
    en = ["<h1>Intellectual Property Development and Protection in Jiangsu in 2023</h1>",
          f"<p>{EN_PARAS[0]}.</p>", "<p>I. IP Creation</p>", f"<p>{EN_PARAS[1]}.</p>",
          table_html([["Region", "Patents granted"], ["Nanjing", "91000"], ["Entire province", "283000"]])]
    zh = ["<h1>2023年江苏省知识产权发展与保护状况</h1>", f"<p>{ZH_PARAS[0]}。</p>", "<p>一、知识产权创造</p>",
          table_html([["地区", "专利授权量"], ["南京市", "91000"], ["全省", "283000"]]), f"<p>{ZH_PARAS[1]}。</p>"]
    return "\n".join(en + zh)


SEEDS = ("guangdong-2022", "jiangsu-2020", "jiangsu-2022", "nanjing-2022")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("headless Chromium is not installed (make chromium)")
    folder = tmp_path_factory.mktemp("pdf")
    scan_png(folder / "scan.png")
    docs = {"zh": {"body": zh_document(folder / "scan.png"), "header": "江苏省知识产权白皮书（2023）"},
            "bilingual": {"body": bilingual_document(), "lang": "en"}}
    for seed in SEEDS:
        docs[seed] = {"body": seed_body((paths.SEEDS_DIR / f"{seed}.txt").read_text(encoding="utf-8")),
                      "header": seed}
    return print_all(docs, folder)


@pytest.fixture(scope="module")
def zh(pdfs):
    return read_pdf(pdfs["zh"])


def paragraphs_of(text: str) -> list[str]:
    return [p.strip("\n") for p in text.split("\n\n") if p.strip()]


def test_paragraphs_across_lines_and_pages_are_rejoined(zh):
    paras = paragraphs_of(zh.text)
    for para in ZH_PARAS:
        assert f"{para}。" in paras
    assert f"{ZH_PARAS[1]}，{ZH_PARAS[2]}。" in paras
    assert any(len({ln.page for ln in b.lines}) > 1 for b in zh.blocks), "no paragraph crossed a page break"
    assert "一、知识产权创造" in paras and "二、知识产权保护" in paras


def test_running_header_and_page_numbers_are_dropped(zh):
    assert zh.pages >= 4 and zh.dropped >= 2 * zh.pages
    assert "白皮书（2023）" not in zh.text
    assert not re.search(r"^- \d+ -$", zh.text, flags=re.MULTILINE)


def test_table_with_header_and_total_in_place_with_title_unit_and_notes(zh):
    text = zh.text
    block = "地区\t专利授权量\t发明专利授权量\n南京市\t91000\t40100\n无锡市\t52000\t15300\n苏州市\t140000\t33600\n全省\t283000\t89000"
    assert f"2023年全省各设区市专利授权量统计表\n\n单位：件\n\n{block}\n\n注：全省数据含未能归入设区市的部分。" in text


def test_table_split_across_a_page_break_is_one_table_without_its_repeated_header(zh):
    table = next(b for b in zh.blocks if b.is_table and b.rows[0] == ["区域", "服务机构", "从业人员"])
    assert table.rows[1:] == SPLIT_ROWS
    assert any("table continued from page" in n for n in zh.notes)


def test_radicals_are_mapped_and_counted(zh):
    assert "长江门户页码风险马上飞跃" in zh.text
    assert not [c for c in zh.text if "\u2e80" <= c <= "\u2fdf"]
    assert zh.radicals >= 6


def test_what_cannot_be_placed_is_reported_with_its_page_not_dropped_silently(zh):
    assert [p for p in zh.problems if re.match(r"page \d+: rotated or off-page text, not placed: '竖排注记'", p)]
    assert [p for p in zh.problems if re.match(r"page \d+: table at y=\d+, row 2: cells cover only part", p)]
    assert "地区\t商标\t专利\n南京市\t23\t\n全省\t411\t91" in zh.text     # written, with the hole empty


def test_an_image_only_page_is_reported_with_its_number(zh):
    scans = [p for p in zh.problems if "image only" in p]
    assert len(scans) == 1 and re.match(r"page \d+: image only", scans[0])
    assert zh.text.rstrip().endswith(f"{ZH_PARAS[0]}。")


def test_two_language_document_puts_the_chinese_half_first(pdfs):
    got = read_pdf(pdfs["bilingual"])
    paras = paragraphs_of(got.text)
    assert paras[0] == "2023年江苏省知识产权发展与保护状况"
    assert paras.index(f"{ZH_PARAS[1]}。") < paras.index("Intellectual Property Development and Protection in Jiangsu in 2023")
    assert f"{EN_PARAS[0]}." in paras and f"{EN_PARAS[1]}." in paras
    assert "Region\tPatents granted\nNanjing\t91000\nEntire province\t283000" in paras
    assert got.titles == {"zh": "2023年江苏省知识产权发展与保护状况",
                          "en": "Intellectual Property Development and Protection in Jiangsu in 2023"}


def test_add_guesses_title_and_year_and_prints_them(pdfs, zh, tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "reports.yaml").write_text("# reports\nreports:\n", encoding="utf-8")
    code = main(["add", str(pdfs["zh"]), "--id", "jiangsu-2023", "--region-code", "320000",
                 "--title-en", "IP in Jiangsu 2023", "--publisher-zh", "江苏省知识产权局",
                 "--publisher-en", "Jiangsu IP Administration", "--seeds", str(seeds)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "guessed title_zh: 2023年江苏省知识产权发展与保护状况" in out and "guessed year: 2023" in out
    assert "guessed languages: [zh]" in out and re.search(r"mapped \d+ radical characters", out)
    assert re.search(r"page \d+: table continued from page \d+, joined \(1 repeated header row left out\)", out)
    assert re.search(r"warning: zh\.pdf: page \d+: image only", err)
    (entry,) = load_list(seeds / "reports.yaml", "reports")
    assert entry["year"] == 2023 and entry["languages"] == ["zh"] and entry["file"] == "jiangsu-2023.txt"
    assert (seeds / "jiangsu-2023.txt").read_text(encoding="utf-8") == zh.text


# --- the seeds, round trip ---------------------------------------------------------------------

def observations(path: Path) -> dict[str, set[tuple[str, str, str, str]]]:
    out: dict[str, set] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["report_id"], set()).add(
                (row["indicator_id"], row["region_code"], row["period"], row["value"]))
    return out


def add_command(pdf: Path, entry: dict, seeds: Path) -> list[str]:
    cmd = [sys.executable, "-m", "build_scripts", "add", str(pdf), "--id", entry["id"],
           "--region-code", str(entry["region_code"]), "--year", str(entry["year"]),
           "--languages", ",".join(entry["languages"]), "--seeds", str(seeds)]
    if entry.get("period"):
        cmd += ["--period", str(entry["period"])]
    for key in ("title_zh", "title_en", "publisher_zh", "publisher_en"):
        cmd += [f"--{key.replace('_', '-')}", entry[key]]
    return cmd


@pytest.fixture(scope="module")
def round_trip(pdfs, tmp_path_factory):
    """Every seed added from its PDF into one seeds folder, then one `data` build."""
    work = tmp_path_factory.mktemp("roundtrip")
    seeds = work / "seeds"
    seeds.mkdir()
    (seeds / "reports.yaml").write_text("reports:\n", encoding="utf-8")
    entries = {e["id"]: e for e in load_list(paths.SEEDS_DIR / "reports.yaml", "reports")}
    env = {**os.environ, "PYTHONPATH": str(paths.ROOT)}

    def add(seed: str) -> subprocess.CompletedProcess:     # each into a folder of its own, side by side
        own = work / seed
        own.mkdir()
        (own / "reports.yaml").write_text("reports:\n", encoding="utf-8")
        return subprocess.run(add_command(pdfs[seed], entries[seed], own), capture_output=True, text=True,
                              cwd=paths.ROOT, env=env)

    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        runs = dict(zip(SEEDS, pool.map(add, SEEDS)))
    for seed, run in runs.items():
        assert run.returncode == 0, run.stderr
        shutil.copy(work / seed / f"{seed}.txt", seeds)
        entry = (work / seed / "reports.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
        with (seeds / "reports.yaml").open("a", encoding="utf-8") as f:
            f.write(entry)
    build = subprocess.run([sys.executable, "-m", "build_scripts", "data", "--seeds", str(seeds),
                            "--datapackage", str(work / "dp")], capture_output=True, text=True, cwd=paths.ROOT, env=env)
    assert build.returncode == 0, build.stderr
    return observations(work / "dp" / "data" / "observations.csv"), runs


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_round_trip_gives_the_same_observations(round_trip, seed):
    built, runs = round_trip
    committed = observations(paths.DATAPACKAGE_DIR / "data" / "observations.csv")[seed]
    got = built.get(seed, set())
    assert sorted(committed - got) == [] and sorted(got - committed) == [], runs[seed].stdout
