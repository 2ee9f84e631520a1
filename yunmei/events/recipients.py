"""Recipient splitting: a segment of names -> recipients with kind and affiliation."""

from __future__ import annotations

import itertools
import re

from yunmei.events import lexicon as lx
from yunmei.events.text import cn_int, norm_name

_NUMBERED_GROUP_RE = re.compile(r"第\d{1,2}组")
_CJK_RUN_RE = re.compile(rf"[{lx.CJK}]+")


def name_class(x: str) -> str | None:
    """'work' / 'org' / 'person' when x is a complete name of that sort, else None."""
    x = lx.ITEM_TRAIL_RE.sub("", lx.ITEM_LEAD_RE.sub("", x.strip())).strip()
    if not x or lx.BAD_ITEM_RE.search(lx.mask(x)):
        return None
    if lx.WORK_RE.fullmatch(x):
        return "work"
    x = x.replace("“", "").replace("”", "")  # 初一年级“青春合唱团”: classified by its words
    m = lx.PAREN_AFF_RE.fullmatch(x)
    if m:
        x = m.group("name").strip()
    if (
        lx.TEAM_END_RE.search(x)
        or lx.ORG_END_RE.search(x)
        or lx.FAMILY_RE.fullmatch(x)
        or _NUMBERED_GROUP_RE.fullmatch(x)  # 第4组和第5组: numbered teams
    ):
        return "org"
    m = lx.AFF_PERSON_RE.fullmatch(x) or lx.AFF_ROLE_PERSON_RE.fullmatch(x)
    if m and not lx.ORG_END_RE.search(m.group("name")):
        return "person"
    if lx.PERSON_RE.fullmatch(x) and not lx.ORG_END_RE.search(x):
        return "person"
    m = _REGION_PERSON_RE.fullmatch(x)  # 江苏吴怡和北京李涛: a province's person on each side
    if m and _region_name_ok(m.group("name")):
        return "person"
    return None


# a college's own name ends after a unit ending with two to four letters of discipline (…学院文学)
# (文学与传媒学院的A, 服饰艺术与工程学院的B: disciplines, the college closed by 的 or the end, never by a name)
_DISCIPLINE_TAIL_RE = re.compile(rf"(?:学院|大学|学校)(?!的)[{lx.CJK}]{{2,4}}$")
_COLLEGE_HEAD_RE = re.compile(rf"(?!的)[{lx.CJK}]{{2,4}}?(?:学院|学部|系)(?:的|$)")
_DISCIPLINE_THEN_NAME_RE = re.compile(rf"[{lx.CJK}]{{1,4}}学(?P<name>{lx.PERSON_RE.pattern})")
_UNIT_THEN_NAME_RE = re.compile(rf"[{lx.CJK}]{{1,4}}(?:学院|学部|系)[{lx.CJK}]{{2,3}}")


_SELF_UNIT_RE = re.compile(r"(?:我|本)(?:校|院|系|局|所|厂|公司|单位|中心|医院|集团)")


# 联队 / 联合队 closing the right side of 与/和: the team both units formed (joint_team_joined)
_JOINT_TEAM_TAIL_RE = re.compile(r"联(?:合)?队$")


def split_conj(piece: str) -> list[str]:
    """Split on 和/与/及/以及 only where both sides are complete names of the same sort."""
    left, sep, right = piece.partition("搭档")
    if sep and left and right and "搭档" not in right:
        # 广东赛艇队运动员邱秀萍搭档安徽运动员李慧茹 (partnered_pair): both persons won as a pair
        pair = [recipient(left, True), recipient(right, True)]
        if all(r is not None and r["kind"] == "person" for r in pair):
            return [left.strip(), right.strip()]
    masked = lx.mask(piece)
    for cm in lx.CONJ_RE.finditer(masked):
        i, j = cm.start(), cm.end()
        conj = cm.group(0)
        if any(_protected_at(piece, p, conj, i) for p in lx.PROTECTED_CONJ if conj in p):
            continue
        left, right = piece[:i].strip(), piece[j:].strip()
        if not left or not right:
            continue
        if (
            _JOINT_TEAM_TAIL_RE.search(right)
            and "的" not in right
            and not lx.TEAM_END_RE.search(left)
        ):
            continue  # 第七工程公司与设备安装工程公司联合队 (joint_team_joined): one team of both units
        if (
            conj in ("与", "和")
            and right.endswith("分工会")
            and "工会" not in left
            and "的" not in piece
        ):
            continue  # 后勤处与资产公司分工会 (shared_branch_union): one branch union of both units
        if (
            conj == "与"
            and len(left) == 2
            and _UNIT_THEN_NAME_RE.fullmatch(lx.ITEM_TRAIL_RE.sub("", right))
        ):  # 信息与通信学院龚瑞乔(老师): the 与 is inside the unit's name (conj_inside_unit)
            continue
        if (
            conj in ("与", "和")
            and 2 <= len(left) <= 4
            and (not lx.PERSON_RE.fullmatch(left) or left[-1] in "病学科医术")
            and _DISCIPLINE_THEN_NAME_RE.fullmatch(right)
        ):  # 皮肤病与性病学许阳: two fields name one discipline, the person after it (conj_inside_unit)
            continue
        if (
            conj in ("与", "和", "及")
            and _DISCIPLINE_TAIL_RE.search(left)
            and _COLLEGE_HEAD_RE.match(right)
        ):
            continue  # 安康学院文学与传媒学院的吕勃岐: two disciplines name one college (conj_inside_unit)
        if _OWNED_NAME_RE.fullmatch(left) and _OWNED_NAME_RE.fullmatch(right):
            return [left, right]  # 甲校的月钦和乙校的王谦谦: a unit's person on each side
        both_units = bool(_unit_person(left) and _unit_person(right))  # 县残联赵鹏和付井镇周战强
        if ("的" in piece or both_units) and _placed_person(left):
            rights = split_conj(right)
            if all(_placed_person(r) for r in rights):
                # 郭兴茂和来自宁夏的张福 / 陕西省的王静和福建的高少颖 (placed_persons_joined)
                return [left, *rights]
        # “健康卫士”和“春城小学教育集团” (quoted_names_joined): each name closed by its own quotes
        if _QUOTED_NAME_RE.fullmatch(left) and _QUOTED_NAME_RE.fullmatch(right):
            return [left, right]
        # 生物工程学院的“爱参宝”项目和中白学院的“J”项目 (owned_quoted_works_joined): each work
        # closed by its quotes and its own class noun, perhaps after its owner
        if _OWNED_QUOTED_WORK_RE.fullmatch(lx.mask(left)) and all(
            _OWNED_QUOTED_WORK_RE.fullmatch(lx.mask(r)) for r in split_conj(right)
        ):
            return [left, *split_conj(right)]
        if _CLASS_THEN_NAME_RE.fullmatch(left) and all(
            _CLASS_THEN_NAME_RE.fullmatch(r) or name_class(r) == "person" for r in split_conj(right)
        ):  # 烹饪21401班凡子怡和烹饪21402班周子峻 (class_then_name): a student of each class
            return [left, *split_conj(right)]
        if _SELF_UNIT_RE.fullmatch(left) and all(name_class(r) == "org" for r in split_conj(right)):
            # 我校与北京邮电大学同获最佳组织奖 (self_unit_and_unit): the reporter's unit and another
            return [left, *split_conj(right)]
        cls = name_class(left)
        if cls is None:
            continue
        rights = split_conj(right)
        if all(name_class(r) == cls for r in rights):
            return [left, *rights]
    return [piece]


# a quoted work with its class noun, its owner perhaps before it (学院的“爱参宝”项目)
_OWNED_QUOTED_WORK_RE = re.compile(
    rf"(?:[{lx.CJK}A-Za-z\d]{{2,20}}的?)?“[^“”]{{2,80}}”(?:项目|作品|节目|方案|课题)"
)
# a team or unit printed whole in quotes, perhaps with its 队 outside them (“溟极阁”队)
_QUOTED_NAME_RE = re.compile(r"“[^“”]{2,20}”(?:队|战队)?")
_PLACED_PERSON_RE = re.compile(rf"(?:来自)?[{lx.CJK}]{{2,10}}?的(?P<name>{lx.PERSON_RE.pattern})")


def _unit_person(x: str) -> bool:
    """A unit then a person's name, no 的 between (付井镇周战强)."""
    m = lx.AFF_PERSON_RE.fullmatch(x)
    return bool(m) and not lx.ORG_LAST_CHARS.intersection(m.group("name")[-1])


def _placed_person(x: str) -> bool:
    """A person, perhaps with the place or unit before 的 (来自宁夏的张福, 福建的高少颖)."""
    m = _PLACED_PERSON_RE.fullmatch(x)
    if m is None:
        return name_class(x) == "person" or _unit_person(x)
    name = m.group("name")
    return not lx.BAD_ITEM_RE.search(x) and not lx.ORG_LAST_CHARS.intersection(name[-1])


_OWNED_NAME_RE = re.compile(rf"[^、]{{2,30}}?{lx.AFF_END}(?:\([^()]{{1,10}}\))?的[{lx.CJK}]{{2,3}}")


# (list_mate_person) among persons, an item printed like its mates is a person too, its name
# without a Han surname or of four or five letters: 仁青尖参 / 班额尔敦塔娜 / 唐山的晓蕊
_MATE_NAME = rf"[{lx.CJK}]{{2,5}}"
_MATE_PERSON_RES = (
    re.compile(rf"(?P<aff>)(?P<name>[{lx.CJK}]{{4}})"),  # 崔粲明珠、赵姝玉: a bare four-letter name
    re.compile(  # 学前教育2班额尔敦塔娜: after a numbered class, as 烹饪21401班凡子怡
        rf"(?P<aff>[{lx.CJK}A-Za-z\d()()-]{{0,20}}?\d{{1,6}}[-\d]{{0,4}}班)(?P<name>{_MATE_NAME})"
    ),
    re.compile(rf"(?:来自)?(?P<aff>[{lx.CJK}]{{2,12}}?)的(?P<name>[{lx.CJK}]{{2,4}})"),
)


def _list_mate_person(it: str, mates: int) -> dict | None:
    for pat in _MATE_PERSON_RES:
        m = pat.fullmatch(it)
        if m is None or (not m.group("aff") and mates < 2):
            continue  # 席地而写、…的尹任重: beside one person, four letters are as likely an idiom
        name = m.group("name")
        if (
            lx.BAD_ITEM_RE.search(it)
            or lx.ORG_LAST_CHARS.intersection(name[-1])
            or _ROLE_OR_EPITHET_RE.search(name)
            or lx.TEAM_END_RE.search(name)
        ):
            return None
        return {"name": name, "kind": "person", "affiliation": m.group("aff") or None}
    return None


def _owned_person(it: str) -> dict | None:
    """甲校(分校)的月钦 among persons: the name after the unit's 的, even with a rare surname."""
    if not _OWNED_NAME_RE.fullmatch(it):
        return None
    aff, _, name = it.rpartition("的")
    if lx.BAD_ITEM_RE.search(name) or lx.ORG_LAST_CHARS.intersection(name[-1]):
        return None
    return {"name": name, "kind": "person", "affiliation": aff}


