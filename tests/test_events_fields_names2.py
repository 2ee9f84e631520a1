"""Event fields, issue 15 (second names pass): one test per shape, real passage fragments."""

from __future__ import annotations

import pytest

from yunmei.events.facts import find_names


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        # a short field or unit listed before 、 inside the name, a long noun phrase after it
        (
            "fields_listed_in_name",
            "在2019年中药、药学理论知识与专业技能大赛中,我校学生获一等奖",
            ["2019年中药、药学理论知识与专业技能大赛"],
        ),
        (
            "units_listed_in_name",
            "团总支、学生会内部演讲比赛决赛在报告厅举行",
            ["团总支、学生会内部演讲比赛决赛"],
        ),
        # a straight quote opening a curly close: the quoted theme before the name is kept (D4)
        (
            "straight_open_quote",
            '"逐梦想 奔小康”平湖市广场舞蹈大赛举行',
            ['"逐梦想 奔小康”平湖市广场舞蹈大赛'],
        ),
        # an entrant's titles listed, then a past contest: no name, as before
        (
            "titles_then_past_contest",
            "新科国家冠军、刚刚在全国公路自行车锦标赛上夺冠的A获得亚军",
            [],
        ),
    ],
)
def test_name_shapes(shape, sentence, names):
    assert [n.name for n in find_names(sentence)[0]] == names, shape
