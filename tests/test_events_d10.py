"""D10 performer over piece: one named shape per row, a short real fragment each.

In a performance contest a performer printed with its 《piece》 wins, not the piece; a unit that only
sent or made the piece leaves it the `work`, and so does a piece printed alone.
"""

from __future__ import annotations

import pytest

from yunmei import events as ev

pytestmark = pytest.mark.usefixtures("strict_events")


def _pairs(text: str) -> set[tuple]:
    return {
        (a["tier"], r["name"], r["kind"], r["affiliation"])
        for e in ev.extract_events(text)
        for a in e["awards"]
        for r in a["recipients"]
    }


SHAPES = {
    # real-039: team《piece》 items of a square-dance result clause
    "team_then_piece": (
        "4月13日,中部文化协作区第七届广场舞大赛选拔赛在太和县五星镇全民健身馆举行。经评委打分,"
        "最终倪邱镇霓虹舞蹈队《张灯结彩》荣获一等奖,双浮镇代表队《胭脂妆》、五星镇代表队《中国范》荣获二等奖。",
        {
            ("一等奖", "倪邱镇霓虹舞蹈队", "team", None),
            ("二等奖", "双浮镇代表队", "team", None),
            ("二等奖", "五星镇代表队", "team", None),
        },
    ),
    # b4b-033: X的群舞《W》 — a genre between the school and its dance
    "unit_genre_then_piece": (
        "4月23日,长安镇第四届“小荷杯”少儿艺术花会舞蹈决赛在长安第一小学举行,经过2个小时的比拼,"
        "长安中心小学的群舞《乐土》和长安中心幼儿园的群舞《我骄傲》分别获得少儿组和幼儿组冠军。",
        {
            ("冠军", "长安中心小学", "organization", None),
            ("冠军", "长安中心幼儿园", "organization", None),
        },
    ),
    # b8-087: X的朗诵作品《W》 in a recitation contest — the school performs the piece
    "school_recitation_entry": (
        "近日,第五届中华经典诵写讲大赛“诵读中国”经典诵读大赛获奖名单公布。其中,金台区西街小学的朗诵作品"
        "《读中国》、渭滨区东四路小学朗诵作品《赞美》,荣获小学组三等奖。",
        {
            ("三等奖", "金台区西街小学", "organization", None),
            ("三等奖", "渭滨区东四路小学", "organization", None),
        },
    ),
    # real-186: unit《speech》 演讲者:names — the speakers, the unit theirs
    "performers_named_after": (
        "“五四”青年节暨“5.12”护士节演讲比赛决赛结果\n\n特等奖1名:\n\n"
        "三家医院《以青春的名义宣誓》           演讲者:王猛、涂谊铭\n",
        {
            ("特等奖", "王猛", "person", "三家医院"),
            ("特等奖", "涂谊铭", "person", "三家医院"),
        },
    ),
    # b6b-032: a clause opened by a bare genre goes on with the performer of the clause before
    "performer_carried_to_next_piece": (
        "近日,第七届中山市少儿艺术花会在文化艺术中心举行。铁城小学原创舞蹈《我们都是小英雄》勇夺金奖,"
        "音乐剧《蚂蚁与蚱蜢》在荣获银奖。",
        {("金奖", "铁城小学", "organization", None), ("银奖", "铁城小学", "organization", None)},
    ),
    # b6b-029: a genre printed before the troupe is no part of its name
    "genre_before_performer": (
        "6月28日,江南街道第十二届乡村社区和谐文艺大展演初赛第二场文艺演出在三元小区球场举办。"
        "乐器合奏新锦社区阳光民乐团《壮乡风韵》和新锦社区夕阳红合唱团《祖国不会忘记》分别荣获第二第三名。",
        {
            ("第二名", "新锦社区阳光民乐团", "team", None),
            ("第三名", "新锦社区夕阳红合唱团", "team", None),
        },
    ),
    # d9-021's heading list with each line printed piece first, 《W》(X) (the tuned sets print no
    # such performance list; photo lists print 《W》(作者:A), which stays the work)
    "piece_then_performer": (
        "“奋进新征程 强国复兴有我”2022年鄂尔多斯市第三届广场舞线上大赛圆满收官。具体评选结果如下:\n\n"
        "一等奖:\n\n《奔腾鄂尔多斯》(乌审旗文化馆馆属舞蹈队)\n\n《杏舞春芳》(准格尔旗文化馆文艺队)\n",
        {
            ("一等奖", "乌审旗文化馆馆属舞蹈队", "team", None),
            ("一等奖", "准格尔旗文化馆文艺队", "team", None),
        },
    ),
    # b6b-028: X选送的(genre)《W》 — the sending unit is no performer: the piece stays the work
    # (three-part rows: what D10 decides is the recipient; the sender as affiliation is another matter)
    "sent_piece_stays_work": (
        "1月9日上午,河西街道铁西社区举办“唱响新时代﹒欢乐迎新春”文艺汇演活动。经过现场角逐和大众评审,"
        "市疾控中心选送的女生独唱《红梅赞》获得一等奖;妇计中心选送的双人舞《梦中的雪莲花》获得二等奖。",
        {("一等奖", "《红梅赞》", "work"), ("二等奖", "《梦中的雪莲花》", "work")},
    ),
    # b5b-010: programmes credited by title alone stay works
    "piece_alone_stays_work": (
        "6月16日,慈利县“世纪新城杯”广场舞大赛在岩泊渡镇举办首场比赛。经过近三个小时的角逐,"
        "《送你一首吉祥的歌》获得一等奖,《土家农耕舞》、《多嘎多嘎》获得二等奖。",
        {
            ("一等奖", "《送你一首吉祥的歌》", "work", None),
            ("二等奖", "《土家农耕舞》", "work", None),
            ("二等奖", "《多嘎多嘎》", "work", None),
        },
    ),
    # b7b-041: a prize for the piece as written (优秀合唱作品奖) stays with the arranged work
    "piece_prize_stays_work": (
        "金秋十月,2017第14届中国合唱节在宁波市隆重举行。由张伊卉老师改编的合唱作品《平凡之路》获优秀合唱作品奖。",
        {("优秀合唱作品奖", "《平凡之路》", "work")},
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_performer_over_piece(shape):
    text, expected = SHAPES[shape]
    width = len(next(iter(expected)))
    assert {p[:width] for p in _pairs(text)} == expected


def test_created_work_contest_keeps_its_works():
    # cases.json medal-jin-jiang-colon: a song-writing contest credits the songs, not performers
    text = "2023年湛江市原创歌曲创作大赛评选结果日前揭晓。金奖:《渔港晨曲》;银奖:《雷州石狗》《湖光岩》。"
    assert {p[1] for p in _pairs(text)} == {"《渔港晨曲》", "《雷州石狗》", "《湖光岩》"}
