"""Event fields from yunmei.events.facts: general shapes counted on the misses of real-blind6
(and checked on every tuned set); each case is a short real fragment."""

from __future__ import annotations

from datetime import date

import pytest

from yunmei.events import extract_events
from yunmei.events.facts import (
    YearOnly,
    event_kind,
    find_names,
    first_date,
    organizer_in,
    page_year,
    participants_in,
    same_event,
    venue_in,
)
from yunmei.events.text import Sentence


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_names(sentence)[0]]


def _sent(text: str) -> Sentence:
    return Sentence(0, 0, text)


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "sentence", "name"),
    [
        # D4 inside quotes: the slogan before the dash goes, the quotes' name stays
        (
            "quoted_dash_slogan",
            "主办的“心心相融 爱达未来——第十二届‘小荷风采’全国少儿舞蹈展演”在浙江省宁波市落下帷幕",
            "第十二届‘小荷风采’全国少儿舞蹈展演",
        ),
        (
            "quoted_dash_slogan",
            "在北京炎黄艺术馆隆重举行的“夕阳颂——全国老年书画艺术大展”开幕式上传来佳音",
            "全国老年书画艺术大展",
        ),
        # an edition and a genre before a bare stage name the contest
        (
            "edition_and_stage",
            "2011年12月9日下午,我院第十四届演讲总决赛和颁奖仪式在2号教学楼305教室举行",
            "我院第十四届演讲总决赛",
        ),
        # the leg's stage or the round reported, printed right after the name, belongs to it
        (
            "leg_stage_after_name",
            "12月2日,黄冈市“百镇千村·百街千巷”运动会暨蕲春县第二届“村舞”(广场舞)大赛大同站海选赛"
            "在两河村开赛",
            "黄冈市“百镇千村·百街千巷”运动会暨蕲春县第二届“村舞”(广场舞)大赛大同站海选赛",
        ),
        # a stage before 阶段 qualifies the contest word after it; 十五运会 is an edition
        (
            "stage_of_the_contest",
            "十五运会跆拳道项目决赛阶段赛事29日在广东惠州落幕",
            "十五运会跆拳道项目决赛阶段赛事",
        ),
        (
            "final_of_a_reach_after_name",
            "另一场重要的决赛在江苏南京上演——第十一届高校联赛全国总决赛",
            "第十一届高校联赛全国总决赛",
        ),
        (
            "round_after_name",
            "6月28日,江南街道第十二届乡村社区和谐文艺大展演初赛第二场文艺演出在三元小区球场举办",
            "江南街道第十二届乡村社区和谐文艺大展演初赛第二场文艺演出",
        ),
    ],
)
def test_names(shape, sentence, name):
    assert name in _names(sentence), shape


@pytest.mark.parametrize(
    ("shape", "sentence", "not_a_name"),
    [
        ("an_item", "500米比赛共进行三场,200米比赛也进行两场,每场各取前四名", "200米比赛"),
        ("a_count_of_places", "经过三轮比拼,两校区比赛结果如下:化学化工学院获一等奖", "两校区比赛"),
        ("next_edition", "各位选手也纷纷表示期待下一届赛事", "期待下一届赛事"),
        ("a_count_of_rounds", "开展了32场选手选拔赛、4场复赛、3场决赛", "32场选手选拔赛"),
        (
            "quoted_sentence",
            "“大赛作品围绕脱贫攻坚、全面小康、全民抗疫这些2020年的时代烙印,以及人民群众日常生活"
            "进行创作。”大赛评委说",
            "大赛",
        ),
        # a quoted format (以“A+B”的形式) and a motto with a contest word inside are no names
        (
            "quoted_format",
            "比赛主要以“镇街(园区)初赛+全市决赛”的形式开展",
            "镇街(园区)初赛+全市决赛",
        ),
        (
            "quoted_motto",
            "本着“友谊第一,比赛第二”的原则,在主持人介绍完比赛规则后",
            "友谊第一,比赛第二",
        ),
        # titles won before (曾连摘…冠军) name a past contest, not the one reported
        (
            "past_title",
            "这支成立於2013年的舞狮队伍曾连摘2017年、2018年马来西亚国际狮王邀请赛冠军",
            "狮王邀请赛",
        ),
        # the titles of entrants listed (亚军A、亚军B和X赛冠军C) and a streak (连续两届全运会) name no
        # contest reported; a match day (首个比赛日) is no name
        (
            "titles_of_entrants",
            "而该级别巴黎奥运会亚军郭清、世锦赛亚军左菊和无锡大满贯挑战赛冠军马静月等多位顶尖选手",
            "挑战赛",
        ),
        ("a_streak", "唐皓则连续两届全运会摘银", "全运会"),
        # a winner of an earlier edition, and a contest still to come, are not the one reported
        (
            "past_winner",
            "最后比赛在第六届校园歌手大赛一等奖获得者张帅航《残酷月光》中落下帷幕",
            "第六届校园歌手大赛",
        ),
        ("previous_edition", "大岭山中学队延续上一届比赛以来的优异表现", "上一届比赛"),
        ("a_match_day", "首个比赛日,来自浙江队的傅晓璐摘得金牌", "比赛"),
        (
            "verb_before_contest_word",
            "在主持人介绍完比赛规则后,我们的比赛正式开始了",
            "人介绍完比赛",
        ),
    ],
)
def test_not_names(shape, sentence, not_a_name):
    assert not any(not_a_name in n for n in _names(sentence)), shape