def _unit_then_name(it: str, known: frozenset[str] = frozenset()) -> dict | None:
    """湖北华威金宇 -> 金宇 of 湖北华威: a name after a unit with no unit ending (unit_person_list);
    a unit the list prints before another name wins the split (中国福马丁玉中: 中国福马, known_unit)."""
    it = it.strip()
    if not 4 <= len(it) <= 14 or not re.fullmatch(rf"[{lx.CJK}]+", it):
        return None
    for unit in sorted(known, key=len, reverse=True):
        rest = it[len(unit) :]
        if it.startswith(unit) and 2 <= len(rest) <= 3 and rest[0] in lx.SURNAMES_1:
            return {"name": rest, "kind": "person", "affiliation": unit}
    n = 2 if it[-2] in lx.SURNAMES_1 else 3  # 青岛重工郝晓军: 晓 starts no name, 郝 does
    name = it[-n:]
    if (
        name[0] not in lx.SURNAMES_1
        or lx.BAD_ITEM_RE.search(it)
        or lx.ORG_LAST_CHARS.intersection(name[-1])
    ):
        return None
    return {"name": name, "kind": "person", "affiliation": it[:-n]}


def _protected_at(piece: str, phrase: str, conj: str, i: int) -> bool:
    """Does `phrase` occur in piece with its conjunction at position i?"""
    start = i - phrase.index(conj)
    return start >= 0 and piece[start : start + len(phrase)] == phrase


_LATIN_SPACE_RE = re.compile(r"[A-Za-z] [A-Za-z]")
_COUNTED_PERSONS_TAIL_RE = re.compile(
    rf"等\s*{lx.NUM}\s*(?:名|位|人)(?:参赛)?(?:选手|同学|学生|队员|运动员|教师|老师|棋手|歌手)$"
)
# (雷州市、徐闻县的2支代表队 is each place's team, written so: a team noun names, 企业 does not)
# (山东省、安徽省的5首村歌 / 一中、二中的3个节目: unnamed works of the units are counted, too)
_COUNTED_HEADS_OF_RE = re.compile(
    rf"(?P<owners>[^的]{{2,40}})的\s*{lx.NUM}\s*(?:(?:家|个|所)(?:企业|单位|公司|厂家|商家|机构|合作社)"
    rf"|(?:首|件|幅|篇|部|项)[{lx.CJK}]{{1,6}}|个(?:节目|作品|项目|成果|案例|课例|团队))"
)
# 来自邮政、极兔、申通的参赛选手 / 来自…的9名参赛选手: where unnamed contestants come from (unnamed_from_units)
_UNNAMED_FROM_RE = re.compile(
    rf"(?:最终|最后|其中)?来自(?P<owners>[^的]{{2,40}})的\s*(?:{lx.NUM}\s*(?:名|位|个|支))?"
    r"(?:参赛)?(?:选手|队员|运动员|同学|学生|职工|员工|教师|老师)们?"  # a team stands for its unit (real-108)
)
# an owner that is a place: 黑龙江省的乔府大院 (美的集团's 的 is inside a name)
_PLACE_OWNER_RE = re.compile(rf"(?:[省市县区州镇乡]|{lx.alt(lx.words('regions'))})$")
_NUMBER_UNIT_RE = re.compile(r"\d{1,3}(?P<unit>班|号|队|组|中|小)")
_EACH_FROM_RE = re.compile(
    rf"来自(?P<units>[{lx.CJK}]{{2,20}}(?:、[{lx.CJK}]{{2,20}})+)的(?P<names>[{lx.CJK}、和与及]{{5,20}})"
)


def _units_then_their_persons(seg: str) -> list[str] | None:
    """来自A队、B队的黄成和赵英淦 (units_then_their_persons): each unit's own person, in order,
    read as the items A队的黄成, B队的赵英淦."""
    m = _EACH_FROM_RE.fullmatch(seg.strip()) if "来自" in seg else None
    if m is None:
        return None
    units = m.group("units").split("、")
    names = re.split(r"、|和|与|及", m.group("names"))
    if len(units) != len(names) or not all(lx.PERSON_RE.fullmatch(n) for n in names):
        return None
    if not all(lx.TEAM_END_RE.search(u) or lx.ORG_END_RE.search(u) for u in units):
        return None
    return [f"{u}的{n}" for u, n in zip(units, names, strict=True)]


# 第12和第14分工会 / 第5、第6和第10分工会 (numbers_share_a_tail): the unit printed once after the
# last number closes every number of the list
_NUMBERS_SHARE_TAIL_RE = re.compile(
    r"(?P<nums>(?:第?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:、|和|及|与))+)"
    rf"(?P<last>第?(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}}))(?P<unit>[{lx.CJK}]{{1,6}})"
)


def _numbers_share_a_tail(seg: str) -> list[str] | None:
    m = _NUMBERS_SHARE_TAIL_RE.fullmatch(seg.strip())
    if not m or name_class(m.group("last") + m.group("unit")) is None:
        return None
    nums = [n for n in re.split(r"、|和|及|与", m.group("nums")) if n]
    if len({n.startswith("第") for n in [*nums, m.group("last")]}) != 1:
        return None  # 第5、6和第10: mixed forms are no one list
    return [n + m.group("unit") for n in [*nums, m.group("last")]]


# 处理二部  龚长林 / 环境艺术设计学院 包鑫宇 (unit_spaced_from_person): a unit and its person printed
# apart like table cells
_UNIT_SPACE_PERSON_RE = re.compile(
    rf"(?:(?<=^)|(?<=[、,/\s]))(?P<unit>[{lx.CJK}]{{2,20}}?{lx.AFF_END})\s+"
    rf"(?P<name>{lx._PERSON_NAME})(?=\s*$|\s{{2,}}|[、,/])"  # two spaces close a table cell
)


def _unit_spaced_from_person(m: re.Match) -> str:
    if lx.PERSON_RE.fullmatch(m.group("unit")) or lx.ORG_END_RE.search(m.group("name")):
        return m.group(0)
    return m.group("unit") + m.group("name")


_JOINT_UNIT_RE = re.compile(rf"[{lx.CJK}]{{2,16}}联合(?:分工会|工会|分会|党支部|支部)")


def _joint_units_before_person(left: str, rest: str) -> bool:
    """骨与软组织肿瘤科/泌尿外科王玮 (joint_units_before_person): a unit, a slash, then a unit and its
    person — the person works in both units (尹土鹏/曹兆承 stays a pair)."""
    left = left.strip()
    end = lx.ORG_END_RE.search(left) if 2 <= len(left) <= 20 else None
    if not end or end.end() != len(left) or not re.fullmatch(rf"[{lx.CJK}]+", left):
        return False
    right = re.split(r"[、, /]", rest, maxsplit=1)[0].strip()
    r = recipient(right, True) if right else None
    return bool(r and r["kind"] == "person" and r["affiliation"])


# 李海亭&宗传新 (ampersand_pair): a doubles pair joined by & between Chinese names is two recipients
_CJK_BOTH_SIDES_RE = re.compile(rf"[{lx.CJK}][&＆][{lx.CJK}]")


def split_items(seg: str) -> list[str]:
    each = _units_then_their_persons(seg) or _numbers_share_a_tail(seg)
    if each:
        return each
    if " " in seg or "\u3000" in seg:
        seg = _UNIT_SPACE_PERSON_RE.sub(_unit_spaced_from_person, seg)
    masked = lx.mask(seg)
    parts, last = [], 0
    for i, ch in enumerate(masked):
        if ch in "、, /&＆":  # 尹土鹏/曹兆承: a doubles pair is two recipients
            if ch in "&＆" and not _CJK_BOTH_SIDES_RE.match(masked, i - 1):
                continue  # P&G / AT&T: an ampersand inside a Latin name joins no pair
            if ch == " " and i and masked[i - 1].isdigit() and masked[i + 1 : i + 2] in "名位人":
                continue  # 童颖16 名老师: a count spaced from its measure word closes the list
            if ch == " " and masked[i + 1 : i + 2] == "《":
                continue  # 樊清的作品 《梦吟故乡》: a space before the title is inside the item
            if ch == " " and _LATIN_SPACE_RE.match(masked, i - 1):
                continue  # Sisilia Ginoka: a Latin name's words belong together
            if ch == "/" and _joint_units_before_person(seg[last:i], seg[i + 1 :]):
                continue  # 骨与软组织肿瘤科/泌尿外科王玮: one person of two units, not a pair
            parts.append(seg[last:i])
            last = i + 1
        elif (ch == "《" and i > last and masked[i - 1] == "》") or (
            ch == "“" and i > last and seg[i - 1] == "”"
        ):  # 《A》《B》 / “A”“B”: titles printed back to back are separate items
            parts.append(seg[last:i])
            last = i
    parts.append(seg[last:])
    unit = _NUMBER_UNIT_RE.fullmatch(parts[-1].strip()) if len(parts) >= 2 else None
    if unit and all(p.strip().isdigit() for p in parts[:-1]):
        # 20、19、5、12班 (numbers_share_a_unit): the unit printed once closes every number
        parts = [p.strip() + unit.group("unit") for p in parts[:-1]] + [parts[-1]]
    # 区检察院、招商港城联队: a joint team's name holds its 、
    k = 0
    while k < len(parts) - 1:
        nxt = parts[k + 1].strip()
        if (re.search(r"联队(?:的|$)", nxt) and not lx.TEAM_END_RE.search(parts[k].strip())) or (
            # 党群、体育人文社会科学学院联合分工会 (joint_unit_name): the units a joint body is of
            _JOINT_UNIT_RE.fullmatch(nxt)
            and "联合" not in parts[k]
            and not lx.TEAM_END_RE.search(parts[k].strip())
        ):
            parts[k : k + 2] = [parts[k] + "、" + parts[k + 1]]
        else:
            k += 1
    out: list[str] = []
    for p in parts:
        p = p.strip()
        if p:
            pieces = split_conj(p)  # then 金孜彤马青青: names printed with no separator at all
            out.extend(pieces if len(pieces) > 1 else _run_together(p) or pieces)
    return out


def _clean_aff(a: str | None) -> str | None:
    if not a:
        return None
    a = re.sub(r"^(?:来自)|的$", "", a.strip()).strip()
    if re.fullmatch(rf"(?:年仅|年方|现年|今年)?{lx.NUM}岁(?:半)?", a):
        return None  # 年仅13岁的陈家豪: an age, not an affiliation
    if lx.YEAR_AFF_RE.fullmatch(a):
        return None  # 卢煜明(2016年): a year in brackets dates the win, it is never an affiliation
    if re.fullmatch(r"(?:由|经)?.{2,12}(?:老师|教师|教练)?(?:指导|辅导|培养|带领)", a):
        return None  # 由谭辉指导的李明: the coach is no affiliation
    a = re.sub(r"(?:老师|同学|选手|教师)$", "", a) if len(a) > 3 else a  # 李明老师的参赛课: 李明
    a = re.sub(r"参赛$", "", a)  # 参赛民警罗祥华 / 某局参赛民警: taking part is no unit
    # (我院)教师徐明卿的《W》: the author is the person, the role before the name no part of it
    role_name = re.fullmatch(rf"(?:教师|老师|学生|同学|选手|职工|员工)([{lx.CJK}]{{2,3}})", a)
    if role_name and lx.PERSON_RE.fullmatch(role_name.group(1)):
        a = role_name.group(1)
    return a or None


