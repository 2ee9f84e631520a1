"""Bylines: every grammar of site-spec §4."""

from __future__ import annotations

import pytest

from yunmei.extract.byline import parse_byline


def credits(raw):
    return [(a["name"], a["role"], a["title"]) for a in parse_byline(raw)]


CASES = {
    # the seed: no space before 文字/, an intern, the same person in two roles
    "视频/记者陈振园 吴竟(实习)文字/见习记者范子华 通讯员李嘉恩 图片/记者陈振园": [
        ("陈振园", "video", "记者"),
        ("吴竟", "video", "实习生"),
        ("范子华", "text", "见习记者"),
        ("李嘉恩", "text", "通讯员"),
        ("陈振园", "photo", "记者"),
    ],
    "文/记者曹龙彬 特约通讯员谭总 通讯员李梅英 航拍/记者李忠 视频/记者白迪文 配音/记者翟方润": [
        ("曹龙彬", "text", "记者"),
        ("谭总", "text", "特约通讯员"),
        ("李梅英", "text", "通讯员"),
        ("李忠", "aerial", "记者"),
        ("白迪文", "video", "记者"),
        ("翟方润", "voiceover", "记者"),
    ],
    # combined roles: one credit per role; the second name inherits the group's title
    "文、视频/见习记者黄芷倩 记者林宇云": [
        ("黄芷倩", "text", "见习记者"),
        ("黄芷倩", "video", "见习记者"),
        ("林宇云", "text", "记者"),
        ("林宇云", "video", "记者"),
    ],
    "图/视频 记者陈广灏 欧阳泽 文/记者陈逸卓": [
        ("陈广灏", "photo", "记者"),
        ("陈广灏", "video", "记者"),
        ("欧阳泽", "photo", "记者"),
        ("欧阳泽", "video", "记者"),
        ("陈逸卓", "text", "记者"),
    ],
    "文/记者 杨雅丽 通讯员 黄福 图/记者 张锋锋 实习生 陈春霖": [
        ("杨雅丽", "text", "记者"),
        ("黄福", "text", "通讯员"),
        ("张锋锋", "photo", "记者"),
        ("陈春霖", "photo", "实习生"),
    ],
    "记者李廷睿 摄影郭龙碧 媒介助理陈玮琪": [
        ("李廷睿", "text", "记者"),
        ("郭龙碧", "photo", None),
        ("陈玮琪", "text", "媒介助理"),
    ],
    "文/李莉 文秋华 图/欧阳泽": [
        ("李莉", "text", None),
        ("文秋华", "text", None),
        ("欧阳泽", "photo", None),
    ],
    "侯佳婧 李昊": [("侯佳婧", "text", None), ("李昊", "text", None)],
    "郑时雨": [("郑时雨", "text", None)],
    "关月(霞山)": [("关月", "text", None)],
    "记者邓耀瑞 陈金波": [("邓耀瑞", "text", "记者"), ("陈金波", "text", "记者")],
    "文/记者卓朝兴 图、视频/记者李忠": [
        ("卓朝兴", "text", "记者"),
        ("李忠", "photo", "记者"),
        ("李忠", "video", "记者"),
    ],
    "文/图 记者王小明": [("王小明", "text", "记者"), ("王小明", "photo", "记者")],
    "视频/图 记者许冰怡 文/本报记者何春燕": [
        ("许冰怡", "video", "记者"),
        ("许冰怡", "photo", "记者"),
        ("何春燕", "text", "本报记者"),
    ],
    "文案/实习生吴晓桐 制图/记者梁俊杰 视频/记者郑国良": [
        ("吴晓桐", "copy", "实习生"),
        ("梁俊杰", "graphics", "记者"),
        ("郑国良", "video", "记者"),
    ],
    "文字/记者张三 图片/通讯员李四": [("张三", "text", "记者"), ("李四", "photo", "通讯员")],
    # full-width parenthesis and slash, ideographic space
    "视频／记者陈振园\u3000吴竟（实习）": [
        ("陈振园", "video", "记者"),
        ("吴竟", "video", "实习生"),
    ],
}


@pytest.mark.parametrize(("raw", "want"), list(CASES.items()), ids=list(range(len(CASES))))
def test_grammar(raw, want):
    assert credits(raw) == want


@pytest.mark.parametrize("raw", ["", None, "   ", "/", "(实习)", "文/", "摄影", "…"])
def test_nothing_to_credit(raw):
    assert parse_byline(raw) == []


def test_names_never_keep_titles_or_spaces():
    for raw in CASES:
        for author in parse_byline(raw):
            assert " " not in author["name"]
            assert not any(t in author["name"] for t in ("记者", "通讯员", "实习", "("))


def test_glued_names_split_at_titles():
    assert credits("记者陈振园通讯员李嘉恩") == [
        ("陈振园", "text", "记者"),
        ("李嘉恩", "text", "通讯员"),
    ]


def test_label_prefix_is_ignored():
    assert credits("作者:记者陈彦") == [("陈彦", "text", "记者")]


def test_new_group_resets_inherited_title():
    assert credits("记者张三 图/李四") == [("张三", "text", "记者"), ("李四", "photo", None)]
