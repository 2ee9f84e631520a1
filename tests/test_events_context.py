"""Award pairs whose recipient or prize sits in an earlier clause or sentence (assembly's context
rules): each test is named after its rule, with the short real fragment it was written from."""

from __future__ import annotations

from yunmei import events as ev
from yunmei.events import assembly


def _pairs(text: str) -> set[tuple[str, str]]:
    return {
        (a["tier"], r["name"])
        for e in ev.extract_events(text, "2024-05-01")
        for a in e["awards"]
        for r in a["recipients"]
    }


# --- pronoun_antecedent: 他们/大家/该队… stand for the subject of the sentence before ------------


def test_pronoun_antecedent_plural_is_the_team_named_before():
    # b7a-019
    text = (
        "2025年全国老年人太极拳交流活动在峨眉山市举行。"
        "经过激烈角逐,旬阳代表队在太极拳项目中获优秀奖。"
        "更值得一提的是,他们因全程遵守赛事规则、尊重对手与裁判,展现出良好的体育素养,"
        "荣获“体育道德风尚奖”。"
    )
    assert ("体育道德风尚奖", "旬阳代表队") in _pairs(text)


def test_pronoun_antecedent_collective_dajia_is_the_unit_named_before():
    # b7a-031: the description before 的 is no part of the unit's name
    text = (
        "2016年江苏省首届冬泳锦标赛在南通市开赛。"
        "成立刚满一年的盐城市冬泳协会根据自愿、自费原则组建了一支21人报名的参赛队伍。"
        "在比赛中,大家积极鼓劲,努力拼搏,最终获得团体总分第三名。"
    )
    assert ("第三名", "盐城市冬泳协会") in _pairs(text)


def test_pronoun_antecedent_does_not_cross_a_paragraph():
    text = (
        "2016年江苏省首届冬泳锦标赛在南通市开赛。盐城市冬泳协会组建了一支参赛队伍。\n"
        "在比赛中,大家积极鼓劲,最终获得团体总分第三名。"
    )
    assert not any(name == "盐城市冬泳协会" for _t, name in _pairs(text))


def test_pronoun_antecedent_must_agree_singular_is_one_person():
    # 他 never stands for a team
    assert (
        assembly._agreeing("他", [{"name": "旬阳代表队", "kind": "team", "affiliation": None}])
        is None
    )
    assert (
        assembly._agreeing("他们", [{"name": "张三", "kind": "person", "affiliation": None}])
        is None
    )
    one = [{"name": "张三", "kind": "person", "affiliation": None}]
    assert assembly._agreeing("他", one) == one


def test_pronoun_antecedent_unclear_when_a_later_subject_names_no_one():
    # 各队 is a subject that names no one: 他们 could be either, so nothing
    text = "2024年全市龙舟赛在东湖举行。东湖队率先出发,各队随后奋力追赶。最终,他们获得团体第一名。"
    assert not any(t == "第一名" for t, _n in _pairs(text))


def test_pronoun_antecedent_after_a_subject_in_its_own_sentence_is_that_subject():
    # b4a-036: 徐嘉余开始发挥,他以25秒01获得冠军 — the sentence's own subject names no winner,
    # so the pronoun is not sent back to an earlier sentence (the result is a restatement)
    text = (
        "2024年学运会游泳比赛举行。徐嘉余以25秒50排名第二。"
        "进入决赛,徐嘉余开始发挥,他以25秒01获得冠军。"
    )
    assert ("冠军", "徐嘉余") not in _pairs(text)


def test_pronoun_antecedent_is_not_an_owner_before_a_name():
    # real-042: 该校女生魏梦婷 — 该校 is the school of the named pupil, not a pronoun subject
    text = "本报讯,第八届中国中学生作文大赛总决赛落幕,该校女生魏梦婷荣获全国一等奖。"
    assert ("一等奖", "魏梦婷") in _pairs(text)


# --- prize_topic_then_holder: the prize as topic, its holders in the next clause -----------------


def test_prize_topic_then_holder_ze_shuyu():
    # b7a-024
    text = (
        "2017中国职工足球联赛总决赛圆满落幕。两个组别的最佳门将,"
        "则分别属于国家机关足球队的黄卫新和北京朝阳教工足球队的张建。"
    )
    pairs = _pairs(text)
    assert ("最佳门将", "黄卫新") in pairs and ("最佳门将", "张建") in pairs


def test_prize_topic_then_holder_needs_a_holding_verb():
    # a prize heading followed by anything else is left to the other rules
    text = "2017中国职工足球联赛总决赛圆满落幕。两个组别的最佳门将,都表现出色。"
    assert _pairs(text) == set()


# --- generic_prize_then_its_name: 最高奖项, then the prize's own name --------------------------