_OWNER_WORK_RE = re.compile(
    rf"(?P<owner>[^的《》]{{2,30}}?)(?:创作|选送|报送|拍摄|设计|制作)?(?:的|{lx.NUM}人(?=作品)|(?=作品))"
    rf"[{lx.CJK}]{{0,4}}(?:作品|节目|项目|论文|方案|影片|视频|短片)"
)


_FAMILY_OF_RE = re.compile(r"(?:来自)?(?P<aff>.{2,30}?)的(?P<fam>.+)")


_PLACE_PERSON_RE = re.compile(rf"(?P<aff>[{lx.CJK}]{{2}})(?P<name>{lx.PERSON_RE.pattern})")
_LATIN_UNIT_PERSON_RE = re.compile(rf"(?P<aff>[A-Za-z]{{2,8}})的?(?P<name>{lx.PERSON_RE.pattern})")
# (the competitor's word is any epithet or competitor role: 冰岛棋手斯蒂芬松, 埃塞俄比亚女将柯尔布什;
# the name after it has no letter of a clause or a prize: 骑手奖励一头牦牛 names no one; after a
# self-reference, 我市小棋手发挥出色, a name of no surname is a predicate)
_COMPETITOR_WORDS = lx.alt(
    sorted({*lx.words("epithets"), "选手", "运动员", "棋手", "车手", "骑手"}, key=len, reverse=True)
)
_FOREIGN_PERSON_RE = re.compile(
    rf"(?:\d+岁的?)?(?P<aff>(?![我本该])[{lx.CJK}]{{2,10}}?)的?(?:{_COMPETITOR_WORDS})"
    rf"(?P<name>(?![{lx.CJK}]*[{''.join(lx.sections('bare_holders')['clause_letters'])}奖最和])"
    rf"[{lx.CJK}·]{{2,8}})"
)
# a class or grade written before a name: 汉语言文学2101魏欣, 计科21-3班李明, 五年级张三
_CLASS_PERSON_RE = re.compile(
    rf"(?P<aff>[{lx.CJK}A-Za-z]{{0,12}}\d{{2,6}}(?:[-—]\d{{1,2}})?(?:班|级)?)(?P<name>{lx.PERSON_RE.pattern})"
)
_OF_REGION_PERSON_RE = re.compile(
    rf"(?P<aff>(?:{lx.alt(lx.words('regions'))})[{lx.CJK}]{{0,4}}?)的(?P<name>{lx.PERSON_RE.pattern})"
)
# 来自延锋的周希 (from_unit_person): 来自 marks what comes before 的 as the person's unit, whatever
# its ending
_FROM_UNIT_PERSON_RE = re.compile(
    rf"来自(?P<aff>[{lx.CJK}A-Za-z]{{2,12}}?)的(?P<name>{lx.PERSON_RE.pattern})"
)
# 来自道孚县的多吉 / 锡尼河东苏木的达日玛 (place_of_person_any_name): after a place and its 的, a
# short run is a person even with no Han surname (Tibetan, Mongol, transliterated names)
_PLACE_OF_LOOSE_PERSON_RE = re.compile(
    rf"(?:来自)?(?P<aff>[{lx.CJK}]{{1,12}}?(?:省|市|县|区|州|盟|旗|镇|乡|村|苏木|嘎查)"
    rf"|{lx.alt(lx.words('regions'))})的(?P<name>[{lx.CJK}]{{2,4}})"
)
# 来自国际文化交流学院的洛克: 来自 marks the unit whatever its ending (as from_unit_person does)
_FROM_UNIT_LOOSE_PERSON_RE = re.compile(
    rf"来自(?P<aff>[{lx.CJK}]{{2,12}}?)的(?P<name>[{lx.CJK}]{{2,4}})"
)
# a role or epithet word anywhere in the run (骑手胜利, 小将) leaves the run to the role readers
_ROLE_OR_EPITHET_RE = re.compile(rf"{lx.EPITHET}|{lx.alt(lx.words('roles'))}")
_CLASS_THEN_PERSON_RE = re.compile(
    rf"(?P<aff>[{lx.CJK}A-Za-z\d()]{{2,24}}?\d(?:班|级)"
    # 一年一班晏景行 (class_then_person): a grade and class in words, a name ending like a unit (行)
    rf"|[一二三四五六七八九]年级?[一二三四五六七八九十]{{1,2}}班|[一二三四五六七八九]\d{{1,2}}班)"  # 七9班从宇辰
    rf"(?P<name>{lx.PERSON_RE.pattern})"
)
# 湖北朱鸿俊 / 上海浦东葛慧莹: a province (and a district of it) printed before the name
_REGION_PERSON_RE = re.compile(
    rf"(?P<aff>(?:{lx.alt(lx.words('regions'))})(?:[{lx.CJK}]{{2}})?)(?P<name>{lx.PERSON_RE.pattern})"
)
# 四川才溢 beside 河南李少庚: in a list of province-name items, a rare surname is still a name
_REGION_LOOSE_PERSON_RE = re.compile(
    rf"(?P<aff>{lx.alt(lx.words('regions'))})(?P<name>[{lx.CJK}]{{2,3}})"
)


def _region_name_ok(name: str) -> bool:
    """After a province, a unit's last character (江苏常州) or 大 (江西师大: a university) is no name."""
    return name[-1] != "大" and not lx.ORG_LAST_CHARS.intersection(name[-1])


_QUALITY_NOUNS = frozenset(lx.words("quality_nouns"))
# (team_name_holds_de) a one-letter word or a two-letter quality word before 的 is the name's own
# (为首的西城队: the 首 left of 以A为首 is a leader's phrase, its team still splits off)
_NAME_OWN_DE_RE = re.compile(rf"(?![首头])[{lx.CJK}]|{lx.alt(lx.words('name_adjectives'))}")
_SUB_UNIT_RE = re.compile(
    rf"[{lx.CJK}]{{0,8}}(?:部|校区|分校|少年宫|市场|分院|分会|院区|分公司|车间|营业部|分部)"
)
_SURNAME = rf"(?:{lx.alt(lx.SURNAMES_2)}|[{''.join(sorted(lx.SURNAMES_1))}])"
# 主场作战的公茂鑫 (described_person): a description, 的, then a three-letter name
_DESCRIBED_PERSON_RE = re.compile(
    rf"(?P<desc>[{lx.CJK}]{{2,10}})的(?P<name>{_SURNAME}[{lx.CJK}]{{2}})"
)


# a description that is a count, a result, a team or a contest (前三名的, 获奖的, 本届比赛的): not
# one person's (a group, 十一人制组的A, is: the group is only where A played)
_NOT_ONE_PERSONS_RE = re.compile(r"名|奖|队|们|等|届|年|赛$")


# 成人组林慧涓 / 化学陈孝媛 / 历史学科郑娅 (subject_before_teacher): a group or a school subject
_CAT_PERSON_RE = re.compile(
    rf"(?:{lx.CAT}|(?:{lx.alt(lx.words('school_subjects'))})(?:学科|科)?)(?P<name>{lx.PERSON_RE.pattern})"
)
_EPITHET_PERSON_RE = re.compile(rf"“[^“”]{{1,10}}”(?P<name>{lx.PERSON_RE.pattern})")
# never a recipient when read without a surname or an organisation ending (loose lists only)
_NOT_RECIPIENT_RE = re.compile(rf"(?:{lx.alt(lx.words('not_recipient_endings'))})$")
_PERFORMER_WORK_RE = re.compile(
    r"(?P<who>[^《》]{2,30}?)(?:分别|共同|一起|集体)?(?:带来|表演|演出|演唱|演奏|献上|呈现|朗诵|诵读|合诵|齐诵|演绎|合唱|独唱)的"
    r"[^《》]{0,6}?《[^《》]+》"
)
# 合唱《我们都是神枪手》的2016级转本班 (piece_then_performer): the piece is named first, the
# performers after 的 won
_WORK_PERFORMER_RE = re.compile(
    r"(?:带来|表演|演出|演唱|演奏|朗诵|演绎|合唱|独唱|舞蹈|小品|歌曲|诗朗诵)《[^《》]+》的(?P<who>[^《》]{2,30})"
)
# 《铝合金窗槽洗器》(学生 林启翰) / 《W》(作者:A、B): a titled work with its authors in brackets after
# it, a role word first (work_then_authors_bracketed)
_WORK_AUTHORS_AFTER_RE = re.compile(
    r"(?P<work>《[^《》]+》)\s*[((]\s*(?:(?:学生|作者|选手|教师|老师)\s*[::]?\s*)?"
    r"(?P<aff>[^()()《》]{2,40}?)\s*[))]"
)
_QUOTED_TITLE_RE = re.compile(rf"[{lx.CJK}A-Za-z\d·—\-‘’]{{2,40}}")
# a name has two letters of its own (two characters, or a Latin word), not a number and a unit
_NAME_LETTERS_RE = re.compile(rf"[{lx.CJK}].*[{lx.CJK}]|[A-Za-z]{{2}}")
# 理工二组 / 文科三组: a numbered side of a discipline or unit, competing (numbered_side); an age,
# school stage or sex before the number makes it a category (青年一组, 小学二组)
_NUMBERED_SIDE_RE = re.compile(
    r"(?!小学|中学|初中|高中|少年|青年|成年|老年|中年|男子|女子|教工|教师|学生|本科|专科|幼儿|公开|职工|社会|甲|乙|丙)"
    rf"[{lx.CJK}]{{2}}[二三四五六七八九]组"
)
_GROUP_ONLY_RE = re.compile(rf"[{lx.CJK}]{{1,4}}组")
# 杨叶村十组 / 马桥村3组 (village_group): a village's numbered group (村民小组) is a side, not a category
_VILLAGE_GROUP_RE = re.compile(rf"[{lx.CJK}]{{1,8}}[村社][一二三四五六七八九十\d]{{1,3}}组")
_ACTING_FOR_RE = re.compile(r".代表(?![队团处])")
_QUOTED_WORK_RE = re.compile(r"(?P<aff>[^“”]{2,30})(?P<work>“[^“”]{2,20}”)")
_QUOTED_CLASSED_WORK_RE = re.compile(r"(?P<aff>[^“”]{2,30})(?P<work>“[^“”]{2,60}”)")
_WORK_CLASS_END_RE = re.compile(r"”(?:项目|作品)$")
# 西双版纳金棕…有限公司生产的“云蜜坚香”牌“澳洲坚果蜂蜜” / 宜都市蜜蜂坊养蜂专业合作社“蜜蜂坊”蜂蜜 /
# 合作社选送的金冠苹果: a unit's product, by brand or untitled, is credited to the unit (producer_product)
_PRODUCER_PRODUCT_RE = re.compile(
    rf"(?P<unit>[^“”《》的]{{4,40}}?)"
    rf"(?:(?P<made>(?:生产|出品|选送|送评|种植|培育|酿造|研制|养殖)的)?"
    rf"(?P<brand>“[^“”]{{1,12}}”牌?)(?:“[^“”]{{1,14}}”|[{lx.CJK}]{{1,8}})"
    rf"|(?:生产|出品|选送|送评|种植|培育|酿造|研制|养殖)的(?P<thing>[{lx.CJK}\d.]{{1,12}}))"
)
_NOT_PRODUCT_RE = re.compile(
    r"(?:同学|学生|选手|队员|员工|职工|老师|教师|代表|作品|节目|项目|论文|队|团|组|班)$"
)


