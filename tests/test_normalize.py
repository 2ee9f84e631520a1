"""yunmei.normalize.normalize_text: properties, each step, the seed and the original/mirror pair."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from yunmei.normalize import NORMALIZE_FLAGS, NormalizedText, normalize_text

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = DATA / "seed" / "potou-eagle-arena.mirror.txt"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "potou-eagle-arena.mirror.txt"
PAIR = DATA / "normalize"

TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# an inline reading: "(hào)" after anything, or what is left of one when its "(" was lost
PINYIN_LEFT = re.compile(f"[(（]?[a-zü]*[{TONES}][a-zü]*[)）]")
T2S = opencc.OpenCC("t2s")


def seed_text() -> str:
    return SEED.read_text("utf-8")


def traditional_only(text: str) -> list[str]:
    """Characters OpenCC would simplify that no simplified text uses (not in GB2312)."""
    found = []
    for char in set(text):
        if T2S.convert(char) == char:
            continue
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            found.append(char)
    return sorted(found)


def common_simplified() -> list[str]:
    """Ordinary simplified characters, from the model's own table (rank order)."""
    chars = []
    for line in (ROOT / "yunmei" / "data" / "char_freq.txt").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        char, _count, reading = line.split("\t")
        if reading and T2S.convert(char) == char:
            chars.append(char)
    return chars[:2500]


def gbk_shift(text: str, marker: str) -> str:
    """Damage ``text`` like the seed's mirror: a junk byte after the lead byte of ``marker``."""
    data = text.encode("gb18030")
    at = data.index(marker.encode("gb18030")) + 1
    data = data[:at] + b"\x00" + data[at:]
    out, index = [], 0
    while index < len(data):
        if data[index] < 0x80:
            out.append(chr(data[index]))
            index += 1
        elif index + 1 < len(data) and 0x40 <= data[index + 1] <= 0xFE and data[index + 1] != 0x7F:
            out.append(data[index : index + 2].decode("gb18030"))
            index += 2
        else:
            out.append("?")  # a broken pair, both bytes gone
            index += 2
    return "".join(out).replace("！", "!")


# --- the result type ---------------------------------------------------------------------------


def test_result_is_a_frozen_value_with_text_and_flags():
    result = normalize_text("號(hào)")
    assert isinstance(result, NormalizedText)
    assert result.text == "号"
    assert result.flags == frozenset({"pinyin_removed", "traditional_converted"})
    assert result.flags <= NORMALIZE_FLAGS
    with pytest.raises(AttributeError):
        result.text = "x"  # type: ignore[misc]


def test_clean_text_has_no_flags():
    assert normalize_text("湛江云媒客户端原创") == NormalizedText("湛江云媒客户端原创", frozenset())


def test_empty_and_non_string_input():
    assert normalize_text("") == NormalizedText("", frozenset())
    assert normalize_text(None).text == ""  # type: ignore[arg-type]
    assert normalize_text(2023).text == "2023"  # type: ignore[arg-type]


# --- properties ----------------------------------------------------------------------------------

# characters of the damage this module deals with: traditional and simplified text, pinyin,
# GBK-misalignment debris (kana, PUA, "?"), brackets, whitespace of every kind, controls
DAMAGE_ALPHABET = st.sampled_from(
    list(seed_text()[:1600])
    + list("?(（)）!,^aāáǎàgnxi薄耙怨さ貫榧遥皂眳皥\ue0ed\u3000\u00a0\u200b\ufeff\x00\r\n\t ")
    + ["\u0301", "\ufffd", "\ud800", "é", "æ", "¹", "Õ", "½", "婀", "涙", "睙"]
)
DAMAGED_TEXT = st.text(alphabet=DAMAGE_ALPHABET, max_size=120)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(st.text(max_size=200), DAMAGED_TEXT))
@example("號(hào)(hào)")
@example("e\u200b\u0301")
@example("??\n????")
@example("\ud800\udc00")
@example("日?qǐng)?bào)社")
def test_never_raises_and_is_idempotent(text):
    once = normalize_text(text)
    assert isinstance(once.text, str)
    assert once.flags <= NORMALIZE_FLAGS
    assert normalize_text(once.text).text == once.text
    if "\ufffd" in once.text:
        assert "replacement_chars" in once.flags


