"""The heading/list parser of yunmei.events.lists: one test per list shape, on real layouts."""

from __future__ import annotations

import pytest

from yunmei import events as ev
from yunmei.events.lists import list_awards

pytestmark = pytest.mark.usefixtures("strict_events")


def pairs(lines: list[str]) -> list[tuple]:
    awards, _used = list_awards(lines)
    return [
        (a.tier, a.category, r["name"], r["kind"], r["affiliation"])
        for a in awards
        for r in a.recipients
    ]


LIST_SHAPES = {
    "heading_with_order_note_then_names_shared_place": (
        [
            "特等奖(1名)",
            "王立新、陈秋(上海)",
            "优胜奖(3名)(排名不分先后)",
            "孙 强(四川)",
            "赵敏 钱红(湖南)",
        ],
        [
            ("特等奖", None, "王立新", "person", "上海"),
            ("特等奖", None, "陈秋", "person", "上海"),
            ("优胜奖", None, "孙强", "person", "四川"),
            ("优胜奖", None, "赵敏", "person", "湖南"),
            ("优胜奖", None, "钱红", "person", "湖南"),
        ],
    ),
    "numbered_section_heading_is_the_category": (
        ["三、诗联类获奖名单:", "一等奖(1人):", "刘德荣 (广东中山) 《题稷山四宝》"],
        [("一等奖", "诗联类", "刘德荣", "person", "广东中山")],
    ),
    "athlete_then_events_and_places": (
        ["孙杨:200米自由泳、400米自由泳金牌;800米自由泳第6"],
        [
            ("金牌", "200米自由泳", "孙杨", "person", None),
            ("金牌", "400米自由泳", "孙杨", "person", None),
            ("第6", "800米自由泳", "孙杨", "person", None),
        ],
    ),
    "athlete_with_a_four_character_name": (  # b3-012: the parts make the row; 王简嘉禾 is its name
        ["王简嘉禾:1500米自由泳铜牌;400米自由泳第5"],
        [
            ("铜牌", "1500米自由泳", "王简嘉禾", "person", None),
            ("第5", "400米自由泳", "王简嘉禾", "person", None),
        ],
    ),
    "person_place_works_rows": (
        [
            "三等奖(2人):",
            "傅 渝 (重庆北碚) 《稷山鸡蛋》《七律 题稷山饼子》",
            "陈小明 (山西运城) 《咏稷山烧饼》",
        ],
        [
            ("三等奖", None, "傅渝", "person", "重庆北碚"),
            ("三等奖", None, "陈小明", "person", "山西运城"),
        ],
    ),
    "one_column_table_tier_rows": (
        ["名单如下:", "一等奖 |", "董颖慧 豆子鑫 |", "二等奖 |", "潘志彬 |"],
        [
            ("一等奖", None, "董颖慧", "person", None),
            ("一等奖", None, "豆子鑫", "person", None),
            ("二等奖", None, "潘志彬", "person", None),
        ],
    ),
    "classes_without_ban_under_tier_labels": (
        ["获奖班级名单如下:", "一等奖: 三(5) 三(7)", "二等奖: 三(4)"],
        [
            ("一等奖", None, "三(5)", "team", None),
            ("一等奖", None, "三(7)", "team", None),
            ("二等奖", None, "三(4)", "team", None),
        ],
    ),
    "group_before_tier_label": (
        ["获奖的队伍如下:", "团体赛一等奖:猜啥都队", "团体赛二等奖:农场主队"],
        [
            ("一等奖", "团体赛", "猜啥都队", "team", None),
            ("二等奖", "团体赛", "农场主队", "team", None),
        ],
    ),
    "numbered_lines_with_class_prefixes": (
        ["一等奖:", "1.数学2102张晓明 英语2103李华", "二等奖", "2.王五 湛江三中"],
        [
            ("一等奖", None, "张晓明", "person", "数学2102"),
            ("一等奖", None, "李华", "person", "英语2103"),
            ("二等奖", None, "王五", "person", "湛江三中"),
        ],
    ),
    "tier_heading": (
        ["一等奖(1)", "中学英语组", "贵阳市第七中学 宋洁莹", "二 等 奖", "李明  湛江一中"],
        [
            ("一等奖", "中学英语组", "宋洁莹", "person", "贵阳市第七中学"),
            ("二等奖", "中学英语组", "李明", "person", "湛江一中"),
        ],
    ),
    "honour_list_heading": (
        ["优秀组织奖名单", "(2个)", "图片", "新区阳光中学", "耀州区塔坡小学"],
        [
            ("优秀组织奖", None, "新区阳光中学", "organization", None),
            ("优秀组织奖", None, "耀州区塔坡小学", "organization", None),
        ],
    ),
    "label_with_continuation": (
        ["一等奖:有一种感觉名叫幸福(来俊炜)", "二等奖:非常孕事(华 敏)", "温馨的家园(凌校铨)"],
        [
            ("一等奖", None, "有一种感觉名叫幸福", "work", "来俊炜"),
            ("二等奖", None, "非常孕事", "work", "华敏"),
            ("二等奖", None, "温馨的家园", "work", "凌校铨"),
        ],
    ),
    "table_with_header": (
        [
            "获奖等次 | 姓名 | 摄影主题 |",
            "一等奖 | 周旭东 | 春和景明万丰湖 |",
            "吴 琦 | 幽蓝江水一线天 |",
        ],
        [
            ("一等奖", None, "春和景明万丰湖", "work", "周旭东"),
            ("一等奖", None, "幽蓝江水一线天", "work", "吴 琦"),
        ],
    ),
    "table_prize_and_unit": (
        ["奖项 | 获奖单位", "一等奖 | 区交通运输局", "二等奖 | 区应急管理局"],
        [
            ("一等奖", None, "区交通运输局", "organization", None),
            ("二等奖", None, "区应急管理局", "organization", None),
        ],
    ),
    "table_tier_columns": (
        ["组别 | 一等奖 | 二等奖 | |", "男子组 | 德安县 | 柴桑区 湖口县 | |"],
        [
            ("一等奖", "男子组", "德安县", "organization", None),
            ("二等奖", "男子组", "柴桑区", "organization", None),
            ("二等奖", "男子组", "湖口县", "organization", None),
        ],
    ),
    "table_one_cell_a_line": (
        ["一等奖", "三5班 |", "明月几时有 |", "宋锦天 |", "三9班 |", "做最好的自己 |", "龙雨霏 |"],
        [
            ("一等奖", None, "宋锦天", "person", "三5班"),
            ("一等奖", None, "龙雨霏", "person", "三9班"),
        ],
    ),
    "flattened_team_run": (
        ["一等奖:(2个)法门镇南佐村阳光舞蹈队城关街道万杨村舞蹈队"],
        [
            ("一等奖", None, "法门镇南佐村阳光舞蹈队", "team", None),
            ("一等奖", None, "城关街道万杨村舞蹈队", "team", None),
        ],
    ),
    "work_with_performers": (
        ["特等奖1名:", "三家医院《以青春的名义宣誓》   演讲者:王猛、涂谊铭"],
        [("特等奖", None, "《以青春的名义宣誓》", "work", "三家医院")],
    ),
    "author_before_work": (
        ["二等奖", "王小明《海边的早晨》(散文)", "李华《家乡的桥》"],
        [
            ("二等奖", None, "《海边的早晨》", "work", "王小明"),
            ("二等奖", None, "《家乡的桥》", "work", "李华"),
        ],
    ),
    "tier_row_with_author": (
        ["获奖名单:", "一等奖  国画  春江水暖  作者:林芳", "优秀奖  书法  兰亭序(临)  作者:陈志"],
        [
            ("一等奖", "国画", "春江水暖", "work", "林芳"),
            ("优秀奖", "书法", "兰亭序(临)", "work", "陈志"),
        ],
    ),
    "table_flattened_header_first": (
        [
            *("获奖名单 |", "||", "奖项 |", "班级 |", "姓名 |"),
            *("一等奖 |", "高一(3)班 |", "刘洋 |", "二等奖 |", "高二(1)班 |", "陈静 |"),
        ],
        [
            ("一等奖", None, "刘洋", "person", "高一(3)班"),
            ("二等奖", None, "陈静", "person", "高二(1)班"),
        ],
    ),
    "table_header_names_columns": (
        [
            "序号 | 学院 | 姓名 | 奖项 |",
            "1 | 卫生健康学院 | 周文颖 | 一等奖 |",
            "5 | 旅游艺术学院 | 李欣怡 | 二等奖 |",
        ],
        [
            ("一等奖", None, "周文颖", "person", "卫生健康学院"),
            ("二等奖", None, "李欣怡", "person", "旅游艺术学院"),
        ],
    ),
    "table_tier_spans_rows": (
        [
            *(
                "奖项 |",
                "选手姓名 |",
                "专业年级 |",
                "特等奖(2人) |",
                "何美庭 |",
                "社会工作2023级 |",
            ),
            *("牛乐欣 |", "英语2023级 |", "一等奖(1人) |", "王司晓涵 |", "英语2022级 |"),
        ],
        [
            ("特等奖", None, "何美庭", "person", "社会工作2023级"),
            ("特等奖", None, "牛乐欣", "person", "英语2023级"),
            ("一等奖", None, "王司晓涵", "person", "英语2022级"),
        ],
    ),
    "table_cells_on_blank_lines": (
        [
            *("序号", "", "项目名称", "", "选手姓名", "", "指导教师姓名", "", "获奖等级", ""),
            *("1", "", "中药传统技能", "", "陈浩如", "", "廖鹏", "", "一等奖", ""),
            *("2", "", "工业分析检验", "", "黄晓情 吴嘉媚", "", "谢晓龙,倪珊梅", "", "二等奖"),
        ],
        [
            ("一等奖", "中药传统技能", "陈浩如", "person", None),
            ("二等奖", "工业分析检验", "黄晓情", "person", None),
            ("二等奖", "工业分析检验", "吴嘉媚", "person", None),
        ],
    ),
    "table_header_without_a_tier_row_is_no_table": (
        ["姓名", "单位", "名次", "成绩", "张明", "一中", "1", "12秒3"],
        [],
    ),
    "works_list_keeps_its_kind": (
        ["二等奖:非常孕事(华 敏)", "神奇三江口 美丽的闻堰镇(华 敏)", "温馨的家园(凌校铨)"],
        [
            ("二等奖", None, "非常孕事", "work", "华敏"),
            ("二等奖", None, "神奇三江口 美丽的闻堰镇", "work", "华敏"),
            ("二等奖", None, "温馨的家园", "work", "凌校铨"),
        ],
    ),
    "author_work_coach_under_a_heading": (
        [
            "二等奖:",
            "姚 晨《党的新征程》(指导教师高聪)",
            "张浩轩《跨时空砥砺前行,赴未来与国共强》(指导教师林春梅)",
        ],
        [
            ("二等奖", None, "《党的新征程》", "work", "姚晨"),
            ("二等奖", None, "《跨时空砥砺前行,赴未来与国共强》", "work", "张浩轩"),
        ],
    ),
    "numbered_tier_heading_with_count": (
        ["一、一等奖 2名", "张明(湛江一中)、李华(湛江二中)", "二、二等奖(1名)", "王芳(湛江三中)"],
        [
            ("一等奖", None, "张明", "person", "湛江一中"),
            ("一等奖", None, "李华", "person", "湛江二中"),
            ("二等奖", None, "王芳", "person", "湛江三中"),
        ],
    ),
    "category_label_under_tier": (
        ["一等奖", "小学组:张明、李华", "中学组:王芳"],
        [
            ("一等奖", "小学组", "张明", "person", None),
            ("一等奖", "小学组", "李华", "person", None),
            ("一等奖", "中学组", "王芳", "person", None),
        ],
    ),
    "table_category_spans_rows": (
        ["组别 | 奖项 | 姓名 |", "小学组 | 一等奖 | 张明 |", " | 二等奖 | 李华 |"],
        [
            ("一等奖", "小学组", "张明", "person", None),
            ("二等奖", "小学组", "李华", "person", None),
        ],
    ),
    "note_inside_heading_scope": (
        [
            "一等奖(2名)",
            "(按姓氏笔画排序)",
            "王芳 湛江一中",
            "二等奖(1名)",
            "(排名不分先后)",
            "李华",
        ],
        [("一等奖", None, "王芳", "person", "湛江一中"), ("二等奖", None, "李华", "person", None)],
    ),
    "range_heading_one_place_a_line": (
        ["第四至六名", "湛江四中", "湛江五中", "湛江六中"],
        [
            ("第四名", None, "湛江四中", "organization", None),
            ("第五名", None, "湛江五中", "organization", None),
            ("第六名", None, "湛江六中", "organization", None),
        ],
    ),
    "range_label_in_order": (
        ["第四至五名:湛江四中、湛江五中"],
        [
            ("第四名", None, "湛江四中", "organization", None),
            ("第五名", None, "湛江五中", "organization", None),
        ],
    ),
    "table_under_a_tier_heading": (
        [
            "一等奖",
            "姓名 | 单位 |",
            "张明 | 湛江一中 |",
            "二等奖",
            "李华 | 湛江二中 |",
            "图为颁奖现场",
        ],
        [
            ("一等奖", None, "张明", "person", "湛江一中"),
            ("二等奖", None, "李华", "person", "湛江二中"),
        ],
    ),
    "lead_in_names_below": (
        ["获得一等奖的作品有:", "《春天》(作者:张明)", "以下同学获得二等奖:", "王芳", "赵强"],
        [
            ("一等奖", None, "《春天》", "work", "张明"),
            ("二等奖", None, "王芳", "person", None),
            ("二等奖", None, "赵强", "person", None),
        ],
    ),
    "unit_label_under_tier": (
        ["一等奖作品", "湛江一中:张明、李华", "湛江二中:王芳"],
        [
            ("一等奖", None, "张明", "person", "湛江一中"),
            ("一等奖", None, "李华", "person", "湛江一中"),
            ("一等奖", None, "王芳", "person", "湛江二中"),
        ],
    ),
    "table_spaced_header": (
        # 奖项 姓名 单位 is a header, never a tier named 奖项姓名单位
        [
            "序号 姓名 单位 奖项",
            "1 张明 湛江一中 一等奖",
            "2 王 芳 湛江二中 二等奖",
            "以上名单已公示。",
        ],
        [
            ("一等奖", None, "张明", "person", "湛江一中"),
            ("二等奖", None, "王芳", "person", "湛江二中"),
        ],
    ),
    "table_a_cell_a_line_under_a_tier_heading": (
        ["一等奖", "姓名 |", "单位 |", "张明 |", "湛江一中 |", "二等奖 |", "王芳 |", "湛江三中 |"],
        [
            ("一等奖", None, "张明", "person", "湛江一中"),
            ("二等奖", None, "王芳", "person", "湛江三中"),
        ],
    ),
    "tier_first_row": (
        # 一等奖 张明 湛江一中: the school is 张明's, not a second winner
        ["一等奖 张明 湛江一中", "二等奖 李华 湛江二中"],
        [
            ("一等奖", None, "张明", "person", "湛江一中"),
            ("二等奖", None, "李华", "person", "湛江二中"),
        ],
    ),
    "unit_between_name_and_tier": (
        ["张明 湛江一中 一等奖", "李华 湛江二中 二等奖"],
        [
            ("一等奖", None, "张明", "person", "湛江一中"),
            ("二等奖", None, "李华", "person", "湛江二中"),
        ],
    ),
    "tier_label_with_group": (
        ["一等奖(小学组):张明、李华", "一等奖(中学组):王芳"],
        [
            ("一等奖", "小学组", "张明", "person", None),
            ("一等奖", "小学组", "李华", "person", None),
            ("一等奖", "中学组", "王芳", "person", None),
        ],
    ),
    "team_range_label_enumerated": (
        # 团体总分前三名:1.A 2.B 3.C: one place each; the team prefix stays on the tier here
        ["团体总分前三名:1.湛江一中 2.湛江二中 3.湛江三中"],
        [
            ("团体总分第一名", None, "湛江一中", "organization", None),
            ("团体总分第二名", None, "湛江二中", "organization", None),
            ("团体总分第三名", None, "湛江三中", "organization", None),
        ],
    ),
    "range_lead_in_then_all_names": (
        ["获得团体前三名的单位是:", "湛江一中、湛江二中、湛江三中"],
        [
            ("团体第一名", None, "湛江一中", "organization", None),
            ("团体第二名", None, "湛江二中", "organization", None),
            ("团体第三名", None, "湛江三中", "organization", None),
        ],
    ),
    "table_title_names_the_group": (
        [
            *(
                "书写大赛(硬笔组)获奖名单 | |||",
                "序号 | 学院 | 姓名 | 奖项 |",
                "1 | 卫生学院 | 周文颖 | 一等奖 |",
            ),
            *(
                "书写大赛(软笔组)获奖名单 | |||",
                "序号 | 学院 | 姓名 | 奖项 |",
                "1 | 建工学院 | 林秋如 | 一等奖 |",
            ),
        ],
        [
            ("一等奖", "硬笔组", "周文颖", "person", "卫生学院"),
            ("一等奖", "软笔组", "林秋如", "person", "建工学院"),
        ],
    ),
    "row_name_event_medal": (
        [
            "获奖队员分别是:",
            "张 强    男子A组长拳   金牌",
            "",
            "        男子A组棍术   银牌",
            "李明  女子B组剑术  铜牌",
        ],
        [
            ("金牌", "男子A组长拳", "张强", "person", None),
            ("银牌", "男子A组棍术", "张强", "person", None),
            ("铜牌", "女子B组剑术", "李明", "person", None),
        ],
    ),
    "tier_work_author_line": (
        [
            "一等奖《晨光》(作者:林海)",
            "2024年3月4日,工人在桥面上作业。",
            "三等奖 《归途》(作者:周舟)",
        ],
        [
            ("一等奖", None, "《晨光》", "work", "林海"),
            ("三等奖", None, "《归途》", "work", "周舟"),
        ],
    ),
    # --- blind6 list shapes (7 Dec 2026, afternoon) ---
    "heading_with_order_note": (
        ["优秀奖(排名不分先后):", "赵以诺  韩依诺  袁雨欣"],
        [
            ("优秀奖", None, "赵以诺", "person", None),
            ("优秀奖", None, "韩依诺", "person", None),
            ("优秀奖", None, "袁雨欣", "person", None),
        ],
    ),
    "genre_work_author_row": (
        [
            "三等奖(5篇/首)",
            "散文《生命繁华的地方》(外一篇)作者:俞雪峰",
            "诗歌《树影的恩泽》(组诗)作者:贾建成",
        ],
        [
            ("三等奖", None, "《生命繁华的地方》", "work", "俞雪峰"),
            ("三等奖", None, "《树影的恩泽》", "work", "贾建成"),
        ],
    ),
    "table_bare_place_cell": (
        ["获奖班级 |", "奖项 |", "15建工五(2)班 |", "第一 |", "15建工五(1)班 |", "第二 |"],
        [
            ("第一", None, "15建工五(2)班", "organization", None),
            ("第二", None, "15建工五(1)班", "organization", None),
        ],
    ),
    "table_blank_cell_tier_spans_rows": (
        [
            "序号 |",
            "作品名称 |",
            "姓名/队名 |",
            "获奖等级 |",
            "1 |",
            "连接无限可能 |",
            "Team Link |",
            "一等奖 |",
            "2 |",
            "去探索, 去发现 |",
            "黄振东 |",
            "二等奖 |",
            "3 |",
            "New Life |",
            "春笋烹饪小组 |",
            "|",
        ],
        [
            ("一等奖", None, "连接无限可能", "work", "Team Link"),
            ("二等奖", None, "去探索, 去发现", "work", "黄振东"),
            ("二等奖", None, "New Life", "work", "春笋烹饪小组"),
        ],
    ),
    "person_then_item_tiers": (
        [
            "李琼二十四式太极拳二等奖,三十二式太极剑二等奖。",
            "王玫四十式太极拳二等奖,四十二式太极剑三等奖。",
        ],
        [
            ("二等奖", "二十四式太极拳", "李琼", "person", None),
            ("二等奖", "三十二式太极剑", "李琼", "person", None),
            ("二等奖", "四十式太极拳", "王玫", "person", None),
            ("三等奖", "四十二式太极剑", "王玫", "person", None),
        ],
    ),
    "names_with_item_tiers": (
        [
            "具体获奖名单如下:黄韵轾(甲组50米自由泳第一名、甲组50米仰泳第三名),陈荣彬(乙A组50米仰泳第二名)。"
        ],
        [
            ("第一名", "甲组50米自由泳", "黄韵轾", "person", None),
            ("第三名", "甲组50米仰泳", "黄韵轾", "person", None),
            ("第二名", "乙A组50米仰泳", "陈荣彬", "person", None),
        ],
    ),
    "event_tier_label_and_pair_aff_list": (
        [
            "男子团体赛一等奖:赣州市、萍乡市",
            "男子双打一等奖:刘春芳/谢敬舫(吉安市)、黄国禄/张坤发(赣州市)",
        ],
        [
            ("一等奖", "男子团体赛", "赣州市", "organization", None),
            ("一等奖", "男子团体赛", "萍乡市", "organization", None),
            ("一等奖", "男子双打", "刘春芳", "person", "吉安市"),
            ("一等奖", "男子双打", "谢敬舫", "person", "吉安市"),
            ("一等奖", "男子双打", "黄国禄", "person", "赣州市"),
            ("一等奖", "男子双打", "张坤发", "person", "赣州市"),
        ],
    ),
    "side_then_members": (
        ["一等奖:第1小组 周夏辉、杨俊雄"],
        [
            ("一等奖", None, "周夏辉", "person", "第1小组"),
            ("一等奖", None, "杨俊雄", "person", "第1小组"),
        ],
    ),
    "name_then_tier_in_brackets": (
        ["美的集团股份有限公司(大奖)", "澳柯玛股份有限公司(提名奖)"],
        [
            ("大奖", None, "美的集团股份有限公司", "organization", None),
            ("提名奖", None, "澳柯玛股份有限公司", "organization", None),
        ],
    ),
    "label_list_is_names": (  # b7b-008: channel names the name grammar rejects, in a label's list
        ["二等奖:影视压缩鸡、三炮笑工坊、何止电影"],
        [
            ("二等奖", None, "影视压缩鸡", "organization", None),
            ("二等奖", None, "三炮笑工坊", "organization", None),
            ("二等奖", None, "何止电影", "team", None),
        ],
    ),
    "tier_name_pairs_row": (  # several tiers on one spaced row, a group label before them
        ["男子组:冠军 湛江一中队 亚军 湛江二中队", "团体总分:第一名湛江一中 第二名湛江二中"],
        [
            ("冠军", "男子组", "湛江一中队", "team", None),
            ("亚军", "男子组", "湛江二中队", "team", None),
            ("第一名", "团体总分", "湛江一中", "organization", None),
            ("第二名", "团体总分", "湛江二中", "organization", None),
        ],
    ),
    "name_then_tier_row": (  # the name, then its tier; a spaced team is no person glued to an event
        ["湛江一中队 冠军", "张明 一等奖"],
        [
            ("冠军", None, "湛江一中队", "team", None),
            ("一等奖", None, "张明", "person", None),
        ],
    ),
    "index_name_tier_row": (["1 张明 一等奖"], [("一等奖", None, "张明", "person", None)]),
    "tier_set_off_by_bracket_or_dash": (
        ["【一等奖】张明、王芳", "冠军——湛江一中队"],
        [
            ("一等奖", None, "张明", "person", None),
            ("一等奖", None, "王芳", "person", None),
            ("冠军", None, "湛江一中队", "team", None),
        ],
    ),
    "tier_worded_or_quoted_label": (  # 冠军队: / “最佳人气奖”: — a tier label all the same
        ["冠军队:湛江一中队", "“最佳人气奖”:张明、王芳"],
        [
            ("冠军", None, "湛江一中队", "team", None),
            ("最佳人气奖", None, "张明", "person", None),
            ("最佳人气奖", None, "王芳", "person", None),
        ],
    ),
    "numbered_name_then_tier_row": (
        ["1、湛江一中队 冠军"],
        [("冠军", None, "湛江一中队", "team", None)],
    ),
    "count_closing_a_list_line": (  # (共2名) names nobody; 三(7) is a class, not a count
        ["一等奖:张明、王芳(共2名)", "二等奖: 三(5) 三(7)"],
        [
            ("一等奖", None, "张明", "person", None),
            ("一等奖", None, "王芳", "person", None),
            ("二等奖", None, "三(5)", "team", None),
            ("二等奖", None, "三(7)", "team", None),
        ],
    ),
    "numbered_places": (  # under 名次 a bare number is the place; elsewhere (序号, 成绩) it is not
        ["| 名次 | 代表队 | 成绩 |", "| 1 | 湛江一中队 | 25 |", "| 2 | 湛江二中队 | 20 |"],
        [
            ("第一名", None, "湛江一中队", "team", None),
            ("第二名", None, "湛江二中队", "team", None),
        ],
    ),
    "piped_tier_first_row": (  # no header: the tier cell first, then the name and its unit
        ["| 一等奖 | 张明 | 湛江一中 |"],
        [("一等奖", None, "张明", "person", "湛江一中")],
    ),
    "spaced_tier_columns": (  # the header's columns are tiers, each row an item and its winners
        ["项目 冠军 亚军", "男子100米 张明 王芳", "女子100米 赵丽 钱红"],
        [
            ("冠军", "男子100米", "张明", "person", None),
            ("亚军", "男子100米", "王芳", "person", None),
            ("冠军", "女子100米", "赵丽", "person", None),
            ("亚军", "女子100米", "钱红", "person", None),
        ],
    ),
    "spaced_tier_columns_without_names": (["项目 冠军 亚军", "男子100米 待定 待定"], []),
    "bracketed_reward_is_no_winner": (["【一等奖】1TB上传", "一等奖——奖金2000元"], []),
    "marked_heading": (  # (一) / 1. / ◆ before a heading is a mark, not part of the tier or group
        ["(一)一等奖", "张明、王芳", "◆男子组", "2.冠军", "湛江一中队"],
        [
            ("一等奖", None, "张明", "person", None),
            ("一等奖", None, "王芳", "person", None),
            ("冠军", "男子组", "湛江一中队", "team", None),
        ],
    ),
    "bracketed_group_heading": (  # 【男子组】 is a group heading, not a section mark that ends it
        ["【男子组】", "冠军:湛江一中队"],
        [("冠军", "男子组", "湛江一中队", "team", None)],
    ),
    "name_comma_unit_row": (  # b7b-035: a row's person, then after a comma the unit, no co-winner
        ["第一名 刘国强,六边形咖啡", "第二名 陈卓豪,邵医咖啡", "一等奖:张明,王芳"],
        [
            ("第一名", None, "刘国强", "person", "六边形咖啡"),
            ("第二名", None, "陈卓豪", "person", "邵医咖啡"),
            ("一等奖", None, "张明", "person", None),
            ("一等奖", None, "王芳", "person", None),
        ],
    ),
    "division_tier_row": (  # the campus heads its tier rows; grades and staff groups are teams
        ["南校区 一等奖 高一年级 初二年级", "二等奖 高三年级 行政组", "东校区 一等奖 高一高二联队"],
        [
            ("一等奖", "南校区", "高一年级", "team", None),
            ("一等奖", "南校区", "初二年级", "team", None),
            ("二等奖", "南校区", "高三年级", "team", None),
            ("二等奖", "南校区", "行政组", "team", None),
            ("一等奖", "东校区", "高一高二联队", "team", None),
        ],
    ),
}


