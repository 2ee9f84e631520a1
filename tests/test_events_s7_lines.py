"""Layout shapes found from the misses gated for want of a tier or result word in the name's own
sentence (seventh session, lines): one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


def _names(text: str) -> list[tuple[str, str]]:
    return sorted((tier, name) for tier, name, _aff in pairs(text))


SHAPES = {
    # d16-010: a hard-wrapped paragraph whose lines open with the clause mark (line_opens_with_mark)
    "line_opens_with_mark": (
        "迎新春职工掼蛋比赛落幕。钛一代表队的黄玉祥\n、樊文杰组合力克钛三华占阳\n、易磊\n"
        ",获得了本次掼蛋比赛的第一名\n,华占阳\n、易磊组合获得第二名\n。",
        [("第一名", "樊文杰"), ("第一名", "黄玉祥"), ("第二名", "华占阳"), ("第二名", "易磊")],
    ),
    # d19-073: a line that ends in its result verb, the tier alone on the next (line_ends_with_verb)
    "line_ends_with_verb": (
        "交警大练兵比武竞赛圆满收官。\n乌苏市公安局交警大队获得\n团体奖第一名\n"
        "乌苏市公安局交警大队马春龙获得\n个人奖第二名",
        [("第一名", "乌苏市公安局交警大队"), ("第二名", "马春龙")],
    ),
    # real-178: a name closes a long line after its full stop, its verb opens the next
    # (name_wraps_before_verb): the open tail is the subject of the next line
    "name_wraps_before_verb": (
        "第十一届陕西农民画暨民间书画大赛结果揭晓。\n参选作品包括剪纸、泥塑、麦秆画、刺绣、"
        "布艺、民间工艺品等,形式多样,内容丰富。杜军护\n斩获民画组一等奖,牛昌宗获得民间书画组一等奖。",
        [("一等奖", "杜军护"), ("一等奖", "牛昌宗")],
    ),
    # d9-024 / d20-085: a sentence that only names the holders takes the one tier the sentence
    # before decided or won (names_of_the_result_before)
    "names_of_the_result_before": (
        "交东棋弈室举行了象棋邀请赛。经过五轮的厮杀,最终决出前三名。他们是:孙博、幺毅、张超群。"
        "中国电信队包揽了男子中年单打组的冠亚军。获奖者为夏毅强和沈毅敏。",
        [
            ("第一名", "孙博"),
            ("第二名", "幺毅"),
            ("第三名", "张超群"),
            ("冠军", "夏毅强"),
            ("亚军", "沈毅敏"),
        ],
    ),
    # b9-065 / d14-022: a crown before 得主 is a tier like 金奖 before it (crown_holder_is), so the
    # sentence naming its holders is read at all
    "crown_holder_is": (
        "全国桥牌锦标赛在绍兴结束。IMP双人赛冠军得主是孙明皓/梁於河。",
        [("冠军", "孙明皓"), ("冠军", "梁於河")],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_layout_shape(shape: str) -> None:
    text, expected = SHAPES[shape]
    assert _names(text) == sorted(expected)