@st.composite
def clean_simplified(draw):
    """Lines of ordinary simplified characters, full-width punctuation, words and numbers."""
    chars = common_simplified()
    token = st.one_of(
        st.text(alphabet=st.sampled_from(chars), min_size=1, max_size=12),
        st.sampled_from(list("，。、“”：；！？《》（）…—")),
        st.sampled_from(["2023", "5G", "APP", "3月23日", "16个", "A股", "GDP"]),
    )
    lines = draw(st.lists(st.lists(token, min_size=1, max_size=15), min_size=1, max_size=4))
    joined = []
    for words in lines:
        line = "".join(w if draw(st.booleans()) else w + " " for w in words).strip()
        joined.append(line)
    return "\n".join(line for line in joined if line)


@SETTINGS
@given(clean_simplified())
def test_clean_simplified_text_comes_back_unchanged(text):
    result = normalize_text(text)
    assert result.text == text
    assert result.flags == frozenset()


# --- step 1: whole-text mojibake -----------------------------------------------------------------


NEWS = "湛江云媒，坡头区“百千万工程”"


def sloppy_cp1252(data: bytes) -> str:
    """Windows-1252 the way browsers read it: the five undefined bytes become C1 controls."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data
    )


@pytest.mark.parametrize(
    "garbled",
    [
        NEWS.encode().decode("latin-1"),
        sloppy_cp1252(NEWS.encode()),
        NEWS.encode("gbk").decode("latin-1"),
        sloppy_cp1252(NEWS.encode("gbk")),
        sloppy_cp1252(sloppy_cp1252(NEWS.encode()).encode()),
    ],
    ids=["utf8-as-latin1", "utf8-as-cp1252", "gbk-as-latin1", "gbk-as-cp1252", "doubled"],
)
def test_wrong_decodes_are_reversed(garbled):
    result = normalize_text(garbled)
    assert result == NormalizedText(NEWS, frozenset({"mojibake_repaired"}))
    assert result.evidence and "lossless" in result.evidence[0]


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_utf8_read_as_a_chinese_charset_is_reversed_when_no_byte_is_lost(codec):
    clean = "湛江云媒坡头区百千万工程"
    result = normalize_text(clean.encode().decode(codec))  # strict: every byte decoded
    assert result == NormalizedText(clean, frozenset({"mojibake_repaired"}))


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "big5"])
def test_lossy_soup_is_kept_flagged_and_never_converted(codec):
    soup = NEWS.encode().decode(codec, errors="replace")
    assert "\ufffd" in soup
    result = normalize_text(soup)
    assert result.text == soup
    assert "mojibake_unrepaired" in result.flags
    assert not result.flags & {"traditional_converted", "pinyin_removed", "mojibake_repaired"}


def test_gbk_read_as_utf8_is_kept_flagged():
    soup = (NEWS * 3).encode("gbk").decode("utf-8", errors="replace")
    result = normalize_text(soup)
    assert result.text == soup
    assert {"mojibake_unrepaired", "replacement_chars"} <= result.flags
    assert "traditional_converted" not in result.flags


def test_only_the_damaged_paragraph_is_repaired():
    clean = "第一段正常。\n" + NEWS + "\n第三段正常。"
    mixed = "第一段正常。\n" + NEWS.encode().decode("latin-1") + "\n第三段正常。"
    assert normalize_text(mixed) == NormalizedText(clean, frozenset({"mojibake_repaired"}))


def test_a_paragraph_of_question_marks_is_dropped_and_flagged():
    lost = "第一段正常。\n??????,????????。\n第三段正常。"
    result = normalize_text(lost)
    assert result == NormalizedText("第一段正常。\n第三段正常。", frozenset({"lost_lines_removed"}))


def test_a_text_of_question_marks_only_is_kept_and_flagged():
    lost = "??????,????????\n????"
    assert normalize_text(lost) == NormalizedText(lost, frozenset({"mojibake_unrepaired"}))


def test_question_marks_among_characters_are_flagged_never_guessed():
    text = "路修好了,??运海鲜出岛方便多了。"
    result = normalize_text(text)
    assert result.text == text
    assert "mojibake_unrepaired" in result.flags


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_a_character_cut_in_half_at_the_end_is_dropped_and_flagged(codec):
    data = NEWS.encode(codec)
    cut = data[: len(data) - 1].decode(codec, errors="replace")
    assert cut.endswith("\ufffd")
    assert normalize_text(cut) == NormalizedText(NEWS[:-1], frozenset({"truncated_char_removed"}))


@pytest.mark.parametrize("text", ["Café Zürich", "Ångström 5°C", "naïve résumé"])
def test_latin_text_is_not_taken_for_mojibake(text):
    assert normalize_text(text) == NormalizedText(text, frozenset())


# --- step 2: inline pinyin -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mirror", "expected"),
    [
        ("登錄湛江云媒賬號(hào)", "登录湛江云媒账号"),
        ("區(qū)委", "区委"),
        ("來(lái)源", "来源"),
        ("記者陳振園（yuán）", "记者陈振园"),  # full-width brackets
        ("綠(lǜ)化", "绿化"),
        ("號(hào)(hào)", "号"),  # doubled annotation
        ("吳竟(實(shí)習)", "吴竟(实习)"),  # an annotation inside real parentheses
    ],
)
def test_pinyin_after_a_character_is_removed(mirror, expected):
    result = normalize_text(mirror)
    assert result.text == expected
    assert "pinyin_removed" in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "视频/记者陈振园 吴竟(实习)文字/见习记者范子华",
        "(编辑/徐卫民 值班主任/何杰 值班编委/郑时雨)",
        "如图(如图)所示",
        "关月(霞山)",
        "下载湛江云媒(APP)",
        "咖啡(café)",
        "全镇12个村(社区)",
        "他说(ta)",  # untoned and not a reading of 说
        "(hào)开头",  # nothing before it
    ],
)
def test_real_parentheses_survive(text):
    result = normalize_text(text)
    assert result.text == text
    assert "pinyin_removed" not in result.flags


def test_untoned_pinyin_goes_only_when_it_is_the_reading_of_its_character():
    assert normalize_text("好的(de)").text == "好的"
    assert normalize_text("什麼(me)").text == "什么"
    assert normalize_text("大的(ge)").text == "大的(ge)"


# --- step 3: GBK byte misalignment ---------------------------------------------------------------


def test_seed_run_is_realigned_with_the_help_of_the_printed_readings():
    damaged = "全是辦法?!薄耙怨さ貫榧遥\ue0ed皂?xiàng)目為伴?!薄皥?bào)憂保平安,安全促發(fā)展。”"
    result = normalize_text(damaged)
    assert result.text == "全是办法。”“以工地为家，以项目为伴。”“报忧保平安,安全促发展。”"
    assert {"mojibake_repaired", "pinyin_removed", "traditional_converted"} <= result.flags
    assert "mojibake_unrepaired" not in result.flags


def test_short_run_whose_last_byte_is_a_caret():
    result = normalize_text("走上臺(tái)比拼?!眳^(qū)交通運(yùn)輸局")
    assert result.text == "走上台比拼。”区交通运输局"
    assert "mojibake_repaired" in result.flags


def test_synthetic_shift_in_simplified_text_is_realigned():
    original = "坐在办公室碰到的都是问题，深入基层看到的全是办法。”“以工地为家，以项目为伴。”"
    damaged = gbk_shift(original, "。”“")
    assert damaged.startswith("坐在办公室碰到的都是问题，深入基层看到的全是办法?!薄耙怨さ")
    result = normalize_text(damaged)
    # the last trail byte went with the end of the text: that one character stays lost
    assert result.text == original[:-1] + "?"
    assert result.flags == frozenset({"mojibake_repaired", "mojibake_unrepaired"})


def test_a_lost_byte_that_cannot_be_told_stays_a_question_mark():
    original = "记者深入基层调研乡村产业发展情况并召开座谈会听取意见建议"
    damaged = gbk_shift(original, "产业")
    result = normalize_text(damaged)
    # the lead byte of 产 (and the trail byte of the last character) are gone; the rest is back
    assert result.text == "记者深入基层调研乡村?业发展情况并召开座谈会听取意见建?"
    assert result.flags == frozenset({"mojibake_repaired", "mojibake_unrepaired"})


def test_a_trail_byte_left_as_a_letter_is_put_back():
    # 孫 is 8c 4f: its lead byte went with the "?", its trail byte shows as "O"; the reading
    # the mirror printed after it picks 孫 among the characters ending in 4f
    result = normalize_text("感應聲勢浩大號,高?O(sūn)婆")
    assert result.text == "感应声势浩大号,高孙婆"
    assert {"mojibake_repaired", "pinyin_removed"} <= result.flags
    assert "mojibake_unrepaired" not in result.flags


def test_a_short_run_ending_in_a_letter_is_realigned():
    # 門下進行 with a junk byte after the lead byte of 下 (cf c2): "?" is cf + junk, "逻" is
    # c2 df, "M" is 4d; re-aligned, 進 (df 4d) comes back, 下 has lost its lead byte
    result = normalize_text("門?逻M行不一級過遁形")
    assert result.text == "门?进行不一级过遁形"
    assert {"mojibake_repaired", "mojibake_unrepaired"} <= result.flags


def test_a_lost_character_before_a_letter_is_at_least_flagged():
    result = normalize_text("業主一直《找?V,之間裝(zhuāng)置")
    assert result.text == "业主一直《找?V,之间装置"
    assert "mojibake_unrepaired" in result.flags


def test_unrecoverable_damage_is_kept_and_flagged_never_invented():
    result = normalize_text(
        "廣前研學(xué)基地正式開園 湛江日?qǐng)?bào)社大型軍旅夏令營(yíng)火熱招募"
    )
    assert result.text == "广前研学基地正式开园 湛江日??社大型军旅夏令营火热招募"
    assert {"mojibake_unrepaired", "pinyin_removed"} <= result.flags
    assert "mojibake_repaired" not in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "你好吗?我很好!",  # a mirror's half-width question mark
        "区委书记陈景泰表示?各单位要以目标为导向",
        "犇犇和堃堃都是硇洲岛人",  # rare characters, correct text
        "α粒子和β粒子",
        "气温30°C至35°C，①②③",
        "沪深A股B股",
    ],
)
def test_plausible_text_is_left_alone(text):
    result = normalize_text(text)
    assert result.text == text
    assert result.flags == frozenset()


def test_question_mark_indents_are_dropped():
    result = normalize_text("????经过一番激烈角逐\n  ??区交通运输局获得一等奖")
    assert result.text == "经过一番激烈角逐\n区交通运输局获得一等奖"
    assert result.flags == frozenset({"indent_artifacts_removed"})


# --- step 4: traditional -> simplified -----------------------------------------------------------


def test_traditional_text_is_converted():
    result = normalize_text("雄鷹擂臺賽在區辦公大樓8樓會議室舉辦")
    assert result.text == "雄鹰擂台赛在区办公大楼8楼会议室举办"
    assert result.flags == frozenset({"traditional_converted"})


@pytest.mark.parametrize("text", ["乾塘", "乾塘镇举办技能大赛", "乾隆年间", "于是他说"])
def test_simplified_text_is_never_converted(text):
    assert normalize_text(text) == NormalizedText(text, frozenset())


def test_a_traditional_quote_in_simplified_text_stays():
    text = "这个展览的名字叫“國立故宮”，我们都去看了"
    assert normalize_text(text) == NormalizedText(text, frozenset())


def test_local_place_names_survive_conversion():
    assert normalize_text("遂溪縣乾塘鎮").text == "遂溪县乾塘镇"


# --- step 5: Unicode hygiene ---------------------------------------------------------------------


def test_invisible_and_control_characters_go():
    result = normalize_text("\ufeff湛江\u200b云媒\x00\u200d客户端\u202e")
    assert result.text == "湛江云媒客户端"
    assert result.flags == frozenset({"unicode_cleaned"})


def test_nfc_but_not_nfkc():
    result = normalize_text("Cafe\u0301：２０２３年，“湛江”。")
    assert result.text == "Café：２０２３年，“湛江”。"
    assert unicodedata.is_normalized("NFC", result.text)
    assert result.flags == frozenset({"unicode_cleaned"})


def test_layout_one_paragraph_per_line():
    text = "\u3000\u3000第一段。\r\n\r\n\u00a0 第二段  有  空格。 \n\n\t第三段\u3000\u3000结束\n"
    result = normalize_text(text)
    assert result.text == "第一段。\n第二段 有 空格。\n第三段 结束"
    assert result.flags == frozenset()  # layout alone is not damage


def test_replacement_characters_are_flagged():
    result = normalize_text("湛江\ufffd云媒")
    assert result.text == "湛江\ufffd云媒"
    assert "replacement_chars" in result.flags


def test_lone_surrogates_do_not_break_anything():
    result = normalize_text("湛江\udc80云媒")
    assert result.text == "湛江\ufffd云媒"
    assert {"unicode_cleaned", "replacement_chars"} <= result.flags


# --- the seed ------------------------------------------------------------------------------------


def test_seed_copy_is_the_shared_capture():
    if not SHARED_SEED.exists():
        pytest.skip("../shared is not present")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_seed_normalizes_to_clean_simplified_text():
    result = normalize_text(seed_text())
    text = result.text
    assert PINYIN_LEFT.search(text) is None
    assert traditional_only(text) == []
    assert "区交通运输局获得一等奖" in text
    assert "扎实推进“百千万工程”在坡头落地见效" in text
    assert "报小拍|坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办" in text
    assert "视频/记者陈振园 吴竟(实习)文字/见习记者范子华 通讯员李嘉恩 图片/记者陈振园" in text
    # the damaged runs, repaired
    assert "全是办法。”“以工地为家，以项目为伴。”“报忧保平安,安全促发展。”" in text
    assert "走上台比拼。”区交通运输局主要负责人表示" in text
    # the one the bytes cannot tell, kept and flagged
    assert "湛江日??社" in text
    assert result.flags == frozenset(
        {"traditional_converted", "pinyin_removed", "mojibake_repaired", "mojibake_unrepaired"}
    )
    assert text + "\n" == (PAIR / "potou-eagle-arena.normalized.txt").read_text("utf-8")


def test_seed_body_is_fully_recovered():
    lines = seed_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("3月23日晚"))
    end = next(i for i, line in enumerate(lines) if line.startswith("值班主任"))
    result = normalize_text("\n".join(lines[start:end]))
    assert result.flags == frozenset(
        {"traditional_converted", "pinyin_removed", "mojibake_repaired"}
    )
    assert "?" not in result.text
    assert len(result.text.split("\n")) == sum(1 for line in lines[start:end] if line.strip())
    # the same text as the body inside the whole normalized page
    assert result.text in (PAIR / "potou-eagle-arena.normalized.txt").read_text("utf-8")


# --- the fixture pair ----------------------------------------------------------------------------


def test_original_and_mirror_normalize_to_the_same_text():
    original = (PAIR / "pair-original.txt").read_text("utf-8")
    mirror = (PAIR / "pair-mirror.txt").read_text("utf-8")
    assert traditional_only(mirror) and "(" in mirror and "????" in mirror
    clean = normalize_text(original)
    assert clean.text == original.strip()
    assert clean.flags == frozenset()
    repaired = normalize_text(mirror)
    assert repaired.text == clean.text
    assert repaired.flags == frozenset(
        {"traditional_converted", "pinyin_removed", "mojibake_repaired", "indent_artifacts_removed"}
    )
    title, _sep, _rest = repaired.text.partition("\n")
    assert title == "报小拍|乾塘镇举办“百千万工程”乡村振兴技能大赛"


@pytest.mark.parametrize(
    "clean",
    [
        "蔡昊钰",
        "记者蔡昊钰",
        "钰昊煜琪",
        "鲎",
        "赵翀 龚玥",
        "叶婉晴(岭南师范学院)获得一等奖",
        "冼瑾瑜、欧阳翾",
    ],
)
def test_rare_but_clean_characters_are_never_taken_for_mojibake(clean):
    result = normalize_text(clean)
    assert result.text == clean
    assert not result.flags & {"mojibake_repaired", "mojibake_unrepaired"}


# --- the article carries the flag, the crawl counts it -------------------------------------------


def test_an_article_with_a_soup_paragraph_carries_the_flag_and_the_stat():
    from scrapy.utils.test import get_crawler

    from yunmei.extract import extract_article
    from yunmei.pipelines.stats import ItemStatsPipeline

    url = "http://www.gdzjdaily.com.cn/p/2772291.html"
    page = ROOT / "data" / "sample" / "site" / "www.gdzjdaily.com.cn" / "p" / "2772291.html"
    html = page.read_bytes()
    clean = extract_article(html, url)
    assert clean["quality_flags"] == []
    paragraph = clean["body"].split("\n")[1]
    soup = paragraph.encode().decode("big5", errors="replace")  # UTF-8 read as Big5
    article = extract_article(html.replace(paragraph.encode(), soup.encode()), url)
    assert article["body"].split("\n")[1] == soup  # kept as it came, never converted
    assert "mojibake_unrepaired" in article["quality_flags"]
    assert "traditional_converted" not in article["quality_flags"]
    crawler = get_crawler()
    crawler.stats.open_spider()
    ItemStatsPipeline.from_crawler(crawler).process_item(article)
    assert crawler.stats.get_value("yunmei/normalize/mojibake_unrepaired") == 1


def _snapshot_lines() -> list[str]:
    cases = (DATA / "normalize" / "damage" / "snapshot-dev.jsonl").read_text("utf-8").split("\n")
    lines = {line for case in cases if case for line in json.loads(case)["clean"].split("\n")}
    return sorted(line for line in lines if len(line) > 30)[:60]


@pytest.mark.parametrize("line", _snapshot_lines())
def test_a_gbk_shift_in_real_text_is_never_silent(line):
    """A shifted GBK pair loses a byte: the result is the clean line or it is flagged, and it
    differs from the clean line only where a ``?`` stands for what was lost (nothing dropped,
    nothing invented)."""
    marker = next(c for c in line[len(line) // 2 :] if ord(c) > 0x7F)
    result = normalize_text(gbk_shift(line, marker))
    assert result.text == line or "mojibake_unrepaired" in result.flags
    assert "traditional_converted" not in result.flags
    matcher = difflib.SequenceMatcher(None, line, result.text, autojunk=False)
    for op, _i1, _i2, j1, j2 in matcher.get_opcodes():
        assert op == "equal" or "?" in result.text[j1:j2], (op, result.text[j1 - 5 : j2 + 5])


def test_each_step_that_acts_says_what_it_found():
    result = normalize_text(seed_text())
    found = " | ".join(result.evidence)
    assert "inline pinyin removed" in found
    assert "GBK byte-misalignment runs re-aligned" in found
    assert "traditional text (" in found and ") converted" in found
    assert normalize_text("湛江云媒客户端原创").evidence == ()


# --- the shortcuts of step 3 read the text as the slow way does ----------------------------------


def test_the_characters_t2s_changes_are_all_known_to_the_shortcut():
    from yunmei.normalize import _t2s_changed, _t2s_view

    chars = [chr(c) for c in [*range(0x323B0), *range(0x323B0, 0x110000, 97)]]
    chars = [c for c in chars if not 0xD800 <= ord(c) <= 0xDFFF and c != "\n"]
    converted = T2S.convert("\n".join(chars)).split("\n")
    changed = {c: s for c, s in zip(chars, converted, strict=True) if s != c and len(s) == 1}
    assert len(changed) > 5000
    assert _t2s_changed() == set(changed)
    assert _t2s_view("".join(chars)) == "".join(changed.get(c, c) for c in chars)
    # one by one as the re-alignment converts them (a sample: all of them take seconds)
    for char in sorted(changed)[::7] + chars[::97]:
        single = T2S.convert(char)
        assert (single != char and len(single) == 1) == (char in changed)


@pytest.mark.parametrize(
    "text", ["湛江日报社记者", "鹭\ue000鹭", "\U00020000中", "中\u00e9文", "ab"]
)
def test_a_run_of_two_byte_characters_is_their_bytes_one_by_one(text):
    from yunmei.normalize import _gbk_bytes, _gbk_run

    each = [_gbk_bytes(c) for c in text]
    expected = None if None in each else b"".join(each)
    assert _gbk_run(text) == expected


def test_a_reading_is_cut_short_exactly_when_a_pair_is_no_character():
    import random

    from yunmei.normalize import _gbk_char, _valid_pairs

    rng = random.Random(16)
    bytes_seen = [*range(0x20, 0x7F), *range(0x80, 0x100)]
    for _ in range(20000):
        units = [rng.choice(bytes_seen) for _ in range(rng.randint(0, 9))]
        if units and rng.random() < 0.3:
            units[0] = None  # the lead byte the damage swallowed
        pairs = list(zip(units[0::2], units[1::2], strict=False))
        readable = all(a is None or b is None or _gbk_char(a, b) for a, b in pairs)
        assert (_valid_pairs(units, 0) >= 0) == readable, units


def test_the_lines_with_unusual_characters_are_the_ones_a_search_per_line_finds():
    import random

    from yunmei.normalize import _lines_with_unusual, _model

    rng = random.Random(16)
    alphabet = ["湛江", "鹭", "婧", "\n", "\n\n", " ", "a", "?", "ㄊ", "。"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        lines = text.split("\n")
        expected = {n for n, line in enumerate(lines, 1) if _model().bad_re.search(line)}
        assert _lines_with_unusual(text) == expected, text


def test_dense_lost_pairs_spend_a_bounded_realignment_budget_and_stay_flagged(monkeypatch):
    # "??" every eight characters made every run re-read its neighbours' starts (0.8 s for 1,200
    # characters); past the budget the damage is left as printed and flagged, never guessed
    import yunmei.normalize as nz

    text = "??云媒云媒湛江??" * 119
    tried: list[int] = []
    real = nz._best_repair

    def counting(text, starts, line_end, signs):
        tried.append(len(starts))
        return real(text, starts, line_end, signs)

    monkeypatch.setattr(nz, "_best_repair", counting)
    result = nz.normalize_text(text)
    budget = nz._STARTS_BUDGET_BASE + len(text) * nz._STARTS_PER_CHAR  # per repair pass
    assert sum(tried) <= nz._MAX_PASSES * budget
    assert len(tried) < text.count("????")  # runs past the budget were not attempted
    assert "mojibake_unrepaired" in result.flags
    assert "云媒云媒湛江" in result.text