def test_a_place_with_a_numeral_is_no_count():
    from yunmei.events.recipients import recipients

    got = recipients("双庙镇、大四家子镇", strict=True)
    assert [r["name"] for r in got] == ["双庙镇", "大四家子镇"]


def test_a_table_is_not_restated_by_the_prose():
    from yunmei.events import extract_events

    text = (
        "5月8日,学院举办茶艺比赛。最终,刘洋、陈静两位同学获得本次比赛的前两名。\n"
        "奖项 |\n班级 |\n姓名 |\n一等奖 |\n高一(3)班 |\n刘洋 |\n二等奖 |\n高二(1)班 |\n陈静 |"
    )
    got = [
        (a["tier"], r["name"])
        for e in extract_events(text, "2024-05-09")
        for a in e["awards"]
        for r in a["recipients"]
    ]
    assert sorted(got) == [("一等奖", "刘洋"), ("二等奖", "陈静")]


def test_a_table_winner_with_its_unit_glued_in_the_prose_is_said_once():
    from yunmei.events import extract_events

    text = (
        "9月26日,学院举办外语能力大赛。经过角逐,化环学院师知行获得特等奖。\n"
        "奖项 |\n姓名 |\n学院 |\n特等奖 |\n师知行 |\n化环学院 |\n一等奖 |\n白妍 |\n外语学院 |"
    )
    got = [
        (a["tier"], r["name"])
        for e in extract_events(text, "2025-09-27")
        for a in e["awards"]
        for r in a["recipients"]
    ]
    assert sorted(got) == [("一等奖", "白妍"), ("特等奖", "师知行")]


