"""The visible-text layer: info line, title, column, pager, time."""

from __future__ import annotations

import pytest

from yunmei.extract import textlines as tl
from yunmei.extract import to_iso
from yunmei.extract.render import Block


def blocks(*texts, heading=None):
    heading = heading or {}
    return [Block(t, float(i), heading.get(i, 0)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("12", [1, 2]),
        ("123", [1, 2, 3]),
        ("45678", [4, 5, 6, 7, 8]),
        ("1 2 3", [1, 2, 3]),
        ("上一页12下一页", [1, 2]),
        ("123456789101112", list(range(1, 13))),
        ("2023", None),
        ("1", None),
        ("13", None),
        ("第1页", None),
        ("16个单位", None),
    ],
)
def test_pager(text, want):
    assert tl.parse_pager(text) == want


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2023-03-24 20:11", "2023-03-24T20:11:00+08:00"),
        ("2023-3-4 8:05", "2023-03-04T08:05:00+08:00"),
        ("2023年03月24日 20:11", "2023-03-24T20:11:00+08:00"),
        ("2023-03-24 20:11:05", "2023-03-24T20:11:05+08:00"),
        ("2015-05-06", "2015-05-06"),
        ("2023-13-01 10:00", None),
        ("2023-03-24 25:00", None),
        ("", None),
        (None, None),
        ("no date", None),
    ],
)
def test_to_iso(raw, iso):
    assert to_iso(raw) == iso


@pytest.mark.parametrize(
    ("title", "column", "bare"),
    [
        ("报小拍|坡头区雄鹰擂台赛顺利举办", "报小拍", "坡头区雄鹰擂台赛顺利举办"),
        ("报小拍·足球|湛江队提前锁定小组第一", "报小拍·足球", "湛江队提前锁定小组第一"),
        ("走进红树林|数万只候鸟飞抵湛江", "走进红树林", "数万只候鸟飞抵湛江"),
        ("湛小豚奇遇记!红树林里的“海上森林”", None, "湛小豚奇遇记!红树林里的“海上森林”"),
        ("没有栏目的标题", None, "没有栏目的标题"),
    ],
)
def test_column(title, column, bare):
    assert tl.split_column(title) == (column, bare)


def test_info_on_one_line():
    info = tl.find_info(
        blocks("标题在这里", "2023-03-24 20:11 来源:湛江云媒 作者:记者陈彦", "正文")
    )
    assert (info.start, info.end) == (1, 2)
    assert (info.published_raw, info.source, info.byline_raw) == (
        "2023-03-24 20:11",
        "湛江云媒",
        "记者陈彦",
    )


def test_info_empty_source():
    info = tl.find_info(blocks("标题在这里", "2021-12-15 21:15 来源: 作者:记者陈彦 通讯员孙妙茹"))
    assert info.source is None
    assert info.byline_raw == "记者陈彦 通讯员孙妙茹"


def test_info_over_three_lines_any_order():
    info = tl.find_info(
        blocks("标题在这里", "来源：湛江晚报", "2024-01-12 17:22", "作者：记者林霖", "正文第一段")
    )
    assert (info.start, info.end) == (1, 4)
    assert (info.published_raw, info.source, info.byline_raw) == (
        "2024-01-12 17:22",
        "湛江晚报",
        "记者林霖",
    )


def test_info_mediacloud():
    info = tl.find_info(blocks("标题在这里", "©原创 2025-08-28 18:32 湛江云媒"))
    assert (info.published_raw, info.source, info.original) == (
        "2025-08-28 18:32",
        "湛江云媒",
        True,
    )
    info = tl.find_info(blocks("标题在这里", "2021-11-06 09:33 湛江日报"))
    assert (info.source, info.original) == ("湛江日报", False)


def test_info_time_alone_after_a_headline():
    info = tl.find_info(blocks("首页", "标题在这里有八个字", "2024-01-12 17:22", "正文"))
    assert info.start == 2
    assert info.published_raw == "2024-01-12 17:22"


def test_info_ignores_dates_in_body_text():
    assert tl.find_info(blocks("正文里提到2023-03-24 20:11这个时间,但不是信息行。")) is None


def test_title_and_subtitle_above_info():
    lines = blocks(
        "登录湛江云媒账号",
        "报小拍|坡头区雄鹰擂台赛顺利举办",
        "扎实推进工程落地见效",
        "2023-03-24 20:11 来源:湛江云媒",
    )
    assert tl.find_title(lines, 3, None) == (1, [2])


def test_title_prefers_heading_and_skips_nav():
    lines = blocks(
        "首页 时政 民生 经济",
        "湛江港航道改扩建工程通过验收",
        "2025-08-28 18:32 来源:湛江云媒",
        heading={1: 1},
    )
    assert tl.find_title(lines, 2, None) == (1, [])


def test_title_from_title_tag():
    lines = blocks(
        "热门推荐专题页面", "湛江港航道改扩建工程通过验收", "2025-08-28 18:32 来源:湛江云媒"
    )
    assert tl.find_title(lines, 2, "湛江港航道改扩建工程通过验收_湛江云媒") == (1, [])


def test_body_end_markers():
    lines = blocks("正文第一段。", "12", "编辑:林霖", "评论一下")
    assert tl.body_end(lines, 0) == 1
    lines = blocks("正文第一段。", "12", "正文第二段,表格里的数字不是分页。")
    assert tl.body_end(lines, 0) == 3


@pytest.mark.parametrize(
    "text",
    [
        "湛江云媒客户端原创,未经授权不得转载",
        "湛江云媒客户端原创，未经授权不得转载。",
        "湛江晚报、湛江云媒客户端原创",
        "未经授权不得转载",
        "(来源:湛江云媒)",
        "©原创",
    ],
)
def test_notices(text):
    assert tl.NOTICE_LINE.match(text)


@pytest.mark.parametrize(
    "text", ["记者 陈振园 摄", "(通讯员 李嘉恩 摄)", "(图片由湛江市气象局提供)", "资料图"]
)
def test_photo_credit_lines(text):
    assert tl.CREDIT_LINE.match(text)


@pytest.mark.parametrize(
    ("text", "is_error"),
    [
        ("404", True),
        ("404 Not Found", True),
        ("页面404错误", True),
        ("HTTP 404", True),
        ("页面不存在", True),
        ("市运会第404场比赛精彩纷呈", False),
        ("湛江3404号渔船返港", False),
    ],
)
def test_error_marker_is_an_error_code_not_any_number(text, is_error):
    assert bool(tl.ERROR_RE.search(text)) is is_error
