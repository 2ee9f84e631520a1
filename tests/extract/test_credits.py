"""Writer credits on other sites' pages: one test per named shape, and what is never a name."""

from __future__ import annotations

import pytest

from yunmei.extract.credits import (
    CLOSING_SHAPES,
    INFO_SHAPES,
    OPENING_SHAPES,
    credits_in,
    is_credit_line,
    person_like,
    writer_credit,
)


def test_AUTHOR_LABEL():
    assert credits_in("作者：陆一夫", INFO_SHAPES) == ("AUTHOR_LABEL", ["陆一夫"])
    assert credits_in("1164次阅读| 来源CSDN| 作者魏星", INFO_SHAPES)[1] == ["魏星"]
    assert credits_in("2019-09-26 12:11来源：证券时报网作者：李在山", INFO_SHAPES)[1] == ["李在山"]
    assert credits_in("《棱镜》作者 周纯", INFO_SHAPES)[1] == ["周纯"]


def test_TEXT_ROLE():
    assert credits_in("【文/观察者网专栏作者 王文】", INFO_SHAPES) == ("TEXT_ROLE", ["王文"])
    assert credits_in("文/记者 张三 李四", INFO_SHAPES)[1] == ["张三", "李四"]


def test_DRAFTED():
    assert credits_in("执笔/叨叨姐、胡一刀&李小飞刀", INFO_SHAPES) == (
        "DRAFTED",
        ["叨叨姐", "胡一刀", "李小飞刀"],
    )
    assert credits_in("采写：南都见习记者 林子沛", CLOSING_SHAPES)[1] == ["林子沛"]


def test_REPORTER_DATELINE():
    text = "新京报讯（记者 陆一夫）11月25日，新京报记者登录拼多多全球购页面发现"
    assert credits_in(text, OPENING_SHAPES) == ("REPORTER_DATELINE", ["陆一夫"])
    assert credits_in("新华社巴黎12月9日电（记者唐霁）法国9日再次爆发", OPENING_SHAPES)[1] == [
        "唐霁"
    ]
    assert credits_in("长江网10月4日讯（记者陈智 整合） 国庆中秋", OPENING_SHAPES)[1] == ["陈智"]


def test_REPORTER():
    assert credits_in("光明日报记者 王建宏 张文攀", CLOSING_SHAPES) == (
        "REPORTER",
        ["王建宏", "张文攀"],
    )
    assert credits_in("新京报记者 陆一夫", CLOSING_SHAPES)[1] == ["陆一夫"]


@pytest.mark.parametrize(
    "text",
    [
        "阅读(1660) 评论(5) 编辑 发表于:2019-09-07",  # a blog footer
        "访问统计 1234 星期二 13:22",
        "记者问林郑是否还应担任香港行政长官？外交部回应",  # a headline, not a credit
        "记者了解到，该市今年新增",
        "来源：本站原创 作者：医技药剂党支部",  # an organisation, 5+ characters
        "责任编辑：张迪",
        "▲广州日报全媒体图片记者黎旭阳、李妍摄",  # a photographer
        "图片来源：每经记者 张蕊 摄",
        "来源：新华网",
    ],
)
def test_labels_sources_editors_and_photographers_are_not_writers(text):
    assert credits_in(text, INFO_SHAPES + OPENING_SHAPES + CLOSING_SHAPES) is None


def test_credit_line_is_not_body():
    assert is_credit_line("光明日报记者 王建宏 张文攀")
    assert not is_credit_line("光明日报记者王建宏报道，今年以来全省新增就业岗位十万个，同比增长")


def test_writer_credit_order_info_then_dateline_then_closing():
    lines = ["2019-09-07 13:43 来源：新京报", "新京报讯（记者 陆一夫）11月25日，" + "正文" * 30]
    assert writer_credit([*lines, "新京报记者 王五"], 1)[1:] == (["陆一夫"], "opening")
    assert writer_credit(["作者：赵六", *lines], 1)[1:] == (["赵六"], "info")
    assert writer_credit(["2019-09-07"], 1) is None


def test_meta_author_only_when_a_person_printed_near_the_title():
    assert writer_credit(["原创 kingname 未闻Code 前天"], 1, "kingname")[1] == ["kingname"]
    assert writer_credit(["网易 2019-11-25"], 1, "网易") is None
    assert not person_like("新浪财经-自媒体综合")