def test_unit_person_list_is_one_kind():
    from yunmei.events.recipients import recipients

    got = recipients("卡车公司赵志华、湖北华威金宇、轻卡部孙琛尧、青岛重工郝晓军", strict=True)
    assert [(r["name"], r["affiliation"]) for r in got] == [
        ("赵志华", "卡车公司"),
        ("金宇", "湖北华威"),
        ("孙琛尧", "轻卡部"),
        ("郝晓军", "青岛重工"),
    ]


def test_units_named_before_a_generic_team_word():
    from yunmei.events.recipients import recipients

    got = recipients("来自第一中学、实验中学的参赛队伍", strict=True)
    assert [r["name"] for r in got] == ["第一中学", "实验中学"]


def test_party_school_is_an_organization():
    from yunmei.events.recipients import recipients

    got = recipients("县委办、县委党校", strict=True)
    assert [(r["name"], r["kind"]) for r in got] == [
        ("县委办", "organization"),
        ("县委党校", "organization"),
    ]


@pytest.mark.parametrize("shape", list(LIST_SHAPES))
def test_list_shape(shape):
    lines, expected = LIST_SHAPES[shape]
    assert pairs(lines) == expected


def test_prose_ends_a_list():
    lines = [
        "一等奖",
        "王华",
        "比赛结束后,李明获得表彰,大家合影留念,现场气氛十分热烈,观众纷纷鼓掌。",
        "张伟",
    ]
    assert pairs(lines) == [("一等奖", None, "王华", "person", None)]