def test_winners_named_by_the_report_keep_the_name():
    # …获得者为A: this contest's winners, the name stays
    assert "第六届校园歌手大赛" in _names("第六届校园歌手大赛一等奖获得者为张帅航")


def test_verb_stop_keeps_couplet_names():
    # 对 ends a verb phrase (对车间劳动竞赛) but not in 对联 / 对抗赛, whatever stop words follow it
    assert "首届全国诗词对联书法大赛" in _names("首届全国诗词对联书法大赛在京举行")


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "head", "body", "year"),
    [
        # D5: the year the contest's name prints, 、 and quotes inside the name included
        (
            "year_in_the_name",
            "",
            "3月27日(周六),2021年吴中区中小学生跳绳、踢毽比赛在越溪实验小学举行",
            2021,
        ),
        # a full date printed on the page gives its year
        ("year_of_a_full_date", "", "5月8日,短视频大赛落下帷幕。大赛自2024年1月11日启动以来", 2024),
        # a bare year elsewhere dates nothing the page reports
        ("year_outside_a_name", "", "12月8日,颁奖仪式举行。该大赛创立于2020年,是…", None),
        # a season gives only its first year, for autumn days (its 9日 stays undated: test_season_year)
        ("a_season", "", "2024-2025全国青少年校园足球联赛高中组全国总决赛9日落幕", 2024),
        (
            "year_in_a_work_title",
            "",
            "12月27日晚,广场舞大赛举行,合峰村《我在2020等你》获一等奖",
            None,
        ),
    ],
)
def test_page_year(shape, head, body, year):
    got = page_year(head, body)
    assert (got.year if got else None) == year, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "pub", "day"),
    [
        # the launch or the deadline of a call for entries is not the contest day
        (
            "launch_day",
            "由环县文联主办的“树影”主题征文活动自2023年1月10日启动,7月30日截止",
            date(2023, 9, 9),
            None,
        ),
        (
            "launch_day",
            "本次儿童绘画比赛于2020年6月1日儿童节当天正式启动",
            date(2020, 6, 24),
            None,
        ),
        # D1: two days printed (14日、15日 / 20日、21日) are a range, the last day counts
        (
            "two_days_printed",
            "2010年12月14日、15日,在我院十二楼多功能厅举办了首届精品护理讲课比赛",
            None,
            date(2010, 12, 15),
        ),
        # the rounds that sent teams to the final are not the contest's day (D1)
        (
            "rounds_before_the_final",
            "经过5月7日和9日两天13场的激烈角逐,理学院代表队和机电工程学院代表队脱颖而出进入决赛",
            date(2014, 12, 31),
            None,
        ),
        # …but the teams of the final (进入决赛的6个代表队) are at the final itself
        (
            "entrants_at_the_final",
            "昨日下午,通过层层关口,进入决赛的6个代表队齐聚一起参加青少年知识竞赛的角逐",
            date(2010, 8, 12),
            date(2010, 8, 11),
        ),
        # the day the news came (收到 / 获悉) is not the contest's
        (
            "news_arrived",
            "7月28日,市老年书画协会收到书法学报社寄来的第二届全国中老年书画大赛创作金质奖牌一块",
            date(2015, 8, 4),
            None,
        ),
        ("news_arrived", "本报讯昨天,记者在赤壁市第五初级中学获悉", date(2013, 5, 16), None),
        # a page dated only by a year (D5) has no day to count 昨晚 or a bare 9日 from
        (
            "relative_day_on_a_year_only_page",
            "2021年全国羽毛球冠军赛昨晚在郑州奥体中心体育馆结束",
            YearOnly(2021, 12, 31),
            None,
        ),
        ("bare_day_on_a_year_only_page", "锦标赛于9日上午落下帷幕", YearOnly(2023, 12, 31), None),
        # held only as a modifier (举办的) and the results announced: the day announces
        (
            "announced_with_held_as_a_modifier",
            "5月23日,由武汉市群艺馆等部门共同举办的第二届武汉城市圈剪纸作品征集大赛获奖结果揭晓",
            date(2022, 5, 26),
            None,
        ),
        # …while the day it closed still counts
        (
            "closing_day",
            "5月29日下午,羽毛球混合团体赛圆满落下帷幕",
            date(2025, 6, 1),
            date(2025, 5, 29),
        ),
    ],
)
def test_first_date(shape, sentence, pub, day):
    assert first_date(_sent(sentence), pub) == day, shape


