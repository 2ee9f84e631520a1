"""Event fields, issue 15 (blind4/blind5 pass): one test per shape, sentences written for the test."""

from __future__ import annotations

import pytest

from yunmei.events import extract_events
from yunmei.events.facts import (
    event_kind,
    find_names,
    organizer_in,
    participants_in,
    pick_name,
    venue_in,
)


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        # people and teams both exact in one chain: the people
        ("people_over_teams_in_chain", "来自全镇12所学校360名学生组成的30支队伍参加了比赛", 360),
        # the people noun first, the count after it
        ("noun_then_count", "全市象棋选手64名汇聚于文化宫,参加本次比赛", 64),
        ("noun_then_count_total", "本次大赛共有参赛选手185人,设6个比赛项目", 185),
        # 各N名 counts per class, not the field
        ("per_unit_count", "各班选派男女生各五名参加跳绳比赛", None),
        # things counted after the field verb (…参加了三个组别的比赛) keep the teams
        (
            "things_after_field_verb",
            "共有24支代表队600余名学生参加了男子组、女子组两个组别的比赛",
            24,
        ),
        # 劲旅 / 分会 / 高手 name competitors
        ("strong_sides", "本届联赛吸引了18支劲旅参赛", 18),
        ("branch_unions", "参赛队员来自九个分会,70余名选手同场竞技", 9),
        ("experts", "共吸引了6个国家的48名攀岩高手", 48),
    ],
)
def test_participants_shapes(shape, sentence, n):
    assert participants_in(sentence) == n, shape


def test_branch_venue_is_no_team():
    assert participants_in("设主会场1个,分会场4个,共有选手120人") == 120


@pytest.mark.parametrize(
    ("shape", "sentence", "venue"),
    [
        (
            "place_comma_verb",
            "5月3日至6日,我县在城南中学体育馆,举行了中学生排球赛",
            "城南中学体育馆",
        ),
        ("bridge_closes", "第五届“春风杯”桥牌邀请赛日前在无锡收牌", "无锡"),
        ("quoted_epithet", "颁奖晚会在“茶乡”福建省安溪县举行", "福建省安溪县"),
        ("opened_and", "书画展于5月2日在市博物馆开展并进行颁奖", "市博物馆"),
        ("sides_no_place", "决赛在一中队与二中队之间展开", None),
        ("pronoun_no_place", "比赛在这里举行", None),
    ],
)
def test_venue_shapes(shape, sentence, venue):
    assert venue_in(sentence) == venue, shape


def test_guidance_committee_is_an_organiser():
    text = "本次大赛由全国高校美术教学指导委员会、省教育厅主办"
    assert organizer_in(text) == "全国高校美术教学指导委员会、省教育厅"


def test_guiding_body_is_no_organiser():
    assert organizer_in("在市总工会指导下,由市体育局主办") == "市体育局"


def _event(text, published_at=None, title=None):
    evs = extract_events(text, published_at, title=title)
    assert len(evs) == 1
    return evs[0]


def test_dateline_with_place_is_no_day():
    ev = _event(
        "新桥网5月20日江城讯 日前,第三届江城市青少年书法大赛在市青少年宫举行。王小明获得一等奖。",
        "2021-05-20",
    )
    assert ev["date"] is None


def test_later_closing_day():
    ev = _event(
        "6月2日,江城市第二届老年人门球赛在市门球场开幕。经过4天的比赛,赛事于6月5日下午圆满结束。"
        "江城门球队荣获冠军。",
        "2021-06-08",
    )
    assert ev["date"] == "2021-06-05"


def test_cohort_year_is_no_year():
    ev = _event("6月12日晚,第十届校园十佳歌手大赛在学生中心举行,2020级辅导员出席。张明获得冠军。")
    assert ev["date"] is None