def test_prize_rules_are_no_list():
    assert pairs(["本次比赛设一等奖3名、二等奖5名,奖金分别为1000元、500元。"]) == []


def test_related_headlines_after_the_article_give_no_awards():
    from yunmei.events import extract_events

    text = "雄鹰擂台赛昨日举行。区交通运输局获得一等奖。\n相关新闻\n东区代表队获得省运会冠军"
    awards = [
        (a["tier"], r["name"])
        for e in extract_events(text, "2023-03-24")
        for a in e["awards"]
        for r in a["recipients"]
    ]
    assert awards == [("一等奖", "区交通运输局")]


def test_works_sent_jointly_are_credited_as_works():
    from yunmei.events.recipients import recipients

    got = recipients("甲县文化馆、乙镇文化站联合选送的舞蹈节目《春风》及《海韵》", strict=True)
    assert [(r["name"], r["kind"], r["affiliation"]) for r in got] == [
        ("《春风》", "work", "甲县文化馆、乙镇文化站"),
        ("《海韵》", "work", "甲县文化馆、乙镇文化站"),
    ]


def test_a_gold_medal_title_is_no_medal():
    from yunmei.events import extract_events

    text = "经过激烈比拼,某酒店员工李芳勇夺桂冠,并荣获“某市金牌职工”称号。"
    got = [
        (a["tier"], r["name"])
        for e in extract_events(text, "2024-05-09")
        for a in e["awards"]
        for r in a["recipients"]
    ]
    assert got == [("桂冠", "李芳")]