_SCHOOL_CLASS_RE = re.compile(r"(?:[初高]?[一二三四五六七八九]|\d)(?:年级)?\(\d{1,2}\)班?")
# 信息161 / 电气083: a major's short name and its year-class number, a class team without 班
_MAJOR_CLASS_RE = re.compile(rf"[{lx.CJK}]{{2,4}}\d{{3,4}}")


# 四川省桥牌协会(普得集团): an association's side named with its sponsor (sponsored_side)
_SPONSORED_SIDE_RE = re.compile(
    r"[^、()()]{2,20}?(?:协会|俱乐部|(?<=[\u4e00-\u9fff]{3})协)[((][^()()]{2,16}?(?<![省市县区镇乡村])[))]"
)


# 商学院(教工): a unit's staff (or students) side in a school meeting, one name
_UNIT_SIDE_RE = re.compile(rf"[{lx.CJK}]{{2,16}}?{lx.AFF_END}[((](?:教工|学生|教师|职工)[))]")


def recipient(item: str, strict: bool) -> dict | None:
    if ("协" in item or "俱乐部" in item) and _SPONSORED_SIDE_RE.fullmatch(item.strip()):
        return {"name": item.strip(), "kind": "team", "affiliation": None}
    if _UNIT_SIDE_RE.fullmatch(item.strip()):
        return {"name": item.strip(), "kind": "organization", "affiliation": None}
    r = _recipient(item, strict)
    cn = _CLASS_THEN_NAME_RE.fullmatch(item.strip()) if r is None else None
    if (
        cn
        and not lx.ORG_LAST_CHARS.intersection(cn.group("name"))
        and not lx.BAD_ITEM_RE.search(cn.group("name"))
    ):  # 烹饪21401班凡子怡 (class_then_name): after a numbered class the short run is its student,
        # whatever the surname
        r = {"name": cn.group("name"), "kind": "person", "affiliation": cn.group("aff")}
    lt = (
        _UNIT_LEADER_TEAM_RE.fullmatch(r["name"])
        if r is not None and not r["affiliation"]
        else None
    )
    if lt:  # 医学院夏俊杰团队: the team named by its leader, the unit before it (unit_leader_team)
        r = {**r, "name": lt.group("name"), "affiliation": lt.group("aff")}
    if r is not None and r["kind"] == "person" and r["name"].startswith("的"):
        return None  # 三位选手的指导老师: a description of someone, no name
    # 文化教育部二队队: the team word typed twice (doubled_dui)
    if r is not None and r["name"].endswith("队队") and len(r["name"]) >= 4:
        r = {**r, "name": r["name"][:-1]}
    if r is not None and r["kind"] == "person" and _SURNAME_ARMY_RE.fullmatch(r["name"]):
        return None  # 最终李家军以1分险胜洪家军夺冠: a team nicknamed by its players' surname
    # 双蒸队强势赢得: a unit, then an adverb read as a name; the adverb names no one
    return None if r is not None and r["name"] in lx.NOT_RECIPIENTS else r


_SURNAME_ARMY_RE = re.compile(rf"{lx._SUR}家军")
_CLASS_THEN_NAME_RE = re.compile(
    rf"(?P<aff>[{lx.CJK}A-Za-z\d()()-]{{0,20}}?\d{{1,6}}[-\d]{{0,4}}班)(?P<name>[{lx.CJK}]{{2,3}})"
)
_PRONOUN_OWNER_RE = re.compile(r"(?:他|她)(?:们)?的(?=[^的]{3,12}$)")
# 他们所代表的洛阳市代表队 / 她所在的学校代表队 (pronoun_represented_unit): the unit they stand for won
_PRONOUN_UNIT_RE = re.compile(r"(?:他|她)(?:们)?所(?:代表|在|属)的(?=[^的]{3,20}$)")
_ANAPHORIC_UNIT_RE = re.compile(r"[该本](?=[县市区镇乡校院省州][\u4e00-\u9fff]{3})")
_MEANING_LEAD_RE = re.compile(r"(?:寓意|象征|意为|意味着|寄寓|寓意着|取名|名为)")
_EPITHET_ITEM_RE = re.compile(
    r"[^、,《“等名位\d]{2,12}?(?:选手|运动员|名将|老将|小将|新星|种子)、(?=[^、]+$)"
)
_DESCRIBED_WINNER_RE = re.compile(
    r"(?:最|较)[^的,;]{1,4}的(?:一队|一方|队伍|队|选手|一人|人|一组|组)$|(?:多|高|少|快|优)者$"
)
_UNIT_LEADER_TEAM_RE = re.compile(
    rf"(?P<aff>[{lx.CJK}]{{2,12}}?{lx.AFF_END})(?P<name>(?:{lx.PERSON_RE.pattern})(?:团队|小组|工作室))"
)


