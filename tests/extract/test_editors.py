"""Editors in block, mobile-footer and inline forms; several names per label."""

from __future__ import annotations

import pytest

from yunmei.extract.editors import is_editor_line, parse_editor_text, split_inline_credit


def pairs(text):
    return [(e["name"], e["duty"]) for e in parse_editor_text(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("编辑:林霖", [("林霖", "editor")]),
        ("编辑：林霖", [("林霖", "editor")]),
        ("值班主任:吴文静、罗磊", [("吴文静", "duty_director"), ("罗磊", "duty_director")]),
        ("值班编委:郑时雨", [("郑时雨", "duty_board")]),
        ("责任编辑:周婷", [("周婷", "responsible_editor")]),
        (
            "编辑:梁海飞   值班主任:莫松萌   值班编委:钟忠",
            [("梁海飞", "editor"), ("莫松萌", "duty_director"), ("钟忠", "duty_board")],
        ),
        (
            "(编辑/徐卫民 值班主任/何杰 值班编委/郑时雨)",
            [("徐卫民", "editor"), ("何杰", "duty_director"), ("郑时雨", "duty_board")],
        ),
        ("（编辑/徐卫民）", [("徐卫民", "editor")]),
        ("编辑: 王五, 赵六", [("王五", "editor"), ("赵六", "editor")]),
        ("编辑:林霖、梁海飞", [("林霖", "editor"), ("梁海飞", "editor")]),
    ],
)
def test_forms(text, want):
    assert is_editor_line(text)
    assert pairs(text) == want


@pytest.mark.parametrize(
    "text",
    ["编辑部今天开会", "他曾任报社编辑,现任值班主任。", "值班编委会议召开", "作者:记者陈彦"],
)
def test_body_text_is_not_an_editor_line(text):
    assert not is_editor_line(text)


def test_inline_credit_split_from_last_paragraph():
    body, credit = split_inline_credit("市民陈伯说。(编辑/徐卫民 值班主任/何杰 值班编委/郑时雨)")
    assert body == "市民陈伯说。"
    assert pairs(credit) == [
        ("徐卫民", "editor"),
        ("何杰", "duty_director"),
        ("郑时雨", "duty_board"),
    ]


def test_no_inline_credit():
    assert split_inline_credit("(图片由湛江市气象局提供)") == ("(图片由湛江市气象局提供)", None)