def test_member_lines_under_a_team_row_give_no_recipients():
    text = (
        "知识竞赛总决赛落幕。获得团体赛奖项的队伍如下:\n团体赛一等奖:猜啥都队\n成员:刘顿 傅世敏 韩萍\n"
        "团体赛二等奖:农场主队\n成员:邢易橼,徐国豪,杨柳飞"
    )
    names = sorted(
        r["name"] for e in ev.extract_events(text) for a in e["awards"] for r in a["recipients"]
    )
    assert names == ["农场主队", "猜啥都队"]


def test_organizer_roles_never_tiers():
    # a call for entries lists its organisers under role headings: no award
    text = "“裕荣香杯”征文比赛启事\n指导单位:\n义乌市网联会\n主办单位:\n义乌热线\n承办单位:\n稠州论坛绣湖文学版块\n"
    assert ev.extract_events(text) == []
    # an honour list headed 先进单位 is still read
    (event,) = ev.extract_events("表彰大会上,以下获奖名单公布。\n先进单位:\n湛江市第一中学\n")
    assert [(a["tier"], r["name"]) for a in event["awards"] for r in a["recipients"]] == [
        ("先进单位", "湛江市第一中学")
    ]


def _list_pairs(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (a["tier"], r["name"], a["category"])
        for e in ev.extract_events(text)
        for a in e["awards"]
        for r in a["recipients"]
    ]