def _recipient(item: str, strict: bool) -> dict | None:
    it = lx.ITEM_TRAIL_RE.sub("", lx.ITEM_LEAD_RE.sub("", item.strip())).strip()
    unit = _PRONOUN_UNIT_RE.match(it)
    if unit:
        r = _recipient(it[unit.end() :], strict)
        return r if r is not None and r["kind"] != "person" else None
    pron = _PRONOUN_OWNER_RE.match(it)
    if pron:  # 他的山东队队友徐放 (pronoun_owner): whose teammate says nothing of the name
        r = _recipient(it[pron.end() :], strict)
        return r if r is not None and r["kind"] == "person" else None
    an = _ANAPHORIC_UNIT_RE.match(it)
    if (
        an
    ):  # 该县直属机关幼儿园赵苑媛 (anaphoric_unit_of_person): read like 我县…, a person's unit only
        r = _recipient("我" + it[1:], strict)
        if r is not None and r["kind"] == "person" and (r["affiliation"] or "").startswith("我"):
            return {**r, "affiliation": it[0] + r["affiliation"][1:]}
        return None
    work = lx.WORK_RE.fullmatch(it)
    # 三家医院《…》: a count word in the sender's name does not make a titled work a count
    checked = it[: work.start("work")] if work and work.group("aff") else it
    # a credited work may be long (school, author, 的作品, a long title): 80 characters for it
    if not 2 <= len(it) <= (80 if work else 40) or (
        lx.BAD_ITEM_RE.search(lx.mask(checked)) and not work
    ):
        return None
    if (
        work
        and lx.BAD_ITEM_RE.search(lx.mask(checked))
        and re.search(rf"^{lx.NUM}(?:件|部|篇|幅|首|个)", checked)
    ):
        return None
    if _DESCRIBED_WINNER_RE.search(it):
        return None  # 分数最多的一队为冠军 (rule_describes_the_winner): a rule, nobody named
    if _NUMBERED_GROUP_RE.fullmatch(it):
        return {"name": it, "kind": "team", "affiliation": None}  # 第8组荣膺三甲: a numbered team
    if _SCHOOL_CLASS_RE.fullmatch(it) or (
        _MAJOR_CLASS_RE.fullmatch(it)
        and not lx.BAD_ITEM_RE.search(it)
        and not lx.TIER_ANY_RE.search(it)  # 铜牌103 (枚): a tally, no class
    ):
        return {"name": it, "kind": "team", "affiliation": None}  # 三(5) / 信息161: a class
    if it.isdigit() or (lx.PRECHECK_RE.search(it) and lx.TIER_ANY_RE.search(lx.mask(it))):
        return None  # 银牌 / 43 in a tally read as a list
    if it in lx.NOT_RECIPIENTS or re.fullmatch(r"\([^()]*\)", it):
        return None  # 个个摘金 / (上海宝山): a word or a bracketed place names no one
    if it in lx.GENERIC_UNITS:
        return None  # 公司代表电建集团获得: 公司 alone names no one
    if _NUMBERED_SIDE_RE.fullmatch(it) and not lx.CAT_FULL_RE.fullmatch(it):
        return {"name": it, "kind": "team", "affiliation": None}  # 理工二组摘得桂冠: a side
    if _VILLAGE_GROUP_RE.fullmatch(it):
        return {"name": it, "kind": "team", "affiliation": None}  # 杨叶村十组获得一等奖: a side
    if lx.CAT_FULL_RE.fullmatch(it) or _GROUP_ONLY_RE.fullmatch(it):
        return None  # 分获初中组和团体组双项特等奖: a group is the category, never the winner
    if _ACTING_FOR_RE.search(lx.mask(it)):
        return (
            None  # 公司代表电建集团: 代表 as a verb (not 代表队/代表团) makes a clause, not a name
        )
    if it.startswith("“") and it.endswith("”") and "“" not in it[1:-1]:
        r = recipient(it[1:-1], strict)  # “秀才队”: a quoted name is classified by its inside
        if r is not None and r["kind"] != "work":
            return {**r, "name": it}
        if _QUOTED_TITLE_RE.fullmatch(it[1:-1]):  # “众包物流”等8个项目: a quoted title is a work
            return {"name": it, "kind": "work", "affiliation": None}
    m = _PERFORMER_WORK_RE.fullmatch(it)
    if m:  # 红舞鞋艺术团带来的《康巴情》: the performers won, the piece is what they performed
        r = recipient(m.group("who"), strict)
        if r is not None and r["kind"] != "work":
            return r
    m = _WORK_PERFORMER_RE.fullmatch(it)
    if m:
        r = recipient(m.group("who"), strict)
        if r is not None and r["kind"] != "work":
            return r
    m = _WORK_AUTHORS_AFTER_RE.fullmatch(it)
    if m and all(
        lx.PERSON_RE.fullmatch(x) or lx.ORG_END_RE.search(x)
        for x in re.split(r"[、,,\s]+", m.group("aff").strip())
    ):  # 《交叉使用视力表》( 学生 张宇菲 吴妍欣): the work, its authors in brackets after it
        return {"name": m.group("work"), "kind": "work", "affiliation": m.group("aff").strip()}
    m = lx.WORK_RE.fullmatch(it)
    if m:
        aff = _clean_aff(m.group("aff"))
        if aff and name_class(aff) is None and not lx.ORG_END_RE.search(aff):
            aff = None if strict else aff
        return {"name": m.group("work"), "kind": "work", "affiliation": aff}
    aff = None
    m = lx.PAREN_AFF_RE.fullmatch(it)
    if m and _SUB_UNIT_RE.fullmatch(m.group("aff")) and lx.ORG_END_RE.search(m.group("name")):
        # 泰达中学(高中部) / 实验小学(乡村学校少年宫) (sub_unit_in_brackets): a part of the unit
        # in brackets is part of its name; a place in brackets (代表队(山东)) stays the affiliation
        return {"name": it, "kind": "organization", "affiliation": None}
    if m:
        it, aff = m.group("name").strip(), _clean_aff(m.group("aff"))
    if lx.TEAM_END_RE.search(it):
        owner, _, team = it.rpartition("的")
        team = lx.ITEM_LEAD_RE.sub(
            "", team
        )  # …领军的东道主日本队: the epithet is no part of the name
        if (
            owner
            and len(team) >= 3
            and lx.TEAM_END_RE.search(team)
            and not _NAME_OWN_DE_RE.fullmatch(
                owner
            )  # 鱼的朋友组合 / 动感的旋律舞队: 的 in the name
        ):
            return {"name": team, "kind": "team", "affiliation": aff or _clean_aff(owner)}
        return {"name": it, "kind": "team", "affiliation": aff}  # 东南赛区的广东沙溪队: 东南赛区's
    cp = _CLASS_THEN_PERSON_RE.fullmatch(it) if lx.ORG_END_RE.search(it) else None
    if cp:  # 外国语学院19级英语4班杨科: a class, then a person whose name ends like a unit (科)
        return {"name": cp.group("name"), "kind": "person", "affiliation": aff or cp.group("aff")}
    if lx.ORG_END_RE.search(it):
        owner, _, org = it.rpartition("的")
        if (
            owner
            and _PLACE_OWNER_RE.search(owner)
            and len(org) >= 3
            and lx.ORG_END_RE.search(org)
            and not aff
        ):
            # 黑龙江省的乔府大院 (unit_of_owner): as for a team, the unit after 的 is the name
            return {"name": org, "kind": "organization", "affiliation": _clean_aff(owner)}
        return {"name": it, "kind": "organization", "affiliation": aff}
    if lx.FAMILY_RE.fullmatch(it):
        return {"name": it, "kind": "organization", "affiliation": aff}
    m = _FAMILY_OF_RE.fullmatch(it)
    if m and lx.FAMILY_RE.fullmatch(m.group("fam")):  # 霞山区的林家: a household, not a person
        return {
            "name": m.group("fam"),
            "kind": "organization",
            "affiliation": _clean_aff(m.group("aff")),
        }
    for rx in (lx.AFF_PERSON_RE, lx.AFF_ROLE_PERSON_RE):
        m = rx.fullmatch(it)
        if m and not lx.ORG_END_RE.search(m.group("name")):
            return {
                "name": m.group("name"),
                "kind": "person",
                "affiliation": aff or _clean_aff(m.group("aff")),
            }
    if lx.PERSON_RE.fullmatch(it):
        return {"name": it, "kind": "person", "affiliation": aff}
    m = _OF_REGION_PERSON_RE.fullmatch(it)
    if m:  # (来自)江苏的康骏: a province, then the person from it
        return {"name": m.group("name"), "kind": "person", "affiliation": aff or m.group("aff")}
    m = _FROM_UNIT_PERSON_RE.fullmatch(item.strip())
    if m and not lx.ORG_END_RE.search(m.group("name")):
        return {"name": m.group("name"), "kind": "person", "affiliation": aff or m.group("aff")}
    m = _PLACE_OF_LOOSE_PERSON_RE.fullmatch(it) or _FROM_UNIT_LOOSE_PERSON_RE.fullmatch(
        item.strip()
    )
    if (
        m
        and not lx.ORG_LAST_CHARS.intersection(m.group("name")[-1])
        and m.group("name") not in lx.NOT_RECIPIENTS
        and not _ROLE_OR_EPITHET_RE.search(m.group("name"))
        and not lx.BAD_ITEM_RE.search(m.group("name"))
    ):
        return {"name": m.group("name"), "kind": "person", "affiliation": aff or m.group("aff")}
    m = lx.FROM_LATIN_PERSON_RE.fullmatch(it)
    if m and (m.group("aff") or m.end("name") - m.start("name") < len(it)):
        # 来自坦桑尼亚的Sisilia Ginoka / 肯尼亚选手Philip Kimaiyo: a foreign runner's own name
        return {"name": m.group("name"), "kind": "person", "affiliation": aff or m.group("aff")}
    m = _OWNER_WORK_RE.fullmatch(it)
    if m:  # 张华的书法作品获得特等奖: an untitled work is credited to its author
        r = recipient(m.group("owner"), strict)
        if r is not None and r["kind"] != "work":
            return r
    owner, _, thing = it.rpartition("的")
    if (
        owner
        and 1 <= len(thing) <= 8
        and not lx.PERSON_RE.fullmatch(thing)
        and thing not in _QUALITY_NOUNS  # 高超的水平: 高超 describes, it owns nothing
    ):
        r = recipient(owner, strict)  # 丰华二社张瑞的平安169: the grower, not the variety
        if r is not None and r["kind"] == "person":
            return r
    m = _DESCRIBED_PERSON_RE.fullmatch(it)
    if m and not _NOT_ONE_PERSONS_RE.search(m.group("desc")) and _region_name_ok(m.group("name")):
        # 主场作战的公茂鑫 (described_person): a description before 的, then the person it describes
        return {"name": m.group("name"), "kind": "person", "affiliation": aff}
    m = _REGION_PERSON_RE.fullmatch(it)
    if m and _region_name_ok(m.group("name")):
        # 湖北朱鸿俊 / 上海张俊: a province printed before the name is the affiliation
        return {"name": m.group("name"), "kind": "person", "affiliation": aff or m.group("aff")}
    m = _CLASS_PERSON_RE.fullmatch(it)
    if m and not lx.ORG_END_RE.search(
        m.group("name")
    ):  # 汉语言文学2101魏欣: the class, then the name
        return {"name": m.group("name"), "kind": "person", "affiliation": aff or m.group("aff")}
    m = _EPITHET_PERSON_RE.fullmatch(it)
    if m:  # “彭大将军”彭敏: a quoted nickname before the name is no part of it
        return {"name": m.group("name"), "kind": "person", "affiliation": aff}
    m = _LATIN_UNIT_PERSON_RE.fullmatch(it) or _FOREIGN_PERSON_RE.fullmatch(it)
    if m and not lx.PERSON_RE.fullmatch(it):  # ICU肖敏 / 肯尼亚选手卡姆沃洛
        return {"name": m.group("name"), "kind": "person", "affiliation": m.group("aff")}
    m = _PRODUCER_PRODUCT_RE.fullmatch(it)
    if (
        m
        and lx.ORG_END_RE.search(m.group("unit"))
        and (
            m.group("thing") or m.group("made") or m.group("brand").endswith("牌") or it[-1] != "”"
        )
        and not _NOT_PRODUCT_RE.search(it)
        and not lx.PERSON_RE.fullmatch(m.group("thing") or "")
    ):
        r = recipient(m.group("unit"), strict)
        if r is not None and r["kind"] == "organization":
            return r
    m = _QUOTED_WORK_RE.fullmatch(it)  # 张奎“特色土公鸡”: a dish or piece named in quotes
    if m is None and _WORK_CLASS_END_RE.search(item.strip()):
        # 学院的“基于昇思MindSpore的智能交通创新解决方案”项目 (classed_quoted_work): a title its
        # class noun (项目/作品) calls a work may be long
        m = _QUOTED_CLASSED_WORK_RE.fullmatch(it)
    inside = m.group("work").strip("“”") if m else ""
    if m and not (lx.TEAM_END_RE.search(inside) or lx.ORG_END_RE.search(inside)):
        # 生物工程学院的“爱参宝”: the owner without its 的
        aff = m.group("aff").removesuffix("的") if m.group("aff") else None
        return {"name": m.group("work"), "kind": "work", "affiliation": aff or None}
    if m and lx.TEAM_END_RE.search(inside):
        # 初一年级“青春合唱团”: a quoted team with its unit in front
        return {"name": m.group("work"), "kind": "team", "affiliation": _clean_aff(m.group("aff"))}
    m = _CAT_PERSON_RE.fullmatch(it)
    if m:  # 成人组林慧涓: the group printed before the name is no part of it
        return {"name": m.group("name"), "kind": "person", "affiliation": aff}
    if strict or "的" in it or _NOT_RECIPIENT_RE.search(it) or not _NAME_LETTERS_RE.search(it):
        return None  # 铜都劳动奖章 / 21岁: an honour or an age names no winner
    if len(it) == 4 and it[:2] not in lx.SURNAMES_2:
        return None  # 牛气冲天: four characters are a title or an idiom, a name only with 欧阳…
    if len(it) <= 4:
        return {"name": it, "kind": "person", "affiliation": aff}
    if len(it) <= 15:
        return {"name": it, "kind": "organization", "affiliation": aff}
    return None


PLACE = rf"[{lx.CJK}]{{1,8}}?(?:镇|区|县|市|乡|街道|村|社区)"


# A、B、C、D等四队 / 等4名选手: the printed count of the list it closes
_COUNTED_TAIL_RE = re.compile(
    rf"(?:等(?P<n>{lx.NUM})(?:支|个|家|所|名|位)?|共?(?P<bare>{lx.NUM})(?:支|个|家|所))"  # 共3支队伍
    r"(?P<what>代表队|队伍|队|单位|学校|选手|人"  # …四支队伍 without 等: a measure word needed
    r"|村委会|社区|村|街道|企业|公司|医院|学院|俱乐部|协会)$"  # 均竹圆、芒棒、芒茂3个村委会 (counted_units)
)
_LOOSE_NAME_RE = re.compile(rf"[{lx.CJK}A-Za-z\d()]{{2,14}}")


def _counted_list(items: list[str], strict: bool) -> list[dict] | None:
    """东华乒友、斯莱国际等四队: the count agrees with the items, so each is a name (counted_list)."""
    cm = _COUNTED_TAIL_RE.search(items[-1]) if len(items) >= 2 else None
    if cm is None or cn_int(cm.group("n") or cm.group("bare")) != len(items):
        return None
    if cm.group("bare") and cm.group("what") in ("选手", "人"):
        return None  # 张三、李四两名选手: persons have their own checks
    what = cm.group("what")
    kind = "person" if what in ("选手", "人") else "team" if "队" in what else "organization"
    out = []
    first = re.sub(r"^(?:由)?来自", "", items[0].strip())  # 由来自阜南、颍泉等三支代表队: the list
    for it in [first, *items[1:-1], items[-1][: cm.start()]]:
        it = it.strip()
        r = recipient(it, strict)
        if r is not None and kind != "person" and r["kind"] == "person" and r["affiliation"]:
            r = None  # 重庆巫山 among counted teams: a region and a place, not a person
        if r is None and _LOOSE_NAME_RE.fullmatch(it) and not lx.BAD_ITEM_RE.search(it):
            r = {"name": it, "kind": kind, "affiliation": None}
        if r is None or (kind == "person") != (r["kind"] == "person"):
            return None  # an item that is no name of the counted kind: not a counted list
        if what == "代表队" and not lx.TEAM_END_RE.search(r["name"]):
            r = {**r, "name": r["name"] + what, "kind": "team"}  # A、B两支代表队: each A代表队
        out.append(r)
    return out


_COUNT_TEAM_RE = re.compile(rf"的?(?P<n>{lx.NUM})(?:支|个)$")
_NUMBERED_TEAM_RE = re.compile(r"[一二三四五六七八九十\d]{1,2}队$")
_ETC_SPACE_RE = re.compile(rf"等\s+(?={lx.NUM})")
_ETC_TEAM_RE = re.compile(rf"等(?:{lx.NUM}(?:支|个))?(?=(?:代表队|代表团)$)")
# (北海、…、湛江体育代表团: a sport or staff word before 代表团 is part of everyone's team word)
_TEAM_WORD_RE = re.compile(
    r"(?:(?:体育|职工|教工|学生|青少年)?(?:代表团代表队|代表队|代表团)|参赛队|合唱团|合唱队|舞蹈队|艺术团|龙舟队|篮球队|足球队|排球队)$"
)
_SHARED_TEAM_RE = re.compile(
    rf"(?P<places>{PLACE}(?:(?:、|和|与|及|以及){PLACE})+)的?(?:(?P<n>{lx.NUM})(?:支|个))?"
    rf"(?P<team>代表队|代表团|[{lx.CJK}]{{2}}(?<![大支中])队)"
)