def test_undated_page_without_a_name_year_gives_no_day():
    # D5: no publication date and no year in the name → a month-day has no year
    text = (
        "12月8日,第三届“金紫荆杯”中国—东盟工业设计大赛颁奖仪式在广西柳州市举行。"
        "“金紫荆杯”中国—东盟工业设计大赛创立于2020年。李明的作品获得金奖。"
    )
    events = extract_events(text, None)
    assert events and events[0]["date"] is None


# --- participants -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # the whole field counted after its noun (共参加选手131人) beats a team count later
        (
            "noun_first_total",
            "这次比赛盛况空前,共参加选手131人,是首届参赛人数的两倍多,有72支代表队参赛",
            131,
        ),
        # more people nouns: 好手 / 跑者
        (
            "people_noun",
            "来自全省各地的12支队伍、30名行业好手,第一次“华山论剑”",
            30,
        ),
        ("people_noun", "15000名半马跑者从浦东新区丰和路出发", 15000),
        # the field drawn, named by examples (吸引了A、B等13支…参赛)
        ("drawn_by_examples", "本次春节篮球赛吸引了百朋村、怀洪村等13支乡村篮球队参赛", 13),
        # people or pairs counted at once: 41名(组)选手
        ("people_or_pairs", "本次比赛分三个组别展开角逐,共有41名(组)选手参赛", 41),
        # the reporting unit's own entrants or a coach's students are not the field
        ("own_delegation", "我省5位参赛教师凭借扎实的教学基本功斩获一等奖1项", None),
        ("led_by_a_coach", "朱燕、任燕老师带领茶学专业8名学生参加了本届茶艺技能大赛", None),
        # those who submitted entries are the field (57人投稿)
        (
            "submitted_entries",
            "创意设计学院和商学院2018级、2019级和2020级学生57人投稿共计25组参赛作品",
            57,
        ),
        # the entrants of a round or a group are not the field
        ("a_round_s_entrants", "第三轮三名选手分别演唱,根据评委打分确定名次", None),
        ("a_round_s_entrants", "第一轮分为四组,每组三位选手", None),
        # counts of one kind listed are the parts of a field with no total printed
        (
            "parts_without_a_total",
            "参赛队伍包括16支甲级队、24支乙级队、42支丙级队和女子组16支队伍",
            None,
        ),
        ("parts_without_a_total", "共有25支学生代表队、30支教工代表队,4200余人次参赛", None),
        # …while one field counted twice (teams, then people) keeps its people
        ("one_field_counted_twice", "来自全省各地的12支队伍、30名行业好手同台竞技", 30),
        # the entrants of a final (D2)
        ("entrants_of_a_final", "此次决赛共有20支队伍参加,经过紧张、激烈的角逐", None),
        (
            "entrants_of_a_final",
            "在最终的决赛中,中国、美国、乌克兰、韩国等国的8支合唱劲旅进行了激烈角逐",
            None,
        ),
    ],
)
def test_participants(shape, sentence, n):
    assert participants_in(sentence) == n, shape


# --- venues -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        # the ground, a comma, then the contest held there; a unit's ground keeps its 的
        (
            "ground_then_the_contest_held",
            "在集团公司总部的篮球场上,第十五届职工篮球赛隆重举行",
            "集团公司总部的篮球场",
        ),
        # a description before a named place is dropped; a landmark's spot keeps its 的; 鸣枪 is
        # the start, not part of the place
        (
            "described_place",
            "2024兰州新区半程马拉松在风景如画的栖霞湖(二号湖)广场鸣枪起跑",
            "栖霞湖(二号湖)广场",
        ),
        (
            "landmark_s_spot",
            "昨日,2013年中国龙舟公开赛在京杭大运河的拱宸桥畔鸣枪开赛",
            "京杭大运河的拱宸桥畔",
        ),
        # a circumstance ending in 中 is no place (市一中 is a school)
        ("circumstance", "比赛在欢声笑语中圆满结束", None),
        ("school_no_1", "决赛在湛江市一中举行", "湛江市一中"),
        # 在X进行: a part of the contest or any activity, not where the contest was held
        ("carried_out_at", "比赛从10月16日下午开拍,县市组比赛在市乒乓球馆进行", None),
        ("carried_out_at", "2023年3月4日,工人在深中通道桥面上进行烧焊作业", None),
        # …but an exhibition opened there and prizes given (开展并进行颁奖) is held there
        (
            "opened_and_prizes_given",
            "剪纸艺术展于8月21日在金华市剪纸博物馆开展并进行颁奖",
            "金华市剪纸博物馆",
        ),
    ],
)
def test_venues(shape, sentence, venue):
    assert venue_in(sentence) == venue, shape