def test_range_tier_in_order():
    # 前四名: as many names as places, one each; doubles one pair a line; never 前四名 for all
    text = (
        "经过激烈的角逐,获奖名单如下:\n男子单打前四名:曾岳、王德杰、胡永奇、杨镇豪\n"
        "混合双打前三名:杨茂森、赵琼\n张剑涛、赵一舟\n郭宇、雍晴\n"
    )
    assert _list_pairs(text) == [
        ("第一名", "曾岳", "男子单打"),
        ("第二名", "王德杰", "男子单打"),
        ("第三名", "胡永奇", "男子单打"),
        ("第四名", "杨镇豪", "男子单打"),
        ("第一名", "杨茂森", "混合双打"),
        ("第一名", "赵琼", "混合双打"),
        ("第二名", "张剑涛", "混合双打"),
        ("第二名", "赵一舟", "混合双打"),
        ("第三名", "郭宇", "混合双打"),
        ("第三名", "雍晴", "混合双打"),
    ]
    # names and places that do not line up give nothing rather than a guess
    assert _list_pairs("获奖名单如下:\n前三名:曾岳、王德杰、胡永奇、杨镇豪\n") == []


def test_name_aff_list_and_spaced_names():
    from yunmei.events.lists import line_recipients

    recips, _ = line_recipients("易 楚(学前教育)、龙灿锋(生物科学)、刘 欢(数学)")
    assert [(r["name"], r["affiliation"]) for r in recips] == [
        ("易楚", "学前教育"),
        ("龙灿锋", "生物科学"),
        ("刘欢", "数学"),
    ]
    recips, _ = line_recipients("周奕辰(地理科学)王晓鸥(生物科学)")
    assert [r["name"] for r in recips] == ["周奕辰", "王晓鸥"]
    recips, _ = line_recipients("王凯杰、孙 粤")
    assert [r["name"] for r in recips] == ["王凯杰", "孙粤"]


