"""`ipstats add` without Chromium: a .txt copied verbatim, the entry appended as text, what is
guessed, and the errors (one line naming file and key, exit 2, seeds/ left as it was)."""
import subprocess
import sys

import pytest

from build_scripts.cli import COMMANDS, STAGES, main
from build_scripts.core.yamlio import load_list
from build_scripts.read import load_metadata
from build_scripts.read.add import entry_text, publisher_of, scalar, year_of

ZH_EN = ("2023年测试省知识产权保护状况\n\n2023年，全省专利授权量8.1万件，同比增长10.5%。\n\n"
         "IP Protection in Test Province in 2023\n\nIn 2023, 81,000 patents were granted, up 10.5% YoY.\n")


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "reports.yaml").write_text(
        "# the reports\nreports:\n  - id: old-2022  # kept as written\n    file: old-2022.txt\n"
        "    region_code: \"320000\"\n    year: 2022\n    title_zh: 旧报告\n    title_en: Old report\n"
        "    publisher_zh: 某局\n    publisher_en: A bureau\n    languages: [zh]\n", encoding="utf-8")
    (folder / "old-2022.txt").write_text("旧报告\n\n2022年，全省专利授权量7万件。\n", encoding="utf-8")
    return folder


def run_add(path, seeds, *extra):
    return main(["add", str(path), "--id", "test-2023", "--region-code", "320000", "--seeds", str(seeds), *extra])