# 郴州、邵阳、永州市邮政分公司代表队: bare city names, then the last with its 市 and the unit
_PLACE_TAIL_RE = re.compile(
    rf"[{lx.CJK}]{{2,3}}?(?P<tail>(?:省|市|县|区|盟|旗)[{lx.CJK}()]{{2,20}})"
)
_BARE_PLACE_RE = re.compile(rf"[{lx.CJK}]{{2,3}}(?<![省市县区盟旗镇乡村])")


def _shared_place_tail(stems: list[str]) -> str:
    """What the bare place names before the last elide of it: its 市 and unit, shared by all
    (shared_place_tail); "" when the earlier names are complete."""
    m = _PLACE_TAIL_RE.fullmatch(stems[-1])
    if m and all(_BARE_PLACE_RE.fullmatch(x) for x in stems[:-1]):
        return m.group("tail")
    return ""


# 徐源蔚、朱淑睿、宋艺馨童家庭: the families of the persons named, 家庭 printed once (names_share_family)
_NAMES_FAMILY_RE = re.compile(rf"(?P<names>[{lx.CJK}]{{2,4}}(?:、[{lx.CJK}]{{2,4}})+)家庭")


# 山东、江西、湖南省禁毒委员会办公室 / 北京、江西等10个省级团委: provinces share the unit word printed
# once after the last (places_share_unit_word); each is that province's unit
_PROVINCE = (
    rf"(?:{lx.alt(sorted(lx.words('regions'), key=len, reverse=True))})"
    r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?"
)
_PROVINCES_SHARE_UNIT_RE = re.compile(
    rf"(?P<places>{_PROVINCE}(?:、{_PROVINCE})*)、(?P<last>{_PROVINCE})"
    rf"(?P<etc>等(?:{lx.NUM}(?:个|家))?)?(?P<word>[{lx.CJK}]{{2,12}})"
)


def places_share_unit_word(seg: str) -> list[dict] | None:
    m = _PROVINCES_SHARE_UNIT_RE.fullmatch(seg.strip())
    if not m:
        return None
    word = m.group("word")
    end = lx.ORG_END_RE.search(word)
    if (
        not end
        or end.end() != len(word)
        or re.match(_PROVINCE, word)  # 山东、河南省: the last place is no unit word
        or re.match(rf"{lx.NUM}|[两几多各等]", word)  # 北京、上海两市: a count of the places
        or lx.BAD_ITEM_RE.search(word)
    ):
        return None
    places = m.group("places").split("、")
    last = m.group("last") + word  # the last as printed
    return [
        *({"name": p + word, "kind": "organization", "affiliation": None} for p in places),
        {"name": last, "kind": "organization", "affiliation": None},
    ]


def shared_team(seg: str) -> list[dict] | None:
    """东镇、西镇、南镇的3支代表队 -> 东镇代表队, 西镇代表队, 南镇代表队."""
    m = _SHARED_TEAM_RE.fullmatch(seg.strip())
    if not m:
        return None
    places = re.split(r"、|以及|和|与|及", m.group("places"))
    if m.group("n") and cn_int(m.group("n")) != len(places):
        return None
    return [{"name": p + m.group("team"), "kind": "team", "affiliation": None} for p in places]


# 来自市一中、市七中的参赛队伍: the units named, not a generic word for their teams
_FROM_UNITS_RE = re.compile(
    r"来自(?P<units>.{2,60}?)的(?:参赛)?(?:队伍|选手|团队|学生|同学|教师|老师|合唱队|合唱团)"
)
# 文化传播学院分会和机关三分会二队的代表队 (units_then_their_teams): a list holding a team already
# (二队) names each side by itself, the team word after 的 adds nothing (without one, 管理学院、
# 经济学院的代表队 are 管理学院代表队…: shared_team)
_UNITS_THEN_THEIR_TEAMS_RE = re.compile(
    r"(?:来自)?(?P<units>[^的]{2,60}?[、和与及][^的]{2,30}?)的(?:参赛)?(?:代表队|队伍|参赛队)"
)

# 区检察院、招商港城联队: one team; 甲联队、乙代表队: two (no 、 after the joint word)
_JOINT_TEAM_RE = re.compile(r".{2,40}(?:组成的|联合组成的|联队)[^、]{0,10}")


# A、B联合选送的合唱节目《W》及《V》: the senders (with their 、) are every work's affiliation
# (由A、B共同完成的成果《W》 (completers_of_work): those who made the work are its affiliation too)
_SENDERS_WORKS_RE = re.compile(
    r"由?(?P<aff>[^《》]{2,40}?)(?:联合|共同)?(?:选送|报送|推送|推荐|创作|出品|完成|研发|研制)的[^《》]{0,10}?"
    r"(?P<works>《[^《》]+》(?:(?:、|和|与|及|以及)《[^《》]+》)*)"
)


_AUTHORS_WORK_RE = re.compile(
    rf"(?P<aff>[^《》的]{{2,40}}?)的(?:参赛|获奖)?[{lx.CJK}]{{0,4}}?作品(?P<work>《[^《》]+》)"
)


# A、B、C组成的队伍 / 由A等学子组成的代表队 / A/B组成的混双搭档: a team with no name of its own,
# only its members (a named team, 由A、B组成的江苏队, is the recipient: _LEADERS_OF_RE below)
MEMBERS_OF_UNNAMED_TEAM_RE = re.compile(
    r"(?:[^由]{0,12}由)?(?P<members>[^由的]{4,80}?)组成的"
    r"(?:混双|男双|女双|双打|混合双打|接力)?(?:队伍|代表队|团队|参赛队|搭档|组合|小组)"
)
# …六位教师 / …等学子 / …等5名同学: the count or the noun closing the members' list
_MEMBERS_COUNT_TAIL_RE = re.compile(
    rf"(?:等|共)?\s*(?:{lx.NUM}\s*(?:名|位|个|人))?(?:学子|教师|老师|同学|学生|选手|队员|医生|职工|国手|人)?$"
)
# 张三、李四指导的“园林设计”项目 / A/B、C/D组成的深圳队: mentors and members, not the recipient
_LEADERS_OF_RE = re.compile(r"(?P<lead>.{2,40}?)(?:指导|辅导|带领|组成)的(?P<led>[^、]{2,30})")


# 顾晓虎教授与扬州大学颜彪教授组合: a doubles pair, two persons (pair_combination)
# A与B组合 / A、B组合 (pair_named_as_duo): a doubles pair is its two players
_PAIR_COMBO_RE = re.compile(
    r"(?P<a>[^、与和/]{2,12}?)(?:教授|老师|博士)?[与和、/](?P<b>[^、与和/]{2,14}?)(?:教授|老师|博士)?"
    r"(?:组合|兄弟|姐妹|兄妹|姐弟|夫妇|母女|父子)"  # 马飞/王金伟组合 / 高玉涛/高玉坤兄弟 (pair_combo)
)
# 赵晓云、李正祥组合与丁宗海、孙爱军组合: a pair of persons marked 组合 inside a longer list of
# winners (a lone 王文宝组合 is a team named after its player and stays whole)
_PAIR_IN_LIST_RE = re.compile(
    rf"(?:(?<=^)|(?<=[、与和及,,\s]))(?P<a>[{lx.CJK}]{{2,4}})(?P<sep>\s*[、与和/,,]\s*)"
    rf"(?P<b>[{lx.CJK}]{{2,4}})组合(?=$|[、与和及,,\s])"
)


def _pair_players(m: re.Match) -> str:
    a, b = m.group("a"), m.group("b")
    if lx.PERSON_RE.fullmatch(a) and lx.PERSON_RE.fullmatch(b):
        return f"{a}{m.group('sep')}{b}"
    return m.group(0)


# 在教练A、B的带领下 / 在X老师的指导下: those who led or coached are no winners (led_by_not_winners)
_LED_BY_TAIL_RE = re.compile(r"的?(?:带领|率领|指导|帮助|陪同|组织|精心指导|悉心指导)下$")


def _run_together(it: str) -> list[str] | None:
    """蔡曼玉李旭东: three-character names run together, each opening with a surname."""
    it = it.strip()
    if len(it) not in (6, 9, 12, 15) or not _CJK_RUN_RE.fullmatch(it):
        return None
    chunks = [it[i : i + 3] for i in range(0, len(it), 3)]
    if all(
        c[0] in lx.SURNAMES_1
        and lx.PERSON_RE.fullmatch(c)
        and not lx.ORG_LAST_CHARS.intersection(c)
        and not lx.CONJ_RE.search(c)
        and not lx.BAD_ITEM_RE.search(c)
        for c in chunks
    ):
        return chunks
    return None


def _co_authors_folded(out: list[dict]) -> list[dict]:
    """A、B同学作品《W》: the persons right before an authored work are its co-authors, not winners."""
    if not any(r["kind"] == "work" and r["affiliation"] for r in out):
        return out
    folded: list[dict] = []
    run: list[dict] = []  # persons since the last work
    for r in out:
        if r["kind"] == "person" or (
            r["kind"] == "organization"  # 兵团一中刘卢子尧: a loose guess, a unit and a name
            and not lx.ORG_END_RE.search(r["name"])
            and not lx.TEAM_END_RE.search(r["name"])
        ):
            run.append(r)
            continue
        if r["kind"] == "work" and r["affiliation"] and run:
            names = "、".join(p["name"] for p in run)
            r = {**r, "affiliation": f"{names}、{r['affiliation']}"}
        else:
            folded.extend(run)
        run = []
        folded.append(r)
    return folded + run


# 岔河镇工会选派的企业职工张步年、张静 (sender_of_persons): the unit that sent them is their
# affiliation, as 岔河镇工会的张步年、张静; the sending verb and their role name no one
_SENDER_OF_PERSONS_RE = re.compile(
    rf"(?<=[{lx.CJK}]{{2}})(?:选派|派出|选送|推荐)的"
    rf"(?:[{lx.CJK}]{{0,2}}(?:职工|员工|教师|老师|选手|运动员|队员|学生))?"
    rf"(?={lx._SUR}[{lx.CJK}]{{1,2}}(?:$|、|和|及|与))"
)