def test_list_keeps_its_kind():
    # the notice's signature under the last label is not more winners of that label
    text = "具体获奖名单如下:\n一等奖:雷芳洁\n最佳台风奖:欧阳梦娜\n衡阳师范学院南岳学院\n教学工作办公室\n"
    assert [(t, n) for t, n, _ in _list_pairs(text)] == [
        ("一等奖", "雷芳洁"),
        ("最佳台风奖", "欧阳梦娜"),
    ]


def test_counted_list_names_every_item():
    from yunmei.events.recipients import recipients

    # 东华乒友 has no team ending, but 等四队 counts four names: each item is one (counted_list)
    got = recipients("中日之桥一队、东华乒友、上海医务工会、斯莱国际等四队", strict=True)
    assert [r["name"] for r in got] == ["中日之桥一队", "东华乒友", "上海医务工会", "斯莱国际"]
    # a count that does not agree is no proof
    assert [r["name"] for r in recipients("东华乒友、斯莱国际等五队", strict=True)] != [
        "东华乒友",
        "斯莱国际",
    ]


def test_work_list_line_credits_each_work():
    # 二等奖:《A》、《B》、《C》之二篇: one work per item, a printed part of a title kept with it
    assert pairs(["二等奖:《晨光》、《山路》、《远方》之二篇", "三等奖:《归途》、《小河》"]) == [
        ("二等奖", None, "《晨光》", "work", None),
        ("二等奖", None, "《山路》", "work", None),
        ("二等奖", None, "《远方》之二篇", "work", None),
        ("三等奖", None, "《归途》", "work", None),
        ("三等奖", None, "《小河》", "work", None),
    ]