def test_generic_prize_then_its_name():
    # b7b-019 (subject shortened: the recipient grammar still misses the long 来自… phrase there)
    text = "贵阳市首届小主持人大赛总决赛举行。最终况怡然同学获得比赛的最高奖项,金话筒奖。"
    assert ("金话筒奖", "况怡然") in _pairs(text)


def test_generic_prize_without_a_name_after_it_gives_nothing():
    text = "贵阳市首届小主持人大赛总决赛举行。最终况怡然同学获得比赛的最高奖项,全场掌声雷动。"
    assert not any(n == "况怡然" for _t, n in _pairs(text))


# --- the_others_of_a_list: 其他选手 are the rest of the list named before ------------------------


def test_the_others_of_a_list():
    # b7b-010
    text = (
        "菏泽市第五届读书朗诵大赛在菏泽市图书馆举行。"
        "来自我县县图书馆曹焕帝、农商银行蔡杰田、电视台毕苒和谭辉四位选手代表巨野县参加了本次大赛。"
        "曹焕帝荣获二等奖,其他选手获优秀奖。"
    )
    pairs = _pairs(text)
    assert ("二等奖", "曹焕帝") in pairs
    assert {("优秀奖", n) for n in ("蔡杰田", "毕苒", "谭辉")} <= pairs
    assert ("优秀奖", "曹焕帝") not in pairs


def test_the_others_without_a_list_before_gives_nothing():
    # no names: nothing
    text = "菏泽市第五届读书朗诵大赛举行。曹焕帝荣获二等奖,其他选手获优秀奖。"
    assert not any(t == "优秀奖" for t, _n in _pairs(text))


def test_the_others_when_a_winner_is_off_the_list_gives_nothing():
    text = (
        "菏泽市第五届读书朗诵大赛举行。蔡杰田、毕苒和谭辉三位选手代表巨野县参加了本次大赛。"
        "曹焕帝荣获二等奖,其他选手获优秀奖。"
    )
    assert not any(t == "优秀奖" for t, _n in _pairs(text))


# --- quoted_skill_item_tier (shapes): a quoted skill item and its place are item and place -------


def test_quoted_skill_item_tier():
    # d6d-019: 他们…最终荣获“急救技能三等奖” (labelled 三等奖, category 急救技能)
    text = (
        "湖南省急救技能大赛举行。保靖县中医院选手从容不迫、沉着应对。"
        "面对严格的考验,他们一路过关斩将,最终荣获“急救技能三等奖”。"
    )
    assert ("三等奖", "保靖县中医院") in _pairs(text)


# --- members_stand_for_team: X队全体成员 is the team ----------------------------------------------


def test_members_stand_for_team():
    # b3-004
    text = (
        "2023年中国龙舟公开赛举行。6月3日比赛首日,佛山顺德乐从罗浮宫龙舟队全体成员团结拼搏、"
        "奋勇争先,包揽三项比赛冠军。"
    )
    assert ("冠军", "佛山顺德乐从罗浮宫龙舟队") in _pairs(text)


# --- subject_set_off: 来自X的NAME, then the result after the comma -------------------------------


def test_subject_set_off_from_place_person():
    # d6d-027
    text = "2024北京马拉松赛鸣枪开跑。来自内蒙古的何引丽,获得了女子组全程马拉松第五名。"
    assert ("第五名", "何引丽") in _pairs(text)


# --- short_form_of_team: a bare place stands for the one team printed with it -------------------


def test_short_form_of_team():
    # real-024
    text = (
        "怀化市第十三届中学生运动会闭幕。芷江县代表队以团体总分第一名的优异成绩再度夺冠。"
        "芷江县共派出高中组12人参赛,获高中组团体第二名。"
    )
    assert ("第二名", "芷江县代表队") in _pairs(text)


def test_short_form_of_team_not_for_a_units_own_prize():
    # b6b-042: 红阳初级中学代表队荣获一等奖,红阳初级中学还获得优秀组织奖 — the school's own prize
    text = (
        "新中国史知识竞赛举行。经过激烈比拼,红阳初级中学代表队荣获一等奖,"
        "红阳初级中学还获得优秀组织奖。"
    )
    assert ("优秀组织奖", "红阳初级中学") in _pairs(text)


# --- history_epithet: 上届…冠军NAME搭档… is an epithet, the sentence goes on with results --------


def test_history_epithet_does_not_silence_the_sentence():
    # b7a-045
    text = (
        "2009中国网球大奖赛进入决赛日。随后的女双决赛依然上演了一场激烈的角逐,"
        "上届中国网球大奖赛女单冠军梁辰搭档鲁晶晶在与张帅/孙胜男的对决中没能笑到最后,"
        "张帅/孙胜男以7-5,3-6,6-2战胜梁辰/鲁晶晶,获得女子双打冠军。"
    )
    pairs = _pairs(text)
    assert ("冠军", "张帅") in pairs and ("冠军", "孙胜男") in pairs
    assert ("冠军", "梁辰") not in pairs