@pytest.mark.parametrize(
    ("shape", "sentence", "names"),
    [
        ("referred_format", "比赛采用2019年“新星杯”全国演讲大赛的形式进行", []),
        ("referred_earlier", "这是该校继拔河比赛后又一次体育活动", []),
        ("judging_phrase", "经专家评选,共评出一等奖5名", []),
        ("jury_phrase", "评委会最终评选出金奖3个", []),
        (
            "year_in_joined_genres",
            "5月8日,2022年江城区中小学生跳绳、踢毽比赛在实验小学举行",
            ["2022年江城区中小学生跳绳、踢毽比赛"],
        ),
        (
            "edition_before_ji",
            "第五届江城音乐周分会场暨第八届江城童声合唱节闭幕",
            ["第五届江城音乐周分会场暨第八届江城童声合唱节"],
        ),
        ("this_edition_dropped", "此届江城微电影艺术节共征集作品300部", ["江城微电影艺术节"]),
        ("works_call", "第六届校园创意作品征集活动共收到作品900件", ["第六届校园创意作品征集活动"]),
    ],
)
def test_name_shapes(shape, sentence, names):
    assert [n.name for n in find_names(sentence)[0]] == names, shape


def test_first_match_is_no_edition():
    got = find_names("江城县“丰收杯”广场舞大赛在河口镇举办首场比赛")[0]
    assert [(n.name, n.strong) for n in got] == [
        ("江城县“丰收杯”广场舞大赛", True),
        ("首场比赛", False),
    ]


def test_same_name_two_wordings_first_wins():
    names = ["江城市2020年度老年人象棋赛", "江城市2020年度老年人象棋比赛"]
    assert pick_name(names, [0, 2]) == "江城市2020年度老年人象棋赛"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("“8”字跳长绳比赛", "match"),
        ("第八届中国童声合唱节", "competition"),
        ("第六届校园创意作品征集活动", "competition"),
    ],
)
def test_kind_words(name, kind):
    assert event_kind(name, "") == kind


def _categories(text):
    return [
        (a["tier"], a["category"], [r["name"] for r in a["recipients"]])
        for e in extract_events(text, "2020-05-01")
        for a in e["awards"]
    ]


def test_subcontest_label_with_colon_opens_its_ranking():
    got = _categories(
        "5月1日,江城市首届门球赛在市门球场举行。最终,团体赛中:东风门球队荣获冠军,"
        "红旗代表队荣获亚军。双打赛中:王文组合荣获冠军,李武组合荣获亚军。"
    )
    assert got == [
        ("冠军", "团体赛", ["东风门球队"]),
        ("亚军", "团体赛", ["红旗代表队"]),
        ("冠军", "双打赛", ["王文组合"]),
        ("亚军", "双打赛", ["李武组合"]),
    ]


def test_group_label_with_zhong_and_colon():
    got = _categories(
        "5月1日,江城市首届职工篮球赛在市体育馆举行。在企业组中:江城电力代表队获得冠军,"
        "江城银行代表队获得亚军。"
    )
    assert [c for _t, c, _r in got] == ["企业组", "企业组"]


def test_subcontest_before_first_tier_of_its_ranking():
    got = _categories(
        "5月1日,江城学院第二届棋艺大赛在体育馆举行。象棋比赛一等奖获得者为杨再森,二等奖郭明洋,"
        "三等奖蔡曼玉。"
    )
    assert got == [
        ("一等奖", "象棋比赛", ["杨再森"]),
        ("二等奖", "象棋比赛", ["郭明洋"]),
        ("三等奖", "象棋比赛", ["蔡曼玉"]),
    ]


@pytest.mark.parametrize(
    ("shape", "cat", "names", "want"),
    [
        ("the_event_itself", "职工篮球赛", ["江城电力公司第三届职工篮球赛"], None),
        (
            "a_part_after_ji",
            "第八届江城童声合唱节",
            ["第五届江城音乐周暨第八届江城童声合唱节"],
            None,
        ),
        (
            "a_listed_part_kept",
            "中学生演讲比赛",
            ["江城县小学生说故事和中学生演讲比赛"],
            "中学生演讲比赛",
        ),
        ("bare_stage", "在决赛", ["江城市中小学足球赛"], None),
        ("group_then_own_discipline", "检验组教学授课", ["首届全国青年教师教学授课竞赛"], "检验组"),
        ("contest_then_group", "本届争霸赛象棋组", ["“以棋会友”棋艺争霸赛"], "象棋组"),
        ("a_plain_group", "男子组", ["江城市中小学足球赛"], "男子组"),
    ],
)
def test_own_category(shape, cat, names, want):
    from yunmei.events.assembly import own_category

    assert own_category(cat, names) == want, shape


