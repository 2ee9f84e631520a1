"""Shapes read from dev10's misses and extras: one named shape per row, a short real fragment each."""

from __future__ import annotations

import pytest
from events_pairs import pairs

pytestmark = pytest.mark.usefixtures("strict_events")


SHAPES = {
    # d10-087 (also b2-002, d6d-023/024, b6b-020): a contestant's draw number before the name
    "contestant_number_before_name": (
        "演讲比赛决赛结果揭晓。\n一等奖 6号杨雯壹\n二等奖 3号贺涛 8号陈泽鑫",
        [("一等奖", "杨雯壹", None), ("二等奖", "贺涛", None), ("二等奖", "陈泽鑫", None)],
    ),
    # d10-057: the piece is named first, the performers after 的 won
    "piece_then_performer": (
        "合唱比赛落幕。合唱《我们都是神枪手》的2016级转本班与合唱《唱响经典》的2016级播音与主持艺术班"
        "分获二、三等奖。",
        [("二等奖", "2016级转本班", None), ("三等奖", "2016级播音与主持艺术班", None)],
    ),
    # d10-068: 等队伍 / 等单位 closes a list; the collective word names no one
    "etc_collective_word_after_list": (
        "柔力球展示赛落幕。青年镇柔力球队、东林街道柔力球队等队伍获得展示奖。",
        [("展示奖", "青年镇柔力球队", None), ("展示奖", "东林街道柔力球队", None)],
    ),
    # d10-058: 被评为 + a praised performer's role with no 奖 or quotes; 我院第二届 is the occasion
    "praised_role_after_conferring": (
        "歌手大赛落幕。张正娟、叶大伟被评为我院第二届十佳歌手,魏媛等被评为优秀歌手。",
        [("十佳歌手", "张正娟", None), ("十佳歌手", "叶大伟", None), ("优秀歌手", "魏媛", None)],
    ),
    # d10-083: a short association name (泳协 / 体协 / 棋协) before a person is the affiliation
    "short_association_before_person": (
        "公开水域游泳赛落幕。衢江泳协吕天乐获18~30周岁组冠军,开化泳协赖建华获得41~50周岁组冠军。",
        [("冠军", "吕天乐", "衢江泳协"), ("冠军", "赖建华", "开化泳协")],
    ),
    # d10-026 (as b4a-027): provinces ordered by their gold-medal counts hold no award
    "medal_count_ranking": (
        "全国数学奥赛落幕。上海队以25枚金牌排名第一,浙江队获得23枚金牌排名第二,湖南队以18枚金牌获得第三名。",
        [],
    ),
    # d10-063: a group heading in quotes under a tier heading is the category, not a winner
    "quoted_group_heading": (
        "烹饪技能大赛落幕。获奖名单如下:\n金奖\n“艺术蛋糕组”\n宋阿美\n杨慧\n银奖\n“中餐热菜组”\n沈畅畅",
        [("金奖", "宋阿美", None), ("金奖", "杨慧", None), ("银奖", "沈畅畅", None)],
    ),
    # d10-009: a time printed after the name is how it won; the later 分获二三名 restates the
    # 亚军/季军 already printed; 排名 in a heat's sentence orders the heat
    "mark_after_name_and_restated_places": (
        "游泳比赛落幕。郑涛以30秒62的成绩夺冠,王李超31秒81获得亚军,袁伟译32秒00获得季军。"
        "袁伟译以32秒30排名预赛第一位,郑涛32秒34排名第二。"
        "最终,郑涛以30秒62的成绩率先抵达终点,王李超和袁伟译分获二三名。",
        [("夺冠", "郑涛", None), ("亚军", "王李超", None), ("季军", "袁伟译", None)],
    ),
    # d10-081 (as b2-002's 并列第一名获得一等奖): a crown word, then the prize in the same
    # sentence for the same names: the prize is the result
    "result_word_then_prize": (
        "讲课比赛落幕。汉语国际教育系的梁浩老师和英文系的欧阳娜老师摘得桂冠,斩获一等奖。",
        [("一等奖", "梁浩", "汉语国际教育系"), ("一等奖", "欧阳娜", "英文系")],
    ),
    # d10-005: a contest part (团体赛) before a team of any 队 name is its category
    "group_then_team_name": (
        "门球赛落幕。团体赛开心四队获第一名。",
        [("第一名", "开心四队", None)],
    ),
    # d10-088: 他们所代表的 / 所在的 before a unit: the unit is named, no pronoun to resolve
    "pronoun_represented_unit": (
        "叉车赛落幕。王利民夺取了第九名的好成绩,他们所代表的洛阳市代表队荣获团体冠军。",
        [("第九名", "王利民", None), ("冠军", "洛阳市代表队", None)],
    ),
    # d10-084 (also d6d-036): 局机关 / 市直机关 before a person is the affiliation
    "office_unit_before_person": (
        "羽毛球赛落幕。局机关罗琳、张煜,一公司王黔、吴秋璇,六公司蒋子豪、尹润波,五公司胡金卫、李诗棋"
        "荣获混合双打前四名。",
        [
            ("第一名", "罗琳", "局机关"),
            ("第一名", "张煜", "局机关"),
            ("第二名", "王黔", "一公司"),
            ("第二名", "吴秋璇", "一公司"),
            ("第三名", "蒋子豪", "六公司"),
            ("第三名", "尹润波", "六公司"),
            ("第四名", "胡金卫", "五公司"),
            ("第四名", "李诗棋", "五公司"),
        ],
    ),
    # d10-057: the prize as the topic, 颁发给(了) / 颁给 / 授予 whom it goes to; a count of
    # classes (四个班级) closes the list
    "tier_given_to": (
        "合唱赛落幕。最佳风尚奖颁发给了2016级新闻班、2016级中文1班和2016级中文3班三个班级。",
        [
            ("最佳风尚奖", "2016级新闻班", None),
            ("最佳风尚奖", "2016级中文1班", None),
            ("最佳风尚奖", "2016级中文3班", None),
        ],
    ),
    # d10-087: the giver, 对/向 whom, then the prize closing the clause
    "given_to_then_tier": (
        "演讲比赛落幕。期间,院团委学生副书记麦振峰还对文传系和政法系颁发“最佳组织奖”。",
        [("最佳组织奖", "文传系", None), ("最佳组织奖", "政法系", None)],
    ),
    # d10-052: the places with the holders' noun (的学校) close a clause, 他们分别是 names them next
    "places_of_holders_then_they_are": (
        "象棋赛落幕。评选出团体总分前三名的学校,他们分别是:祥平中心小学、第三实验小学、阳翟小学。",
        [
            ("第一名", "祥平中心小学", None),
            ("第二名", "第三实验小学", None),
            ("第三名", "阳翟小学", None),
        ],
    ),
    # d10-044: 名 ends a city (茂名) as well as a place: only 第N名/前N名 chains result clauses;
    # the sport word before 代表团 is everyone's team word
    "city_list_shares_sport_team_word": (
        "运动会闭幕。北海、茂名、钦州体育代表团获“体育道德风尚奖”。",
        [
            ("体育道德风尚奖", "北海体育代表团", None),
            ("体育道德风尚奖", "茂名体育代表团", None),
            ("体育道德风尚奖", "钦州体育代表团", None),
        ],
    ),
    # d10-090: the holder of a prize named right after 得主, with what they said; an earlier
    # holder (去年…得主, d6d-039) is history
    "holder_of_tier": (
        "叉车大赛落幕。锦州汉拿电机有限公司叉车司机、本次大赛一等奖得主刘占表示:“很高兴。”"
        "大岭山中学机器人足球队是去年全国赛金牌得主。",
        [("一等奖", "刘占", None)],
    ),
    # d10-086: places glued to names over commas after 他们分别为 (茆 a surname too)
    "place_then_name": (
        "演讲赛落幕。现场同学投票选出前三名优胜者,他们分别为第一名曹任,第二名茆忠塘,第三名李卓恒。",
        [("第一名", "曹任", None), ("第二名", "茆忠塘", None), ("第三名", "李卓恒", None)],
    ),
    # d10-028: a level word (自治区级 / 省级) between the conferring verb and the quoted honour
    "level_before_quoted_honour": (
        "健美操赛落幕。教练员关璐、卓拉两位老师获评自治区级“优秀教练员”称号。",
        [("优秀教练员", "关璐", None), ("优秀教练员", "卓拉", None)],
    ),
    # d10-050: a kin word of respect after a full name (党芝芬大姐) is no part of it
    "kin_word_after_name": (
        "包粽子比赛落幕。党芝芬大姐以4分钟包出22个粽子的成绩获得比赛第一名。",
        [("第一名", "党芝芬", None)],
    ),
    # d10-036: a team, then how it played (团结协作); it is the subject of the result after the comma
    "team_then_effort": (
        "排球赛落幕。经过激烈角逐,教务分会代表队团结协作,获得冠军。",
        [("冠军", "教务分会代表队", None)],
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape(shape):
    text, expected = SHAPES[shape]
    assert pairs(text) == expected