def test_history_clause_still_silences():
    text = "2009中国网球大奖赛进入决赛日。上届比赛中,梁辰获得女单冠军。"
    assert ("冠军", "梁辰") not in _pairs(text)


# --- subject_in_role: 作为Y的X / X作为Y is X ------------------------------------------------------


def test_subject_in_role_before_the_name():
    # real-087
    text = (
        "2024年全区青年教师教学技能比赛落幕。作为青年教师代表的唐琪老师,凭借扎实的基本功,"
        "迎难而上,一路过关斩将,荣获第一名的好成绩。"
    )
    assert ("第一名", "唐琪") in _pairs(text)


def test_subject_in_role_after_the_name():
    # real-087
    text = (
        "2024年全区青年教师教学技能比赛落幕。汤婷婷老师作为一名新教师,"
        "在学校领导的大力支持下,也荣获了第二名的可喜成绩。"
    )
    assert ("第二名", "汤婷婷") in _pairs(text)


# --- the sender is the subject: X选送了作品参赛,获得… (shapes: 选送/报送/推送 end the subject) -----


def test_sender_is_the_subject():
    # real-115
    text = "全国老年书画大赛举行。徐矿集团老年大学选送了20余幅书法绘画作品参赛,获得优秀组织奖。"
    assert ("优秀组织奖", "徐矿集团老年大学") in _pairs(text)


# --- possessive_qi: 其名次分… is said of the team named before ----------------------------------


def test_possessive_qi_is_the_team_just_named():
    # b7a-003 (以…组成的湖北队: the team after 组成的 is the subject)
    text = (
        "2024年全国老年人象棋比赛落幕。以柳大华、陈汉华、徐光组成的湖北队展现出十分强劲的实力,"
        "最终其名次分以12分的大比分优势夺得团体冠军。"
    )
    assert ("冠军", "湖北队") in _pairs(text)


def test_achievement_after_tier_is_the_result():
    # real-087: 荣获了第二名的可喜成绩 — a praised result, not a description of someone
    text = "2024年全区青年教师教学技能比赛落幕。汤婷婷老师也荣获了第二名的可喜成绩。"
    assert ("第二名", "汤婷婷") in _pairs(text)


# --- counted_pronoun: 两人 / 三队 stand for as many names before --------------------------------


def test_counted_pronoun_same_result_for_all():
    text = "2024年全市乒乓球赛举行。张三、李四闯入半决赛。最终两人并列第三名。"
    pairs = _pairs(text)
    assert ("第三名", "张三") in pairs and ("第三名", "李四") in pairs


def test_counted_pronoun_spread_places_gives_nothing():
    # which of the two took which place is not said
    text = "2024年全市乒乓球赛举行。张三、李四闯入决赛。最终两人分获冠亚军。"
    assert _pairs(text) == set()


def test_counted_pronoun_must_match_the_count():
    text = "2024年全市乒乓球赛举行。张三、李四、王五闯入半决赛。最终两人并列第三名。"
    assert _pairs(text) == set()


def test_counted_pronoun_after_a_match_is_the_two_sides():
    # b7a-016: A以62:52的比分战胜了B,两队分获五六名 — winner first
    text = "2024年全市篮球赛举行。东湖队以62:52的比分战胜了西湖队,两队分获五六名。"
    pairs = _pairs(text)
    assert ("第五名", "东湖队") in pairs and ("第六名", "西湖队") in pairs


def test_subject_ends_before_a_narrative_verb():
    # b4b-039: …专业卫艺炜同学顺利进入决赛后,凭借创新茶艺《异乡人》荣获个人赛二等奖
    text = "全国茶艺技能大赛举行。卫艺炜同学顺利进入决赛后,凭借创新茶艺《异乡人》荣获个人赛二等奖。"
    assert ("二等奖", "卫艺炜") in _pairs(text)


# --- dash_apposition: a description——NAME, then the result after the comma ----------------------


def test_dash_apposition_names_the_subject():
    # d6c-023
    text = (
        "2024年重庆大足龙舟赛举行。值得一提的是,本次比赛唯一的一支女子代表队——湖北宣恩女子龙舟队,"
        "获得了公开组第七名。"
    )
    assert ("第七名", "湖北宣恩女子龙舟队") in _pairs(text)


def test_one_letter_name_is_no_recipient():
    # b8-056 (read after it was scored): officials hand the organising prize to 县(市、区), no unit named
    text = "市教育局党组成员、副局长李红霞,市教育局党组成员、调研员范创业为获得优秀组织奖的县(市、区)颁奖。"
    assert _pairs(text) == set()