def recipients(seg: str, strict: bool) -> list[dict]:
    if "等 " in seg:  # 横道河镇等 5支代表队: a space typed between 等 and its count splits nothing
        seg = _ETC_SPACE_RE.sub("等", seg)
    if "的" in seg:
        seg = _SENDER_OF_PERSONS_RE.sub("的", seg)
    counted = _COUNTED_PERSONS_TAIL_RE.search(seg)
    if counted and counted.start() > 0:
        # A队、B队等10名选手 (persons_counted_after_units): the count is of people; a team or
        # unit in the list is where some come from, not one of the winners
        named = recipients(seg[: counted.start()], strict)
        return [r for r in named if r["kind"] == "person"]
    if "来自" in seg and _UNNAMED_FROM_RE.fullmatch(seg.strip()):
        return []  # 来自邮政、极兔、申通的参赛选手: the units of contestants left unnamed
    heads = _COUNTED_HEADS_OF_RE.fullmatch(seg.strip()) if "的" in seg else None
    if heads and all(lx.ORG_END_RE.search(x) for x in split_items(heads.group("owners"))):
        return []  # 广东省、浙江省、湖北省的3家企业 / 5首村歌: counted, never named (counted_works_of_units)
    pw = _PERFORMER_WORK_RE.fullmatch(seg.strip()) if "《" in seg else None
    if pw and re.search(r"[、和与]", pw.group("who")):
        # 赵莹莹、王师一楠朗诵的《永生的和平鸽》: the performers won with the piece (performers_with_piece)
        who = recipients(pw.group("who"), strict)
        if who and all(r["kind"] == "person" for r in who):
            return who
    if _LED_BY_TAIL_RE.search(seg.strip()) or _MEANING_LEAD_RE.match(seg.strip()):
        return []  # …的带领下 / 寓意“牛气冲天” (meaning_names_none): a leader, a prize's meaning
    ep = _EPITHET_ITEM_RE.match(seg.strip())
    if (
        ep
    ):  # 甘肃站选手、来自兰州文理学院的熊佳怡 (epithet_in_apposition): one person, described first
        one = recipients(seg.strip()[ep.end() :], strict)
        if len(one) == 1 and one[0]["kind"] == "person":
            return one
    pc = (
        _PAIR_COMBO_RE.fullmatch(seg.strip())
        if re.search(r"组合|兄弟|姐妹|兄妹|姐弟|夫妇|母女|父子", seg)
        else None
    )
    if pc:
        pair = recipients(f"{pc.group('a')}、{pc.group('b')}", strict)
        if len(pair) == 2 and all(r["kind"] == "person" for r in pair):
            return pair
    if "组合" in seg:
        # 何军、刘永跃及卜志伟、王振建组合 (pairs_in_a_list): each pair is its two players
        unpaired = _PAIR_IN_LIST_RE.sub(_pair_players, seg)
        if unpaired != seg:
            return recipients(unpaired, strict)
    mt = MEMBERS_OF_UNNAMED_TEAM_RE.fullmatch(seg.strip()) if "组成的" in seg else None
    if mt:  # A、B、C组成的队伍 / A/B组成的混双搭档 (members_of_unnamed_team): the members won
        members = _MEMBERS_COUNT_TAIL_RE.sub("", mt.group("members"))
        who = recipients(members, strict)
        # (…队员B以及带队干部C组成的队伍: staff listed too — a unit's delegation, not the winners)
        staff = re.search(r"带队|领队|教练|干部", members)
        if len(who) >= 2 and all(r["kind"] == "person" for r in who) and not staff:
            return who
    lm = _LEADERS_OF_RE.fullmatch(seg.strip()) if "的" in seg else None
    if lm and (re.search(r"[、/]", lm.group("lead")) or re.search(r"[“”]|项目$", lm.group("led"))):
        led = recipient(lm.group("led"), strict)
        if not led or led["kind"] != "person":
            # mentors_and_members_not_recipients: a mentored project names no winner either
            return [led] if led and led["kind"] != "work" else []
    sw = _SENDERS_WORKS_RE.fullmatch(seg.strip())
    if sw and "、" in sw.group("aff"):
        aff = _clean_aff(sw.group("aff"))
        return [
            {"name": w, "kind": "work", "affiliation": aff}
            for w in re.findall(r"《[^《》]+》", sw.group("works"))
        ]
    aw = _AUTHORS_WORK_RE.fullmatch(seg.strip()) if "作品《" in seg else None
    if aw and "、" in aw.group("aff"):
        # 蒋佳莉、赵孟、叶娌燕老师团队的微课作品《W》 (authors_then_their_work): the work won, its
        # authors (with their 、) are its affiliation
        return [
            {"name": aw.group("work"), "kind": "work", "affiliation": _clean_aff(aw.group("aff"))}
        ]
    fm = _FROM_UNITS_RE.fullmatch(seg.strip())
    if fm:
        seg = fm.group("units")
    ut = _UNITS_THEN_THEIR_TEAMS_RE.fullmatch(seg.strip())
    if ut and any(lx.TEAM_END_RE.search(x) for x in split_items(ut.group("units"))):
        seg = ut.group("units")
    shared = shared_team(seg) or places_share_unit_word(seg)
    if shared:
        return shared
    fam = _NAMES_FAMILY_RE.fullmatch(seg.strip()) if seg.strip().endswith("家庭") else None
    if fam and not any("家" in x for x in fam.group("names").split("、")):
        return [
            {"name": x + "家庭", "kind": "team", "affiliation": None}
            for x in fam.group("names").split("、")
        ]
    seg_s = seg.strip()
    if (
        _JOINT_TEAM_RE.fullmatch(seg_s)
        and lx.TEAM_END_RE.search(seg_s)
        and len(seg_s) <= 40
        # 马院继教联队、学工物业联队: items that are teams themselves make a list (joint_team_is_one_item)
        and not any(lx.TEAM_END_RE.search(x.strip()) for x in seg_s.split("、")[:-1])
    ):
        return [
            {"name": seg_s, "kind": "team", "affiliation": None}
        ]  # 区检察院、招商港城联队: one team
    out: list[dict] = []
    items = split_items(seg)
    counted = _counted_list(items, strict)
    if counted is not None:
        return counted
    found = [recipient(item, strict) for item in items]
    if len(items) >= 2 and all(
        r is not None and r["kind"] in ("organization", "team")
        for r, it in zip(found, items, strict=True)
        if not _SELF_UNIT_RE.fullmatch(it.strip())
    ):
        # 我校与北京邮电大学、厦门大学 (self_unit_and_unit): among units, the reporter's own is one (D3)
        found = [
            {"name": it.strip(), "kind": "organization", "affiliation": None}
            if r is None and _SELF_UNIT_RE.fullmatch(it.strip())
            else r
            for r, it in zip(found, items, strict=True)
        ]
    placed = [
        _PLACE_PERSON_RE.fullmatch(it.strip()) or _REGION_LOOSE_PERSON_RE.fullmatch(it.strip())
        for it in items
    ]
    if (
        len(items) >= 2
        and any(r is None for r in found)
        and all(r is None or (r["kind"] == "person" and r["affiliation"]) for r in found)
        and all(placed)
    ):
        # 西安张明、甘肃韩瑞、榆林高翔: a place printed before each name is its affiliation
        return [
            {"name": m.group("name"), "kind": "person", "affiliation": m.group("aff")}
            for m in placed
            if m
        ]
    if strict and any(r is None for r in found) and any(r and r["kind"] == "person" for r in found):
        mates = sum(1 for r in found if r and r["kind"] == "person")
        # 马亦辰、郅竺鑫: a short name among persons is a person even with a rare surname
        found = [
            r
            if r is not None
            else (
                {"name": it.strip(), "kind": "person", "affiliation": None}
                if (
                    re.fullmatch(rf"[{lx.CJK}]{{2,3}}", it.strip())
                    # 唐斟、刘李莹子: a given name after two surnames, the father's and the mother's
                    # (double_surname_name: 李郭晨婧, 王司晓涵)
                    or (
                        re.fullmatch(rf"[{lx.CJK}]{{4}}", it.strip())
                        and it.strip()[0] in lx.SURNAMES_1
                        and it.strip()[1] in lx.SURNAMES_1
                    )
                )
                and not lx.BAD_ITEM_RE.search(it)
                and not lx.ORG_LAST_CHARS.intersection(it.strip()[-1])
                else _owned_person(it.strip()) or _list_mate_person(it.strip(), mates)
            )
            for r, it in zip(found, items, strict=True)
        ]
    mates = sum(1 for r in found if r and r["kind"] == "person")
    if not strict and mates and any(r is None for r in found):
        # a line or a tier's list read loosely: its unread items are the persons' mates too
        found = [
            r or (None if "的" in it else _list_mate_person(it.strip(), mates))
            for r, it in zip(found, items, strict=True)
        ]
    placed_persons = [r for r in found if r and r["kind"] == "person" and r["affiliation"]]
    if len(placed_persons) >= 2 or (
        # 国机重装刘剑、恒天集团巩云海 (unit_person_list): one mate read with its unit's ending is
        # enough to read the other item so (俄罗斯组合米什娜/…什切尔巴科娃: a country, no unit)
        len(placed_persons) == 1
        and len(items) >= 2
        and lx.ORG_END_RE.search(placed_persons[0]["affiliation"])
    ):
        # 卡车公司赵志华、湖北华威金宇、轻卡部孙琛尧: a list of unit-name items is one kind
        found = [
            _unit_then_name(it) or r
            if r is None or (r["kind"] == "organization" and not lx.ORG_END_RE.search(r["name"]))
            else r
            for r, it in zip(found, items, strict=True)
        ]
        # 中国福马芦川、中国福马丁玉中: a unit that only extends another unit of the list took the
        # next name's surname with it; split at the unit printed before the other name (known_unit)
        units = {
            r["affiliation"] for r in found if r and r["kind"] == "person" and r["affiliation"]
        }
        known = frozenset(u for u in units if not any(u != k and u.startswith(k) for k in units))
        found = [
            _unit_then_name(it, known) or r
            if r
            and r["kind"] == "person"
            and r["affiliation"]
            and any(r["affiliation"] != k and r["affiliation"].startswith(k) for k in known)
            else r
            for r, it in zip(found, items, strict=True)
        ]
    out = _co_authors_folded([r for r in found if r is not None])
    # 保山供电局一队、二队: a bare numbered team takes the unit of the numbered team before it
    for prev, r in itertools.pairwise(out):
        pm = _NUMBERED_TEAM_RE.search(prev["name"])
        if pm and pm.start() > 0 and _NUMBERED_TEAM_RE.fullmatch(r["name"]):
            r["name"] = prev["name"][: pm.start()] + r["name"]
            r["kind"] = "team"
    out = [r for r in out if not _NUMBERED_TEAM_RE.fullmatch(r["name"])]
    owner, _, rest = seg_s.partition("的")
    if strict and not out and owner and rest and 2 <= len(owner) <= 12:
        members = recipients(rest, strict)
        if members and all(r["kind"] == "person" for r in members):
            # 22机电至诚的饶圣与邓世宇同学: the unit before 的 is every listed person's
            return [{**r, "affiliation": r["affiliation"] or _clean_aff(owner)} for r in members]
    # 盖尾、石苍、枫亭五支代表队 / 甲系统、乙医院、丙局代表队: one team word for every place
    # 沙县区、尤溪县等7支代表队: the named places of a longer field, each its own team
    one_etc = _ETC_TEAM_RE.search(items[0]) if len(items) == 1 else None
    if one_etc and one_etc.start() >= 2 and not lx.TEAM_END_RE.search(items[0][: one_etc.start()]):
        # 弘毅传统武术馆等3支代表队 (one_named_of_n_teams): A等N支代表队 names A代表队 (D-convention)
        word = items[0][one_etc.end() :]
        return [{"name": items[0][: one_etc.start()] + word, "kind": "team", "affiliation": None}]
    etc = _ETC_TEAM_RE.search(items[-1]) if len(items) >= 2 else None
    shared_word = (
        _TEAM_WORD_RE.search(items[-1])
        if len(items) >= 2 and ("等" not in items[-1] or etc)
        else None
    )
    if shared_word and len(items[-1]) > len(shared_word.group(0)) + 1:
        head = items[-1][: etc.start()] if etc else items[-1][: shared_word.start()]
        last_item = _COUNT_TEAM_RE.sub("", head).removesuffix("的")
        stems = [*items[:-1], last_item]
        count = None if etc else _COUNT_TEAM_RE.search(head)
        if (
            all(2 <= len(x) <= 14 and not lx.TEAM_END_RE.search(x) for x in stems)
            # 岳阳、方松、九亭代表队: names that could be persons, unless every one could
            and (count or etc or not all(lx.PERSON_RE.fullmatch(x) for x in stems))
            and (not count or cn_int(count.group("n")) == len(stems))
        ):
            tail = _shared_place_tail(stems)
            return [
                {"name": x + tail + shared_word.group(0), "kind": "team", "affiliation": None}
                for x in stems[:-1]
            ] + [{"name": stems[-1] + shared_word.group(0), "kind": "team", "affiliation": None}]
    # 甲校、乙校、丙校合唱团: the team word of the last unit is everyone's
    last = out[-1]["name"] if out else ""
    tm = _TEAM_WORD_RE.search(last) if len(out) >= 2 else None
    if (
        tm
        and len(last) > len(tm.group(0)) + 1
        and lx.ORG_END_RE.search(last[: tm.start()])
        and all(r["kind"] == "organization" for r in out[:-1])
    ):
        for r in out[:-1]:
            r["name"] += tm.group(0)
            r["kind"] = "team"
    # 华茂公司仇学壮、赵兵, 灌西公司张翠霞: a unit before a list is everyone's up to the next unit
    for prev, r in itertools.pairwise(out):
        if (
            r["kind"] == "person"
            and prev["kind"] == "person"
            and r["affiliation"] is None
            and prev["affiliation"]
            and not lx.TEAM_END_RE.search(prev["affiliation"])
        ):
            r["affiliation"] = prev["affiliation"]
    # 东区代表队王华、李明、张伟: the team in front of the first member is everyone's
    team = out[0]["affiliation"] if out and out[0]["kind"] == "person" else None
    members = out[1:]
    if (
        team
        and lx.TEAM_END_RE.search(team)
        and members
        and all(r["kind"] == "person" and r["affiliation"] is None for r in members)
    ):
        for r in members:
            r["affiliation"] = team
    return out


