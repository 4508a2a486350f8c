"""The PDF reader's rules on lines written by hand (no PDF): joining, spacing, radicals, languages,
running headers and page numbers, tables cut by a page break."""
import unicodedata

import pytest

from build_scripts.core.errors import BuildError
from build_scripts.read.lines import (
    Layout,
    TextLine,
    continues,
    join_text,
    language_split,
    load_radicals,
    map_radicals,
    paragraph_text,
    paragraphs,
)
from build_scripts.read.pdf import Block, merge_split_tables, running_lines

# A text column from x=60 to x=530, 12 pt type, lines 20 pt apart.
COLUMN = Layout(left=60.0, right=530.0, body=12.0, pitch=20.0)


def line(text, top, x0=60.0, x1=530.0, page=1, size=12.0):
    return TextLine(text, x0=x0, x1=x1, top=top, bottom=top + size, size=size, page=page)


def joined(lines):
    return [paragraph_text(p) for p in paragraphs(lines, COLUMN)]


@pytest.mark.parametrize("a, b, want", [
    ("坚持以推动高质量发展为", "主题，全面加强保护", "坚持以推动高质量发展为主题，全面加强保护"),
    ("courts across the", "province accepted", "courts across the province accepted"),
    ("the 14th Five-", "Year Plan", "the 14th Five-Year Plan"),
    ("from 2020 -", "2021", "from 2020 - 2021"),
    ("全省新收案件", "11.71万件", "全省新收案件11.71万件"),
    ("截至 2022", "年底", "截至 2022年底"),
    ("创燃新秦淮”", "——4·26 世界知识产权日", "创燃新秦淮”——4·26 世界知识产权日"),
    ("the “Jianwang”", "action", "the “Jianwang” action"),
    ("Guangdong/", "Hong Kong", "Guangdong/Hong Kong"),
])
def test_spacing_when_joining(a, b, want):
    assert join_text(a, b) == want


def test_full_lines_of_a_paragraph_are_joined_chinese_without_space():
    lines = [line("2022年，广东坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党", 100, x0=84),
             line("的二十大精神，深入学习贯彻关于知识产权工作的重要指示论述，坚决落实决策部署，", 120),
             line("取得了显著成效。", 140, x1=156)]
    assert joined(lines) == ["2022年，广东坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，"
                             "深入学习贯彻关于知识产权工作的重要指示论述，坚决落实决策部署，取得了显著成效。"]


def test_english_lines_are_joined_with_one_space():
    lines = [line("In 2022, courts across the province accepted 117,100 IPR cases and", 100, x1=505),
             line("concluded 120,400 cases.", 120, x1=190)]
    assert joined(lines) == ["In 2022, courts across the province accepted 117,100 IPR cases and concluded 120,400 cases."]


def test_a_short_heading_line_is_not_joined():
    lines = [line("一、加强知识产权保护工作统筹协调", 100, x1=260), line("坚持高位推进，省委、省政府高度重视", 120, x1=300)]
    assert len(joined(lines)) == 2
    english = [line("Strengthened IPR Judicial Protection", 100, x1=280), line("Gave full play to the", 120, x1=200)]
    assert len(joined(english)) == 2


def test_a_ragged_english_line_is_full_when_the_next_word_would_not_fit():
    lines = [line("The Guangdong Administration for Market Regulation and the", 100, x1=470),
             line("Intellectual Property Department signed the plan.", 120, x1=400)]
    assert len(joined(lines)) == 1        # "Intellectual" (12 letters) does not fit in the 60 pt left


def test_a_line_ending_a_sentence_is_not_joined_across_a_page_break():
    lines = [line("省内海关开展专项执法行动，严厉打击侵权行为，全年查扣侵权商品二万一千批次。", 760),
             line("保护知识产权的社会满意度持续提升，营商环境进一步优化，创新活力不断增强，", 90, page=2)]
    assert len(joined(lines)) == 2


def test_a_sentence_cut_by_a_page_break_is_joined():
    lines = [line("省内海关开展专项执法行动，严厉打击侵权行为，全年查扣侵权商品二万一千批次，", 760),
             line("数量二千八百万件。", 90, page=2, x1=170)]
    assert joined(lines) == ["省内海关开展专项执法行动，严厉打击侵权行为，全年查扣侵权商品二万一千批次，数量二千八百万件。"]


def test_on_one_page_the_layout_decides_even_after_a_full_stop():
    # a full line ending 。 with the next line at the usual pitch and not indented: the same paragraph
    lines = [line("全省专利授权量八十三万件，其中发明专利授权量十一万件，同比增长百分之十二。", 100),
             line("截至年底，全省高价值发明专利二十六万件，占全国总量的百分之二十。", 120, x1=450)]
    assert len(joined(lines)) == 1