def test_help_lists_add_apart_from_the_stages(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "add" in COMMANDS and "add" not in STAGES
    assert all(name in out for name in [*STAGES, "add"])


def test_a_text_is_copied_verbatim_and_its_entry_appended(tmp_path, seeds, capsys):
    src = tmp_path / "report.txt"
    src.write_bytes(ZH_EN.encode("utf-8"))
    before = (seeds / "reports.yaml").read_text(encoding="utf-8")
    assert run_add(src, seeds, "--publisher-zh", "测试省知识产权局", "--publisher-en", "Test IP Office") == 0
    out = capsys.readouterr().out
    assert (seeds / "test-2023.txt").read_bytes() == src.read_bytes()
    after = (seeds / "reports.yaml").read_text(encoding="utf-8")
    assert after.startswith(before)            # appended: comments and layout kept
    assert after[len(before):].startswith("  - id: test-2023\n    file: test-2023.txt\n    region_code: \"320000\"\n")
    new = load_metadata(seeds)[-1]
    assert (new.year, new.languages, new.title_zh, new.title_en) == (
        2023, ("zh", "en"), "2023年测试省知识产权保护状况", "IP Protection in Test Province in 2023")
    assert "guessed year: 2023 (from the title)" in out and "guessed languages: [zh, en]" in out


def test_a_value_that_cannot_be_guessed_is_asked_for_and_nothing_is_written(tmp_path, seeds, capsys):
    src = tmp_path / "report.txt"
    src.write_text("IP Protection in Test Province in 2023\n\nIn 2023, 81,000 patents were granted.\n", encoding="utf-8")
    before = (seeds / "reports.yaml").read_text(encoding="utf-8")
    assert run_add(src, seeds, "--publisher-en", "Test IP Office") == 2
    err = capsys.readouterr().err.splitlines()
    assert [e.split("[")[1].split("]")[0] for e in err] == ["title_zh", "publisher_zh"]
    assert all(e.startswith(f"error: {src}:") for e in err)
    assert (seeds / "reports.yaml").read_text(encoding="utf-8") == before and not (seeds / "test-2023.txt").exists()


def test_an_entry_the_build_would_refuse_is_rolled_back(tmp_path, seeds, capsys):
    src = tmp_path / "report.txt"
    src.write_text(ZH_EN, encoding="utf-8")
    before = (seeds / "reports.yaml").read_text(encoding="utf-8")
    assert run_add(src, seeds, "--year", "1900", "--publisher-zh", "局", "--publisher-en", "Office") == 2
    assert "[year]" in capsys.readouterr().err
    assert (seeds / "reports.yaml").read_text(encoding="utf-8") == before and not (seeds / "test-2023.txt").exists()


@pytest.mark.parametrize("args, where, key", [
    (["--id", "old-2022"], "reports.yaml:3:", "[id]"),
    (["--region-code", "3200"], "report.txt:", "[--region-code]"),
    (["--id", "Bad Id"], "report.txt:", "[--id]"),
    (["--languages", "zh,fr"], "report.txt:", "[--languages]"),
    (["--period", "2023-13"], "report.txt:", "[--period]"),
])
def test_bad_arguments_are_one_line_naming_file_and_key(tmp_path, seeds, capsys, args, where, key):
    src = tmp_path / "report.txt"
    src.write_text(ZH_EN, encoding="utf-8")
    options = {"--id": "test-2023", "--region-code": "320000", "--seeds": str(seeds), **dict(zip(args[::2], args[1::2]))}
    assert main(["add", str(src), *[x for kv in options.items() for x in kv]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and where in err and key in err and len(err.strip().splitlines()) == 1


def test_a_missing_file_exits_2_without_a_traceback(tmp_path, seeds):
    proc = subprocess.run([sys.executable, "-m", "build_scripts", "add", str(tmp_path / "nope.pdf"), "--id", "x-2023",
                           "--region-code", "320000", "--seeds", str(seeds)], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"error: {tmp_path / 'nope.pdf'}: [PATH] file not found")


def test_a_pdf_of_scanned_pages_only_stops_with_a_clear_message(tmp_path, seeds, capsys):
    from PIL import Image, ImageDraw

    pages = []
    for k in range(2):
        img = Image.new("RGB", (600, 800), "white")
        ImageDraw.Draw(img).rectangle([60, 60 + 40 * k, 500, 90 + 40 * k], fill="black")
        pages.append(img)
    scan = tmp_path / "scan.pdf"
    pages[0].save(scan, save_all=True, append_images=pages[1:])
    assert run_add(scan, seeds) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {scan}: [text layer] none of its 2 pages has a text layer") and "OCR" in err
    assert not (seeds / "test-2023.txt").exists()


def test_a_file_that_is_not_a_pdf_is_named(tmp_path, seeds, capsys):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf at all")
    assert run_add(bad, seeds) == 2
    assert "[pdf] cannot be read as a PDF" in capsys.readouterr().err


@pytest.mark.parametrize("title, year", [("2022年江苏省知识产权发展与保护状况白皮书", 2022),
                                         ("二〇二二年南京市知识产权发展与保护状况", 2022),
                                         ("White Paper on IP in Jiangsu in 2020", 2020), ("知识产权白皮书", None)])
def test_year_from_a_title(title, year):
    assert year_of(title) == year


def test_publisher_from_a_line_naming_an_office():
    assert publisher_of(["2023年测试省知识产权保护状况", "测试省市场监督管理局（知识产权局）", "正文。"], "zh") == \
        "测试省市场监督管理局（知识产权局）"
    assert publisher_of(["Report", "Test Intellectual Property Office April 2023"], "en") == \
        "Test Intellectual Property Office"
    assert publisher_of(["全省法院新收案件。"], "zh") is None


def test_entry_text_quotes_only_what_yaml_needs(tmp_path):
    assert scalar("Guangdong: a title") == "'Guangdong: a title'" and scalar("2022年广东省") == "2022年广东省"
    meta = {"id": "x-2023", "file": "x-2023.txt", "region_code": "440000", "year": 2023, "period": None,
            "title_zh": "标题", "title_en": "Title: with colon", "publisher_zh": "局", "publisher_en": "Office",
            "languages": ["zh", "en"], "notes": ""}
    text = entry_text(meta, "  ")
    (tmp_path / "reports.yaml").write_text("reports:\n" + text, encoding="utf-8")
    (entry,) = load_list(tmp_path / "reports.yaml", "reports")
    assert entry == {k: v for k, v in meta.items() if v not in (None, "")}
    assert "period" not in text and "notes" not in text