_TRIALS_MODIFIER_RE = re.compile(
    r"^(?:历经|经过|经历)[^,;的《》“”]{2,40}的"
    # 经过激烈的角逐第一职能代表队: 的 then the contest's own noun is the manner, not a modifier
    r"(?!角逐|比拼|较量|争夺|拼搏|努力|比赛|竞争|激战|鏖战|对决|竞技|搏杀|厮杀|PK)(?=[\u4e00-\u9fff]{2})"
)


def _cut_outside_titles(pat: re.Pattern, seg: str) -> str:
    """seg without pat's matches, read with titles masked: 《以“三新”引领…》 holds no 以… manner
    (title_words_not_grammar)."""
    if "《" not in seg:
        return pat.sub("", seg)
    out, last = [], 0
    for m in pat.finditer(lx.mask(seg)):  # the mask keeps every offset
        out.append(seg[last : m.start()])
        last = m.end()
    return "".join(out) + seg[last:]


def clean_subject(pre: str) -> tuple[str, str | None]:
    """The recipient part in front of a result verb, and a category found in a 在…中 phrase."""
    parts = re.split(r"(?<!\d):|:(?!\d)", pre)  # 以56:50获得: a score's colon is no label
    seg = parts[-1]
    if "由" in seg[1:]:
        seg = seg[seg.rindex("由") + 1 :] or seg  # 个人成绩由王浩获得: the name after 由
    # 团体赛:A获得一等奖 / 男子组:A获得冠军: a group label before the colon is the category
    cat = lx.CAT_FULL_RE.fullmatch(parts[-2].strip()) if len(parts) >= 2 else None
    cat = cat.group(0) if cat else None
    for m in lx.SEG_IN_RE.finditer(
        pre
    ):  # 在女子组(村委会组)中:A获得季军: the group before the colon too
        cat = category_in(m.group(0)[1:]) or cat
    seg = _cut_outside_titles(lx.SEG_IN_RE, seg)
    seg = _cut_outside_titles(lx.SEG_BY_RE, seg) or seg
    grade = _GRADE_BEFORE_NUMBERS_RE.match(seg.strip())
    if grade and not cat:  # 高一年级20、19、5…12班: the grade is every listed class's group
        cat, seg = grade.group("cat"), seg.strip()[grade.end() :]
    lead_cat = re.match(rf"(?:{lx.CAT})的", seg.strip())
    if lead_cat:  # 小学组的A、B等五位老师: the group, then the names
        cat = cat or lead_cat.group(0)[:-1]
        seg = seg.strip()[lead_cat.end() :]
    # 55号球员李衍均获得 (jun_ends_a_lone_name): 均 'all' needs more than one winner; after a
    # single surname-led name with no list mark, it is the name's last character
    lone = _NAME_THEN_JUN_RE.search(seg.strip())
    tail = "均" if lone and not _PLURAL_MARK_RE.search(lx.mask(seg)) else ""
    # 周良焕、侯山喜获得 (xi_ends_a_name): 喜获 would have been the verb; 喜 before 获得 after a
    # surname and one character ends the name
    tail = tail or ("喜" if _NAME_THEN_XI_RE.search(seg.strip()) else "")
    seg = seg.strip()[:-1] if tail else seg
    # 历经校内及省级选拔赛…艰辛磨炼的我校教师田迎春 (trials_modifier_before_subject): what the
    # winner went through, set before the name with 的, is no part of it
    seg = _TRIALS_MODIFIER_RE.sub("", seg.strip())
    prev = None
    while prev != seg:
        prev = seg
        seg = lx.SEG_LEAD_RE.sub("", seg.strip())
        seg = lx.SEG_TRAIL_RE.sub("", seg.strip())
        # 最后青年组的A、B / 甲组码头铺镇代表队: a group before the names (after 最后) or a team
        lead_cat = _LEAD_GROUP_RE.match(seg.strip()) or _LEAD_ITEM_IN_RE.match(seg.strip())
        if lead_cat and not cat:
            cat = lead_cat.group("cat") or lead_cat.group("item").removesuffix("项目")
            seg = seg.strip()[lead_cat.end() :]
    ag = _PASSIVE_AGENT_RE.search(seg.strip())
    if (
        ag and ag.start() >= 2
    ):  # 巨野县图书馆被市文广新局(评为): the body that conferred it is no winner
        seg = seg.strip()[: ag.start()]
    mt = _MATCH_THEN_OPPONENT_RE.search(seg.strip())
    if mt and mt.start() >= 2:  # A不敌B列居殿军 / A战胜B获得冠军: A's result (subject_before_match)
        seg = seg.strip()[: mt.start()]
    gm = None if cat else _GROUP_THEN_UNIT_RE.match(seg.strip())
    if gm and (
        lx.TEAM_END_RE.search(gm.group("unit"))
        or lx.ORG_END_RE.search(gm.group("unit"))
        or _TEAM_THEN_PERSON_RE.fullmatch(gm.group("unit"))  # 男子组湖南队严俊: the team's player
    ):
        cat, seg = gm.group("cat"), gm.group("unit")  # 男子组历下交警支队: the group, then the team
    return seg.strip() + tail, cat


_PASSIVE_AGENT_RE = re.compile(rf"被[{lx.CJK}]{{2,16}}$")
_GRADE_BEFORE_NUMBERS_RE = re.compile(
    r"(?P<cat>(?:[初高][一二三]|[一二三四五六七八九])年级)(?=\d{1,3}、\d{1,3}[、班])"
)
_NAME_THEN_JUN_RE = re.compile(
    rf"(?:(?<![{lx.CJK}])|(?<=[的员手号])){_SURNAME}"
    rf"[{lx.CJK}](?<![{''.join(sorted(lx.ORG_LAST_CHARS))}们员人家])均$"
)
_NAME_THEN_XI_RE = re.compile(rf"(?:(?<![{lx.CJK}])|(?<=[、的])){_SURNAME}[{lx.CJK}]喜$")
# a list or a plural before 均 (A、B均 / 两队均 / 队员们均): 均 is 'all' there
_PLURAL_MARK_RE = re.compile(
    r"[、和与及/,]|们|等|[两双二三四五六七八九十\d][名位个队人支]|各|双方|分别|都"
)


# a match verb and the opponent closing the subject: the opponent won or lost nothing here
_MATCH_THEN_OPPONENT_RE = re.compile(
    r"(?:不敌|负于|惜败于?|惜负于?|战胜|击败|力克|险胜|大胜|完胜|击退|淘汰)(?:了)?[^、,,;]{2,30}$"
)
_GROUP_THEN_UNIT_RE = re.compile(
    r"(?P<cat>(?:男子|女子|男女混合|混合|男女)(?:[甲乙丙丁]|青年|少年|老年|成人|公开)?组)(?P<unit>[^、,的]{3,20})"
)
_TEAM_THEN_PERSON_RE = re.compile(rf"[{lx.CJK}]{{2,8}}?队{lx._SUR}[{lx.CJK}]{{1,2}}")
_LEAD_GROUP_RE = re.compile(
    # 团体赛开心四队: a group, then a team of its own name (any 队 ending)
    rf"(?P<cat>{lx.CAT})(?:的|(?=来自)|(?=[^、,]{{2,20}}?(?:代表队|代表团|联队)(?:$|、))|(?=[^、,队]{{2,20}}队(?:$|、))"
    rf"|(?={lx._SUR}[{lx.CJK}]{{1,2}}(?:、|$)))"  # 老年组金岩、杨红梅 / 女子组来自X的选手A: a group first
)


# 钢笔字专项中佘东霖 / 3000米跑项目中A: the item the names won in, without 在
_LEAD_ITEM_IN_RE = re.compile(
    rf"(?P<cat>[{lx.CJK}A-Za-z\d]{{2,12}}?(?:专项|项目|组))中(?=[{lx.CJK}]{{2}})"
    # 大锅菜项目奉高杰 / 大众面点项目苏文保和张安平 (item_then_persons): the item, then its winners
    rf"|(?P<item>[{lx.CJK}]{{2,8}}?项目)(?={_SURNAME}[{lx.CJK}]{{1,2}}(?:[、和与及]{_SURNAME}[{lx.CJK}]{{1,2}})*$)"
)


def category_in(text: str) -> str | None:
    t = lx.CAT_NOISE_RE.sub("", text.strip())
    m = lx.CAT_END_RE.search(t)
    return m.group(0) if m else None


_PLACE_PREFIX_RE = re.compile(rf"{PLACE}|[{lx.CJK}]{{2,20}}{lx.AFF_END}")


def same_recipient(a: dict, b: dict) -> bool:
    """The same name, or one is the other with its place in front (东镇东村一队)."""
    na, nb = norm_name(a["name"]), norm_name(b["name"])
    if na == nb:
        return True
    short, long = sorted((na, nb), key=len)
    return (
        a["kind"] == b["kind"]
        and a["kind"] != "person"
        and len(short) >= 4
        and long.endswith(short)
        and _PLACE_PREFIX_RE.fullmatch(long[: len(long) - len(short)]) is not None
    )
