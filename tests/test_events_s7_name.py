"""Event names on unseen text, issue 15 (seventh session): one test per shape, real fragments."""

from __future__ import annotations

import pytest
from events_pairs import contest_names as _names


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # a site number before a betting brand: the lead runs to the name's year or edition (D11; dev20)
        (
            "spam_site_number_then_brand",
            "12月13日晚,31399金沙娱场城股份2021 年乒乓球选拔赛在本部员工活动中心打响。",
            ["2021 年乒乓球选拔赛"],
        ),
        (
            "spam_site_number_then_brand",
            "5月16日下午,37000cm威尼斯第十三届体育运动会之学生拔河比赛在第四公寓楼前举行。",
            ["第十三届体育运动会之学生拔河比赛"],
        ),
        # a brand, its group and a site number with letters (D11; dev13)
        (
            "spam_brand_then_site_number",
            "11月27日下午,新浦京集团350vip第七届“新生杯”篮球赛决赛在东校区体育馆举办。",
            ["第七届“新生杯”篮球赛决赛"],
        ),
        # a site's entrance or line link text (入口, 登录线路) before the name (D11; dev17, dev18)
        (
            "spam_link_marker",
            "6月16—17日,澳门太阳集团网站入口第五届田径运动会在砂子坳校区田径场举行。",
            ["第五届田径运动会"],
        ),
        (
            "spam_link_marker",
            "5月30日中午,金沙9170登录线路第三届“崛起杯”足球赛决赛在第三田径场顺利举行。",
            ["第三届“崛起杯”足球赛决赛"],
        ),
        # a place that shares a brand's name is no spam: no site number next to it
        (
            "brand_word_as_place_kept",
            "金沙县2021年职工运动会在县体育馆举行。",
            ["金沙县2021年职工运动会"],
        ),
        # an umbrella event before 暨 is no slogan (D4), however long (dev20, dev6d)
        (
            "umbrella_before_ji_kept",
            "11月8日上午,2022年武宣县中小学生体育艺术周暨啦啦操比赛在马鞍山球馆开幕。",
            ["2022年武宣县中小学生体育艺术周暨啦啦操比赛"],
        ),
        (
            "umbrella_before_ji_kept",
            "11月6日至7日,湖南省现场救护第一目击者行动培训会议暨急救技能大赛在长沙举行,",
            ["湖南省现场救护第一目击者行动培训会议暨急救技能大赛"],
        ),
        # the same umbrella before a dash is no slogan either (D4; dev19)
        (
            "umbrella_before_dash_kept",
            "春城职工文体嘉年华——第一届“金马杯”职工篮球赛在市体育馆落幕。",
            ["春城职工文体嘉年华——第一届“金马杯”职工篮球赛"],
        ),
    ],
)
def test_name_shape(shape: str, sentence: str, names: list[str], strict_events) -> None:
    assert _names(sentence) == names, shape