@pytest.mark.parametrize(
    ("shape", "name", "context", "kind"),
    [
        ("last_part_of_ji", "2015年表彰大会暨合唱比赛", "", "competition"),
        ("contest_word_beats_judging", None, "比赛 评选 王明获一等奖", "competition"),
        ("judging_alone_is_selection", None, "评选 王明获一等奖", "selection"),
        ("no_kind_word_is_a_contest", None, "王明获一等奖", "competition"),
    ],
)
def test_kind_shapes(shape, name, context, kind):
    assert event_kind(name, context) == kind, shape


@pytest.mark.parametrize(
    ("shape", "sentence", "name"),
    [
        (
            "second_name_after_ji",
            "第五届“江城杯”象棋公开赛暨象棋等级赛在北京举行",
            "第五届“江城杯”象棋公开赛暨象棋等级赛",
        ),
        (
            "showcase_after_ji",
            "2022年全市农民技能大赛暨农民技艺展示在城南圆满收官",
            "2022年全市农民技能大赛暨农民技艺展示",
        ),
        (
            "series_leg_in_brackets",
            "2021年全国龙舟公开赛(江西·南昌站)在南昌举行",
            "2021年全国龙舟公开赛(江西·南昌站)",
        ),
    ],
)
def test_name_tails(shape, sentence, name):
    assert [n.name for n in find_names(sentence)[0]] == [name], shape


@pytest.mark.parametrize(
    ("shape", "sentence", "n"),
    [
        ("people_of_a_held_final", "决赛在市青少年宫举行,来自全市的24名选手同台竞技", None),
        ("final_held_then_people", "5月4日在礼堂举行了决赛,9名选手参加了此次比赛", None),
        (
            "field_before_a_later_final",
            "共有40位教师参加了此次竞赛,经过预赛,12位选手参加了此次决赛",
            40,
        ),
        ("survivors_stand_out", "共有16名选手脱颖而出,在决赛中一展风采", None),
        ("winner_out_of_the_field", "他从42名选手中脱颖而出,夺得冠军", 42),
        ("judges_formed", "大赛特邀7位教师组成专业评委团", None),
        ("a_place_only_sends", "江城市仅6所学校合唱团参加本次大赛", None),
    ],
)
def test_finalists_judges_delegations(shape, sentence, n):
    assert participants_in(sentence) == n, shape


def test_prizes_of_a_group_aspect():
    got = _categories(
        "5月1日,江城市第四届职业技能大赛在市体育馆举行。团体奖方面,江城市代表队获得一等奖,"
        "河口市代表队获得二等奖。"
    )
    assert got == [("一等奖", "团体", ["江城市代表队"]), ("二等奖", "团体", ["河口市代表队"])]


def test_units_then_approximate_people_give_no_count():
    assert participants_in("全镇12所中小学校近千人参加了本次比赛") is None


def test_the_name_s_year_dates_an_old_report():
    ev = _event(
        "12月21日,2018江城县首届“江城杯”烹饪技能大赛在江城大酒店举行。李明获得第一名。",
        "2021-09-10",
    )
    assert ev["date"] == "2018-12-21"


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("第五届朗读大会总展演在京落幕", "京"),
        ("大赛江城赛区决赛在兰落幕", "兰"),
        ("比赛在此举行", None),
        ("决赛在线举行", None),
        ("选拔赛在市区人民公园门球场圆满收杆", "市区人民公园门球场"),
    ],
)
def test_short_city_names_and_adverbs(sentence, venue):
    assert venue_in(sentence) == venue


def test_organisers_then_deng_danwei():
    assert organizer_in("本次比赛由市总工会、团市委等单位主办") == "市总工会、团市委"