@pytest.mark.parametrize("second", [
    line("（二）严格知识产权司法保护", 120, x1=260),           # starts a numbered section
    line("全省法院新收知识产权案件十一万件，审结十二万件，", 120, x0=84),   # indented: a new paragraph
    line("全省法院新收知识产权案件十一万件，审结十二万件，", 150),           # a paragraph gap
    line("全省法院新收知识产权案件十一万件，审结十二万件，", 120, size=9),   # another size
])
def test_what_starts_a_new_paragraph(second):
    first = line("依法履行知识产权检察职能，全省检察机关共批捕侵犯知识产权犯罪案件四百七十四件，", 100)
    assert not continues(first, second, COLUMN)


def test_a_title_on_two_lines_in_large_type_is_one_line():
    lines = [line("2022年江苏省知识产权发展", 80, x0=150, x1=450, size=20),
             line("与保护状况白皮书", 110, x0=220, x1=380, size=20)]
    assert joined(lines) == ["2022年江苏省知识产权发展与保护状况白皮书"]


def test_radicals_become_ordinary_characters_and_are_counted():
    text, n = map_radicals("⼀⼈⽩⽪书，⻓江⻔户⻚码⻛险⻢上⻜跃，万⼾，ﬁrst", load_radicals())
    assert text == "一人白皮书，长江门户页码风险马上飞跃，万户，first"
    assert n == 11                        # the ligature is spelled out but is no radical


def test_the_radical_table_covers_every_chinese_simplified_supplement_radical():
    table = load_radicals()
    simplified = [chr(cp) for cp in range(0x2E80, 0x2F00)
                  if "SIMPLIFIED" in unicodedata.name(chr(cp), "") and "J-SIMPLIFIED" not in unicodedata.name(chr(cp))]
    assert len(simplified) >= 25 and [c for c in simplified if c not in table] == []
    assert all("\u3400" <= v <= "\u9fff" for v in table.values())


def test_a_bad_radical_table_names_file_and_key(tmp_path):
    bad = tmp_path / "pdf_radicals.yaml"
    bad.write_text("radicals:\n  长: 长\nkangxi: {}\n", encoding="utf-8")
    with pytest.raises(BuildError) as exc:
        load_radicals(bad)
    assert exc.value.key == "长" and exc.value.file == bad


@pytest.mark.parametrize("texts, want", [
    (["2022年广东省知识产权保护状况", "全省专利授权量八十三万件。"], (("zh",), 2)),
    (["IPR Protection in Guangdong", "Courts accepted 117,100 cases."], (("en",), 2)),
    (["广东省知识产权保护状况", "全省专利授权量八十三万件。", "IPR Protection in Guangdong", "Courts accepted cases."],
     (("zh", "en"), 2)),
    (["IPR Protection in Guangdong", "Courts accepted cases.", "广东省知识产权保护状况", "全省专利授权量八十三万件。"],
     (("en", "zh"), 2)),
])
def test_language_halves(texts, want):
    assert language_split(texts) == want


def test_running_headers_footers_and_page_numbers():
    pages = []
    for p in range(1, 5):
        pages.append([line("江苏省知识产权白皮书", 40, x0=250, x1=350, page=p),
                      line(f"第{p}段正文，各页不同，内容为第{p}页的文字。", 300, page=p),
                      line(f"- {p} -", 800, x0=290, x1=310, page=p)])
    pages[2].append(line("7", 400, page=3))          # a bare number in the body stays
    drop = running_lines(pages, [842.0] * 4)
    kept = [ln.text for page in pages for ln in page if id(ln) not in drop]
    assert kept == ["第1段正文，各页不同，内容为第1页的文字。", "第2段正文，各页不同，内容为第2页的文字。",
                    "第3段正文，各页不同，内容为第3页的文字。", "7", "第4段正文，各页不同，内容为第4页的文字。"]


def test_a_single_page_number_in_the_footer_band_goes():
    pages = [[line("正文。", 100), line("3", 805, x0=295, x1=300)]]
    assert [ln.text for ln in pages[0] if id(ln) not in running_lines(pages, [842.0])] == ["正文。"]


def test_a_table_cut_by_a_page_break_is_joined_without_its_repeated_header():
    head = ["地区", "合计"]
    blocks = [Block(page=1, top=500, rows=[head, ["南京市", "27"]]),
              Block(page=2, top=80, lines=[line("续表", 80, x1=90, page=2)]),
              Block(page=2, top=100, rows=[head, ["全省", "502"]]),
              Block(page=2, top=300, lines=[line("注：数据来自年鉴。", 300, x1=200, page=2)])]
    notes = []
    out = merge_split_tables(blocks, notes)
    assert [b.rows for b in out if b.is_table] == [[head, ["南京市", "27"], ["全省", "502"]]]
    assert len(out) == 2 and notes == ["page 2: table continued from page 1, joined (1 repeated header row left out)"]


def test_tables_of_different_widths_stay_apart():
    blocks = [Block(page=1, top=500, rows=[["地区", "合计"]]), Block(page=2, top=80, rows=[["地区", "商标", "合计"]])]
    assert len(merge_split_tables(blocks, [])) == 2