# --- kinds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "name", "context", "report", "kind"),
    [
        # a bare 赛 says a contest, not its kind: the report's sport decides
        (
            "sport_of_the_report",
            None,
            "团体赛榜单出炉,团体冠军由济南市天桥区锦绣明湖小学获得",
            "各组设50米蛙泳、50米自由泳、50米蝶泳等项目。经过激烈角逐,团体赛榜单出炉",
            "match",
        ),
        (
            "sport_of_the_report",
            "十五运会跆拳道项目决赛阶段赛事",
            "",
            "十五运会跆拳道项目决赛阶段赛事在惠州体育馆举行",
            "match",
        ),
        # 比拼 / 角逐 in the result sentence say a contest, not its kind; 游泳教学 is no teaching contest
        (
            "bare_contest_words",
            None,
            "经过激烈比拼,最终来自湖南岳阳队的选手李盛林获得500米第一",
            "每天数百艘龙舟在河中穿梭竞渡。经过激烈比拼,李盛林获得500米第一",
            "match",
        ),
        (
            "bare_contest_words",
            None,
            "经过激烈角逐,团体冠军由锦绣明湖小学获得",
            "各组设50米蛙泳等项目。天桥区积极推动游泳运动进校园,普及游泳教学",
            "match",
        ),
        # …unless the report is about a contest of skill, art or the mind (or says only 全球)
        (
            "no_sport_in_the_report",
            "第三届设计大赛",
            "A的作品获得一等奖",
            "共收到参赛作品300件,A的作品获得一等奖",
            "competition",
        ),
        (
            "global_is_no_ball",
            "RobotChallenge",
            "",
            "全球规模最大的机器人赛事落幕",
            "competition",
        ),
        # more sports: skating, mountaineering, walking
        ("sport_words", "2021年世界花样滑冰团体赛", "", "", "match"),
        ("sport_words", "中国(重庆)金佛山国际大学生登山邀请赛", "", "", "match"),
        ("sport_words", "“健步一起走,职工一家亲”主题活动", "", "", "match"),
        # sports characters in words that are no sport (拳头产品, 薪火接力) do not make a match
        (
            "sport_false_friends",
            "优质稻米品鉴大赛",
            "",
            "我县拳头产品获得金奖,薪火接力",
            "competition",
        ),
        # D6: a mind sport or e-sport is a competition, even with a sports word (锦标赛, 联赛) in its name
        ("mind_sport_or_esport", "2023年广东省青少年围棋锦标赛", "", "", "competition"),
        ("mind_sport_or_esport", "2021年全国桥牌A类俱乐部联赛第一站甬江杯", "", "", "competition"),
        ("mind_sport_or_esport", "“王者荣耀凌云杯S1”校园电子竞技大赛", "", "", "competition"),
        ("mind_sport_or_esport", "《英雄联盟》高校联赛第五届总决赛", "", "", "competition"),
        # …but a sports meet with chess among its events is still a match
        (
            "sports_meet_with_chess",
            "高坪区第三届农民运动会",
            "",
            "设置了拔河、乒乓球、象棋、挑担接力、旱地插秧等多个项目",
            "match",
        ),
        # a name with its kind word keeps it
        ("named_kind", "2015年学生游泳比赛", "", "", "match"),
        ("named_kind", "英语演讲比赛", "", "运动员入场", "competition"),
    ],
)
def test_event_kind(shape, name, context, report, kind):
    assert event_kind(name, context, report) == kind, shape


# --- organisers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "sentence", "organizer"),
    [
        (
            "supervised_by",
            "这次全国大展是由中华人民共和国文化和旅游部主管的中国国际书画艺术研究会主办",
            "中国国际书画艺术研究会",
        ),
        (
            "trailing_etc",
            "大赛由科技部火炬中心、广东省科技厅等主办",
            "科技部火炬中心、广东省科技厅",
        ),
        (
            "short_name_note",
            "大赛由中国国际厨师协会职业技能鉴定中心(简称/国际厨师协会/中厨协职鉴)主办",
            "中国国际厨师协会职业技能鉴定中心",
        ),
    ],
)
def test_organizers(shape, sentence, organizer):
    assert organizer_in(sentence) == organizer, shape


def test_marathon_race_is_the_marathon():
    # 上海半程马拉松赛 (the lead) = “2023浦发银行上海半程马拉松” (the results): one event, dated by the lead
    assert same_event("上海半程马拉松赛", "2023浦发银行上海半程马拉松")
    assert not same_event("上海半程马拉松赛", "北京半程马拉松")