def test_tier_columns_table_of_bare_class_codes():
    # 年级 | 第一名 | 第二名: one row per grade, each cell a class printed as grade + number
    assert pairs(["年级 | 第一名 | 第二名 |", "三年级 | 三2 | 三5 |", "四年级 | 四1 | 四3 |"]) == [
        ("第一名", "三年级", "三2", "team", None),
        ("第二名", "三年级", "三5", "team", None),
        ("第一名", "四年级", "四1", "team", None),
        ("第二名", "四年级", "四3", "team", None),
    ]


def test_unit_ending_ji_guan_in_a_label_list():
    # 教工组二等奖:市直机关 — 机关 ends a unit's name like 局 or 委
    got = _list_pairs("运动会获奖名单如下:\n教工组二等奖:市直机关\n教工组三等奖:工学系\n")
    assert [(t, n) for t, n, _c in got] == [("二等奖", "市直机关"), ("三等奖", "工学系")]


def test_past_winners_lead():
    # gne-163-3 (wild check): the winners of earlier years under 过去三年…分别是—— are history
    lines = [
        "自2016年成立到现在,过去三年有12人获奖,分别是——",
        "图片来源:未来科学大奖官网",
        "生命科学奖:卢煜明(2016年)、施一公(2017年),李家洋、袁隆平、张启发(2018年);",
        "物质科学奖:薛其坤(2016年)、潘建伟(2017年),马大为、冯小明、周其林(2018年);",
    ]
    assert pairs(lines) == []
    assert ev.extract_events("\n".join(lines)) == []


def test_year_in_brackets_is_no_affiliation():
    # 卢煜明(2016年): the year dates the win; it is never the winner's unit
    assert pairs(["生命科学奖:卢煜明(2016年)、施一公(2017年)"]) == [
        ("生命科学奖", None, "卢煜明", "person", None),
        ("生命科学奖", None, "施一公", "person", None),
    ]


def test_academic_role_between_unit_and_name():
    # gne-163-3 (wild check): 教授 between the unit and the name is a role
    assert ev.extract_events(
        "清华大学教授王小云获“数学与计算机科学”奖,美国加州伯克利大学教授陆锦标获“物质科学”奖。"
    )[0]["awards"] == [
        {
            "tier": "数学与计算机科学奖",
            "tier_rank": None,
            "recipients": [{"name": "王小云", "kind": "person", "affiliation": "清华大学"}],
            "category": None,
        },
        {
            "tier": "物质科学奖",
            "tier_rank": None,
            "recipients": [
                {"name": "陆锦标", "kind": "person", "affiliation": "美国加州伯克利大学"}
            ],
            "category": None,
        },
    ]


def test_person_then_item_tiers_needs_no_verb():
    # 李明获得鼓励奖: a sentence with its verb is no `name item tier` line (not 李明获 / 得)
    assert pairs(["李明获得鼓励奖。"]) == []
    assert pairs(["李琼二十四式太极拳二等奖,三十二式太极剑二等奖。"]) == [
        ("二等奖", "二十四式太极拳", "李琼", "person", None),
        ("二等奖", "三十二式太极剑", "李琼", "person", None),
    ]


def test_past_winner_mentioned_in_prose_is_no_lead_in():
    # 曾获得冠军的张三今年再次参赛: a past win in prose does not make the table under it history
    assert pairs(["曾获得冠军的张三今年再次参赛。", "一等奖:王明、李华"]) == [
        ("一等奖", None, "王明", "person", None),
        ("一等奖", None, "李华", "person", None),
    ]


def test_match_winner_in_the_clause_before():
    # b7a-016: the winner stands in its own clause before 以…战胜B; 两队分获 gives both places
    text = "篮球赛落幕。来自西南赛区的重庆长沙队,以87:67的比分战胜东道主贵州尚重队,两队分获七八名。"
    assert [(t, n) for t, n, _c in _list_pairs(text)] == [
        ("第七名", "重庆长沙队"),
        ("第八名", "贵州尚重队"),
    ]


def test_rules_section_no_results():
    # b7b-008: a prize's criteria under 【活动规则】 are no winners; 【获奖名单】 opens the results
    text = (
        "西瓜影视举办混剪大赛。\n【活动规则】\n"
        "优秀创意奖:作品创意新颖、剪辑手段酷炫、具有较高的艺术欣赏价值。\n"
        "【获奖名单】\n一等奖:三炮笑工坊\n"
    )
    assert _list_pairs(text) == [("一等奖", "三炮笑工坊", None)]
    # a bracketed tier is a heading, not a section mark
    assert _list_pairs(text.replace("一等奖:", "【一等奖】\n")) == [("一等奖", "三炮笑工坊", None)]
