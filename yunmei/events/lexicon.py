"""Word lists (from ``data/*.txt``, loaded once) and the patterns built from them.

Each list file holds one entry a line; ``#`` starts a comment line; ``[section]`` lines split a file
into named lists. Patterns that need regex syntax beyond a word list stay here, next to their use.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

try:  # the regex parser, to read the first characters of a pattern (first_char_gate)
    from re import _constants as _sre
    from re import _parser
except ImportError:  # Python 3.10
    import sre_constants as _sre
    import sre_parse as _parser

# through importlib.resources so the lists load from a zipped egg too (scrapyd)
DATA = resources.files("yunmei.events").joinpath("data")


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """The entries of data/NAME.txt by section ('' before any section header), in file order."""
    out: dict[str, list[str]] = {"": []}
    cur = ""
    for line in DATA.joinpath(f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            out.setdefault(cur, [])
            continue
        out[cur].append(line)
    return {k: tuple(v) for k, v in out.items()}


def words(name: str) -> tuple[str, ...]:
    """The entries of a one-list data file, in file order."""
    return sections(name)[""]


def alt(entries) -> str:
    """A regex alternation of literal words, in the given order."""
    return "|".join(re.escape(w) for w in entries)


def _first(items) -> tuple[list[str] | None, bool]:
    """(char-class pieces of the first character, None if any; can match empty) of parsed items."""
    out: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            return [*out, re.escape(chr(av))], False
        if op is _sre.IN:
            if any(o is _sre.NEGATE for o, _a in av):
                return None, False
            for o, a in av:
                if o is _sre.LITERAL:
                    out.append(re.escape(chr(a)))
                elif o is _sre.RANGE:
                    out.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif o is _sre.CATEGORY and a is _sre.CATEGORY_DIGIT:
                    out.append(r"\d")
                else:
                    return None, False
            return out, False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the item after it holds the first character
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:
            sub, empty = _first(av[3])
        elif op is _sre.BRANCH:
            sub, empty = [], False
            for branch in av[1]:
                b, e = _first(branch)
                if b is None:
                    return None, False
                sub, empty = sub + b, empty or e
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            sub, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        out += sub
        if not empty:
            return out, False
    return out, True


def first_char_gate(pattern: str) -> str:
    """A lookahead for the characters a match of `pattern` can start with ('' if any can).

    Prefixed to a long alternation it changes no match, but the regex engine skips most positions
    with one set test instead of trying every branch there.
    """
    try:
        parsed = _parser.parse(pattern)
        pieces, empty = _first(parsed.data)
    except Exception:  # an unknown construct: no gate, the pattern still works as before
        return ""
    if pieces is None or empty or parsed.state.flags & re.IGNORECASE:
        return ""
    return "(?=[" + "".join(dict.fromkeys(pieces)) + "])"


def gated(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern) behind its first-character gate: same matches, faster `search`."""
    gate = "" if flags & re.IGNORECASE else first_char_gate(pattern)
    return re.compile(f"{gate}(?:{pattern})", flags)


# --- text canon -------------------------------------------------------------------------------
# full-width punctuation and digits become ASCII so one set of patterns serves both spellings
CANON = str.maketrans(
    {
        "，": ",",
        "∶": ":",
        "；": ";",
        "：": ":",
        "（": "(",
        "）": ")",
        "！": "!",
        "？": "?",
        "\u3000": " ",
        "\xa0": " ",
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        # ↑↑↑市公安局交警支队荣获冠军 (caption_arrows): a WeChat caption's arrows point at a
        # photo; they are no part of the words
        **dict.fromkeys(map(ord, "↑↓▲▼△▽▶►◀◄"), None),
    }
)

CJK = r"\u4e00-\u9fff"
NUM_CN = "一二三四五六七八九十"
NUM = rf"(?:\d+|[{NUM_CN}百千两]+)"

# --- quotes, brackets: masked so their insides never split a clause or stop a name ----------
MASK_RE = re.compile(
    r"“[^“”\n]{0,80}”|《[^《》\n]{0,80}》|\([^()\n]{0,80}\)|「[^「」\n]{0,80}」|‘[^‘’\n]{0,80}’"
)
MASK_CHAR = "\uff3f"  # ＿ never occurs in the patterns below


def mask(text: str) -> str:
    """Same-length copy of text with the inside of quotes/brackets blanked out."""
    return MASK_RE.sub(
        lambda m: m.group(0)[0] + MASK_CHAR * (len(m.group(0)) - 2) + m.group(0)[-1], text
    )


# --- surnames: a person-looking item starts with one -----------------------------------------
# a colon then an opening quote starts what someone said (一等奖获得者 王一桃 :" …"): never names
SPEECH_RE = re.compile(r"\s*[::]\s*[\"“].*$", re.S)
GENERIC_UNITS = frozenset(words("generic_units"))
NOT_RECIPIENTS = frozenset(words("not_recipients"))
SURNAMES_1 = frozenset(w for w in words("surnames") if len(w) == 1)
SURNAMES_2 = tuple(w for w in words("surnames") if len(w) == 2)
_SUR = "(?:" + "|".join(SURNAMES_2) + "|[" + "".join(sorted(SURNAMES_1)) + "])"
PERSON_RE = re.compile(rf"{_SUR}[{CJK}]{{1,2}}|[{CJK}]{{2,5}}·[{CJK}]{{2,6}}")

# --- recipient kinds by ending ---------------------------------------------------------------
TEAM_END_RE = re.compile(
    rf"(?:{alt(words('team_endings'))}|[^大支中]队|[一二三四五六七八九十\d]中队"
    # 于兆玮队伍 (named_team_duiwu): a team named by its leader; 我喜欢的队伍 / 各队伍 name none
    r"|(?<![的各支只个些])队伍"
    # 35连 / 一营二连 (numbered_company): a training regiment's numbered company competes as a team
    r"|[一二三四五六七八九十\d]连"
    # 杨叶村十组 / 马桥村3组 (village_group): a village's numbered group (村民小组) competes as a team
    r"|(?<=[村社])[一二三四五六七八九十\d]{1,3}组)$"
)
# 湛江一中 / 铜陵四小: a numbered middle, high or primary school
ORG_END_RE = gated(rf"(?:{alt(words('org_endings'))}|[一二三四五六七八九十\d][中高小])$")
# a person name never ends like an organisation (区卫健局 is not person 卫健局 of 区)
ORG_LAST_CHARS = frozenset(
    "局委办院校学园司厂区村镇乡道县市省州站所馆宫会部处科厅署行社台报队团组班系心网"
)
# an affiliation in front of a person ends like a place or an organisation
# 湛江一中 / 城关一小 / 军山中小 / 师大附小 (numbered_school_before_person): the school abbreviations
AFF_END = rf"(?:{alt(words('affiliation_endings'))}|[一二三四五六七八九十\d][中小]|(?<=[{CJK}]{{2}})(?:中小|附中|附小))"
EPITHET = rf"[{CJK}]{{0,3}}?(?:{alt(words('epithets'))})"  # 老将 / 象棋名手 / 国际特级大师
ROLE = (
    rf"(?:[{CJK}]{{0,4}}?爱好者|{EPITHET}|"
    rf"(?:退休|青年|少年|青少年|资深|业余|年轻|男子|女子|女|男|参赛)?(?:{alt(words('roles'))}))"
)
# a foreign name printed in Latin letters (Sisilia Ginoka, MWETI FREDRICK MWINGIRWA): two to four words
LATIN_NAME = r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}"
_PERSON_NAME = rf"(?:{_SUR}[{CJK}]{{1,2}}|[{CJK}]{{2,5}}·[{CJK}]{{2,6}})"
AFF_PERSON_RE = re.compile(
    rf"(?:来自)?(?P<aff>[^、]{{1,30}}?{AFF_END})(?:的)?{ROLE}?(?P<name>{_PERSON_NAME})(?:同学|老师|选手|同志)?"
)
# with a role word in between, whatever precedes is the affiliation (肯尼亚选手…, 赤坎分局民警…)
AFF_ROLE_PERSON_RE = re.compile(
    rf"(?:来自)?(?P<aff>[^、的]{{2,20}}?)(?:的)?{ROLE}(?P<name>{_PERSON_NAME}|{LATIN_NAME})(?:同学|老师|选手|同志)?"
)
# 来自肯尼亚的Ezra Kipketer / 中国选手Philip: a Latin name after its country or a role word
FROM_LATIN_PERSON_RE = re.compile(
    rf"(?:(?:来自)?(?P<aff>[^、的]{{2,20}}?)的{ROLE}?|{ROLE})?(?P<name>{LATIN_NAME})"
)
FAMILY_RE = re.compile(rf"{_SUR}家|[{CJK}]{{2,4}}家庭")
_WORK_INTRO = (
    r"(?:舞蹈|声乐|器乐|戏剧|朗诵|参赛|创作|摄影|书法|美术|绘画|设计|科技|创新|创业|原创|获奖|其)?"
    r"(?:作品|项目|节目|论文|方案|课题|影片|歌曲|短片|视频|微视频|小说|诗歌|课例|课)"
)
WORK_RE = re.compile(
    rf"(?:(?P<aff>[^《》]{{2,30}}?)(?:的|选送的|创作的|报送的)?)?(?:{_WORK_INTRO}\s*)?(?P<work>《[^《》]+》)"
)
# 卢煜明(2016年) / (2018-2019年度): a year in brackets dates a win; it is never an affiliation
YEAR_AFF_RE = re.compile(r"(?:19|20)\d{2}(?:年度?)?(?:[-—~至](?:19|20)?\d{2}(?:年度?)?)?")
PAREN_AFF_RE = re.compile(r"(?P<name>[^()]+)\((?P<aff>[^()]{2,30})\)")

# things that are never a recipient name
# (九支镇 / 三支村: 支 before a place ending is the place's name, no count of teams — numbered_place)
BAD_ITEM_RE = gated(
    rf"(?<!第){NUM}(?:余|多)?(?:名|人(?!民|制)|个|所|家(?!子)|支(?![镇村乡])|件|篇|幅|项|元|枚|块|万|分(?![工公院局行校厂会队中部所站])|秒|米)|\d+部(?![门队长\d])|其余|其他|其它|若干|部分(?!工会|会(?:$|[一二三四五六七八九十\d]{{1,2}}队|代表队))|多名|"
    r"^(?:众多|诸多|许多|不少|让|使|的|他|她|它|其|该|本|此|这|那(?=[个些里位名支所家天时年次场届批])|各|每|全体|所有|大家|我们|你们)|们$|获奖|"
    # 参赛民警罗祥华: 参赛 before a role word describes the person (any role of data/roles.txt)
    rf"参赛(?!{alt(words('roles'))}|选手|队员|教师|学生|队)|"
    r"奖金|证书|奖杯|名单|"
    r"如下|情况|结果|成绩|(?<![名小老主大武])将(?![^将]{1,6}队$)|可以|表示|认为|进行|举行|举办|参加|比赛(?!队$)|评委|领导|嘉宾|观众|称号|荣誉|谁|哪|什么|"
    r"全部|^(?:两|双方|三|四)队$|各有|有一位"
    r"|^未(?:获|进入|入围|能|晋级)"  # 未获名次参赛队各获参赛奖: those who did not place are a rule's class
)

# --- tiers -----------------------------------------------------------------------------------
MEDAL_OBJECTS = alt(sorted(words("medal_objects"), key=len, reverse=True))
HONOUR_HEADS = alt(sorted(sections("honour_heads")["head"], key=len, reverse=True))
# an honour title closes its clause (称号 / 桂冠 after the quote, or a mark, or 和 another title)
HONOUR_BOUND = r"(?:[,;。!?、)]|和|及|与|并|称号|荣誉称号|桂冠|殊荣)"
# a tier whose head is an honour noun: a title conferred, not a place (title_with_a_place)
HONOUR_TITLE_RE = re.compile(rf"[{CJK}]{{0,8}}(?:{HONOUR_HEADS})")
# ($ is left out: a clause's gap searched alone must not end in a title, 获校园“十佳歌手”冠军)
HONOUR_END = r"(?=”(?:荣誉称号|称号|荣誉|桂冠|殊荣|头衔)?(?:[,;。!?、)“]|和|及|与|并))"
# after a conferring verb the title may close the clause too (获“技术标兵”)
HONOUR_VERB_END = r"(?=”(?:荣誉称号|称号|荣誉|桂冠|殊荣|头衔)?(?:$|[,;。!?、)“]|和|及|与|并|的))"
_NOT_PRIZE_TAIL = r"(?![金励项品状杯章赛])"
# 被评为我院第二届十佳歌手 / 荣获“校园十佳歌手称号” (praise_role_honour): a praised role closing its
# clause or named a 称号 (优秀裁判员 left out: a referee's service title, referee_service_title)
_PRAISED_ROLE_END = "(?=称号|荣誉称号|$)"
_PRAISED_ROLE_PARTS = (
    rf"优秀(?:教练员|运动员|歌手|选手|主持人|辩手|演讲者){_PRAISED_ROLE_END}",
    rf"十佳(?:教练员|运动员|歌手|选手|主持人|辩手|演讲者|裁判员){_PRAISED_ROLE_END}",
)
PRAISED_ROLE_TITLE = "|".join(_PRAISED_ROLE_PARTS)
TIER_CORE = (
    r"特等奖|特金奖|[一二三四五六七八九十1-9]等奖"
    r"|[壹贰叁]等奖"  # 叁等奖: the formal numerals (大写), printed in some result lists
    r"|荣誉[金银铜]奖"
    # 金剪刀奖 / 银话筒奖: a named prize in medal bands (named_medal_prize), ranked as the medal
    rf"|[金银铜](?![融行额钱币属色牌奖])[{CJK}]{{1,2}}奖{_NOT_PRIZE_TAIL}"
    r"|(?<!奖)[金银铜]奖"  # 荣获50000元奖金奖励: the 金奖 inside 奖金奖励 is no prize  # 特别金奖3幅,荣誉金奖9幅: an honorary band beside the medals, its own tier
    r"|[金银铜]牌(?!讲解|讲师|主持|教练|导游|员|师|榜|职工|工匠|月嫂|保姆|选手|团队|企业|产品|服务)"
    # 金话筒 / 银奖杯 (named_medal_object): a prize object in medal bands, a contest word after it
    # (金话筒主持人大赛) makes it the contest's name
    rf"|[金银铜](?:{MEDAL_OBJECTS})(?![{CJK}”])"
    r"|团体(?:总分)?(?:冠军|亚军|季军|第[一二三四五六七八九十\d]{1,2}名?|特等奖|[一二三四五六七八九十]等奖)"
    r"|总分第[一二三四五六七八九十\d]{1,2}名?"
    # 冠军得主是A (crown_holder_is): a crown before 得主 is its tier, as 金奖得主 is; 冠军得主揭晓: is
    # a heading over the results, not a result
    r"|总?(?:冠军|亚军|季军|殿军)(?!杯|赛|榜|品|之|奖金|得主揭晓)"  # 总冠军: kept as printed
    r"|第(?:[一二三四五六七八九十\d]{1,2}|[二三四五六七八九]十[一二三四五六七八九])名"  # 第二十二名
    # 荣获冠军杯: a trophy won (after a result verb only: 冠军杯 alone is mostly a contest's name)
    r"|(?:(?<=获)|(?<=获得)|(?<=夺得)|(?<=捧得)|(?<=摘得)|(?<=捧回))[冠亚季]军杯(?!赛|足球|篮球)"
    r"|(?:(?<=位居)|(?<=屈居)|(?<=位列)|(?<=名列)|(?<=排名)|(?<=获得)|(?<=夺得)|(?<=勇夺)|(?<=荣获)|(?<=摘得)|(?<=斩获)"
    r"|(?<=赢得)|(?<=赢得了)|(?<=获得了)|(?<=夺得了)|(?<=\d米)"  # 500米第一 / 赢得了第一 (bare_place_after_item)
    r"|(?<=[子中年]组)|(?<=[两二三四五六七八九]项))第[一二三四五六七八九十](?![枚块座项名届次个轮天批期季年场位一二三四五六七八九十\d])"  # 勇夺高中组第一
    # 团体“优胜奖” / 个人优秀奖: an unranked team or individual prize stays whole (unranked_prize_keeps_prefix)
    rf"|(?:团体|个人|团队)“?(?:(?:最佳|优秀|最具|体育道德风尚|道德风尚|精神文明)[{CJK}]{{0,5}}?|优胜|鼓励|纪念|参与|人气|进步|风采)奖”?{_NOT_PRIZE_TAIL}"
    # 优异组织奖 / 卓越贡献奖 / 先进集体奖: the adjectives of praise open an unranked prize like 优秀
    rf"|(?:最佳|优秀|优异|卓越|杰出|先进|最具|特别|评委会|评审团|体育道德风尚|道德风尚|精神文明|十佳|最美|突出贡献|杰出贡献|最受欢迎)[{CJK}]{{0,7}}?奖{_NOT_PRIZE_TAIL}"
    rf"|(?:优胜|鼓励|入围|参与|纪念|新人|创意|人气|进步|金点子|组织|提名|表彰|风采)奖{_NOT_PRIZE_TAIL}"
    # an individual honour with no 奖 (获评“最有价值球员”): unranked like 最佳…奖
    # 捧走…最佳射手奖杯 (honour_trophy): the trophy of an honour is the honour
    # 最佳二传手 / 最佳新人 / 最有价值球员MVP (honour_roles): the whole class of a sport's roles
    # 最佳男运动员 / 最佳一台棋手 / 最佳亚洲车手 (honour_role_modifiers): a sex, a board, an age or an
    # origin narrows the role; 最佳作品 / 最佳阵容: the entry or line-up honoured
    rf"|最(?:佳|有价值)(?:{alt(sections('honour_heads')['role_modifier'])})?"
    rf"(?:{alt(sorted(words('honour_roles'), key=len, reverse=True))}|作品|阵容)(?:MVP)?"
    r"(?![的们])(?!奖(?!杯|项))"
    # 获得金牌讲师 / 金牌导游员获得者 (medal_band_profession): a band of a trade's honour, read
    # only after a conferring verb or before 获得者 (金牌教练员苏科 is an epithet)
    r"|(?:(?<=获得)|(?<=荣获)|(?<=获评)|(?<=评为)|(?<=获“)|(?<=得“)|(?<=为“))"
    r"[金银铜]牌(?:导游员?|讲师|讲解员|教练员?|主持人|工匠)"
    r"|[金银铜]牌(?:导游员?|讲师|讲解员|教练员?|主持人|工匠)(?=获得者|得主)"
    # 被授予“优秀运动员”称号 / 被评为“优秀代表队” (quoted_praise_honour): a praised role in quotes
    # right after a conferring verb is an unranked honour
    # (获评自治区级“优秀教练员”称号: a level word between the verb and the quote)
    rf"|(?:(?<=授予“)|(?<=评为“)|(?<=获评“)|(?<=荣获“)|(?<=获得“)|(?<=获“)|(?<=[评获授][省市区县]级“)|(?<=[评获授]国家级“)|(?<=[评获授]自治区级“))"
    # (获得“优秀裁判员”称号 is a referee's service title, not a contest result: referee_service_title)
    rf"(?!优秀裁判员?”)(?:优秀|最佳|十佳|最美)[{CJK}]{{1,6}}(?=”(?:荣誉)?(?:称号)?(?:$|[,;。!?、)]|和|及|与|并))"
    # 获评为本届比赛优秀教练员 (praise_role_honour): a praised role closing the clause is an honour
    # 被评为我院第二届十佳歌手 (the same for 十佳 and a performer's role)
    # (优秀裁判员 left out: a referee's service title, referee_service_title)
    rf"|{PRAISED_ROLE_TITLE}"
    # the coach's honour beside the pupils' prizes (被评为优秀指导教师): unranked like 优秀…奖
    rf"|优秀[{CJK}]{{0,4}}?指导(?:教师|老师)(?![奖的们])"
)


def _ranked(section: str) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for line in sections("result_words")[section]:
        word, _, rank = line.partition(" ")
        out[word] = int(rank) if rank.strip() else None
    return out


# result words with no tier noun (桂冠, 夺魁): the word is the tier, its rank comes from the list
RESULT_NOUNS = _ranked("noun")
RESULT_VERBS = _ranked("verb")
TIER_CORE += "|(?:" + alt(sorted(RESULT_NOUNS, key=len, reverse=True)) + ")(?!”?(?:证书|杯|赛))"
# honour titles open with any letter (the quote or verb is behind them), so they stay outside the
# first-character gate of the listed tiers (a gate over every letter would skip nothing)
HONOUR_CORE = (
    # 获“技术标兵” / 荣膺本届大赛“中国机王” / “小荷之星”荣誉称号 (quoted_honour_title): a quoted title
    # whose head is an honour noun (data/honour_heads.txt), or any quoted title named a 称号
    # (“广东省技术能手” / “全国十佳科普使者”称号: a state honour named by its level, conferred beside
    # the contest's result, state_honour_by_level)
    rf"(?<=“)(?!全国|[{CJK}]{{1,3}}[省市县区]级?)(?:[{CJK}]{{0,6}}?(?:{HONOUR_HEADS}){HONOUR_END}"
    rf"|(?<=[获得评膺选为]“)(?!全国|[{CJK}]{{1,3}}[省市县区]级?)[{CJK}]{{0,6}}?(?:{HONOUR_HEADS}){HONOUR_VERB_END}"
    # (“优秀裁判员”称号: a referee's service title, referee_service_title)
    rf"|(?![^”]{{0,10}}(?:赛|会|节|杯|活动|计划|工程|项目|基地|裁判))[{CJK}]{{2,10}}(?=”(?:荣誉)?称号))"
    # 成为本届环岛赛的爬坡王 (king_of_contest): X王 after a result verb is the best entry of its class
    r"|(?<=[获得膺为选的])(?:(?<=获)(?![得评])|(?<=获得)|(?<=荣获)|(?<=荣膺)|(?<=成为)|(?<=当选)|(?<=夺得)|(?<=摘得)|(?<=的))"
    rf"(?!国王|大王|帝王|霸王|天王)[{CJK}]{{1,4}}王(?={HONOUR_BOUND})"
)
TIER_PLAIN = f"(?:{first_char_gate(TIER_CORE)}(?:{TIER_CORE}))"
TIER = f"(?:{TIER_PLAIN}|{HONOUR_CORE})"
RESULT_VERB_RE = re.compile(alt(RESULT_VERBS))
# named prizes (…奖) only after a result verb, tried when no listed tier fits
NOT_PRIZE_TAIL = _NOT_PRIZE_TAIL
GENERIC_PRIZE = rf"[{CJK}]{{2,7}}奖{_NOT_PRIZE_TAIL}"
GENERIC_PRIZE_BAD_RE = re.compile(
    r"的|获|得|和|与|及|组|级|本|该|比赛|大赛|等奖|(?:大|获|颁|嘉|得|重|褒|中|抽|夸|领)奖$"
)
_C = r"(?:、|和|及|与|以及)"


def _tlist(TIER: str) -> str:  # the tier pattern the list is made of
    return (
        r"(?:团体(?:总分)?)?(?:"
        rf"(?:[{NUM_CN}](?:、|和|及|与)?){{2,}}等奖"
        r"|冠(?:、|和)?亚(?:(?:、|和)?季)?军|亚(?:、|和)?季军"
        # 分别获得比赛的一二三名 (places_run_of_three): three or more places printed as one run
        r"|第?(?:[一二三四五六七八九](?:(?:、|和|及|至|到|-|—|~)第?[一二三四五六七八九十])+"
        r"|一二三(?:四(?:五(?:六)?)?)?|二三四(?:五(?:六)?)?|三四五(?:六)?|四五六"
        r"|一二|二三|三四|四五|五六|六七|七八|八九"
        r"|\d(?:-|—|~|至|到)\d{1,2}|\d{1,2}(?:、\d{1,2})+)名"  # 4-6名 / 分获3、4名
        r"|(?<=分列)(?:一二|二三|三四|四五|五六|六七|七八|八九|[一二三四五六七八九](?:至|到)[二三四五六七八九十]"
        r"|第?[一二三四五六七八九](?:(?:、|和|及)第?[一二三四五六七八九十])+)位"  # 分列第二、第三位
        # 分别排名第四至第六位 (ranked_range_in_wei): a range of places read after a ranking verb
        r"|(?:(?<=排名)|(?<=位列)|(?<=名列)|(?<=位居))第[一二三四五六七八九](?:至|到)第[二三四五六七八九十]位"
        r"|前[二三四五六七八九十\d](?:名|位|甲)?(?![季个年月天周期批强])"
        r"|(?:(?<=荣膺)|(?<=位列)|(?<=获得)|(?<=包揽)|(?<=跻身)|(?<=摘得))三甲"  # 荣膺三甲: the first three
        r"|[金银铜](?:、|和)?[金银铜](?:(?:、|和)?[金银铜])?[牌奖]"
        # 分别斩获金、银、铜话筒 (medal_object_series): the bands spread over one prize object
        rf"|[金银铜](?:、|和)[金银铜](?:(?:、|和)[金银铜])?(?:{MEDAL_OBJECTS})奖?(?![{CJK}”])"
        # 分获三至八 (places_range_without_ming): after a spreading verb a range needs no 名
        r"|(?:(?<=分获)|(?<=分列)|(?<=分别获得)|(?<=依次获得)|(?<=分别获))"
        r"第?[一二三四五六七八九](?:至|到)第?[二三四五六七八九十](?![名位\u4e00-\u9fff\d])"
        # 分获第一、第十六、第十七名 (ordinals_of_two_digits): a listed place may take two numerals
        r"|第[一二三四五六七八九十\d]{1,3}(?:(?:、|和|及)第[一二三四五六七八九十\d]{1,3})+名"
        r"|第[一二三四五六七八九十\d](?:(?:、|和|及|至|到)第?[一二三四五六七八九十\d])+名"
        r"|第[一二三四五六七八九十](?:第[一二三四五六七八九十])+名"  # 分别荣获第二第三名 (places_run_together)
        # 分列第二和第三 / 分别获得第三、第四和第五 / 位居第二和第三 (bare_places_spread): places
        # with no 名, listed after a spreading or ranking verb
        r"|(?:(?<=分列)|(?<=分获)|(?<=获得)|(?<=获得了)|(?<=分别获)|(?<=位居)|(?<=位列)|(?<=名列))"
        r"第[一二三四五六七八九十](?:(?:、|和|及)第[一二三四五六七八九十])+(?![名位\d一二三四五六七八九十])"
        r"|第[一二三四五六七八九十\d]名(?:至|到|-|—)第[一二三四五六七八九十\d]{1,2}名"
        r"|(?<![第\d])[一二三四五六七八九\d]名(?:至|到)[一二三四五六七八九十\d]{1,2}名"  # 分获4名至8名
        rf"|{TIER}(?:{_C}{TIER})+)"
    )


TLIST = _tlist(TIER)
# the team prefix of a team prize: 团体一等奖 is tier 一等奖 in category 团体; a bare 总分 too
# (总分第一名 → 第一名 / 总分, as the labels of six sets print it)
TEAM_PREFIX_RE = re.compile(r"(?P<team>(?:团体)?总分|团体)(?P<tier>.+)")
TIERS = f"(?:{TLIST}|{TIER})"
# same matches, far fewer branch tries: the gate of the listed tiers, the honour titles beside it
_TIERS_GATE = first_char_gate(f"(?:{_tlist(TIER_PLAIN)}|{TIER_PLAIN})")
TIERS = f"(?:{_TIERS_GATE}{TIERS}|(?:{HONOUR_CORE})(?:{_C}{TIER})*)"
TIER_RE = re.compile(TIER)
TIER_ANY_RE = re.compile(TIERS)
# 二至八 / 第2—6 / 前二至六名: a range of places, 名 perhaps left out, read before 的…分别是
PLACE_RANGE = (
    r"(?:前|第)?(?P<lo>[一二三四五六七八九十\d]{1,2})名?(?:至|到|-|—|~|～)第?"
    r"(?P<hi>[一二三四五六七八九十\d]{1,2})(?:名|位)?"
)
# such a range with its names to follow: a clause the grammar must read though it has no tier word
PLACE_RANGE_ARE_RE = re.compile(rf"{PLACE_RANGE}的?[{CJK}]{{0,3}}(?:分别|依次)")

# --- verbs -----------------------------------------------------------------------------------
SPREAD_VERBS = frozenset(words("spread_verbs"))
# where a spread verb's letters are not the verb: (lookbehind, lookahead) per verb, one named row each
_SCORE_BEFORE_FEN = r"(?<!\d)(?<![十百总积得均])(?<![十百][一二三四五六七八九])"
SPREAD_VERB_GUARDS: dict[str, tuple[str, str]] = {
    # 486分获得 / 九十五分获得 / 团体总分获奖: 分 closing a score or 总分 is not 分获 (but 王五分获: a
    # name's last numeral is) (score_before_fen)
    "分获": (_SCORE_BEFORE_FEN, ""),
    # 分列式评比 (march_past_drill): a drill contest, not 分列第二
    "分列": (_SCORE_BEFORE_FEN, "(?!式)"),
    # A和B分别为团体和个人优胜奖颁奖 (presenters_for_prizes): 为 is "for" before 颁奖, A and B present
    "分别为": ("", "(?![^,。;]{0,30}?(?:颁奖|颁发|授奖|发奖|颁证))"),
}
_NO_GUARD = ("", "")
V_SPREAD = "|".join(
    (guard := SPREAD_VERB_GUARDS.get(v, _NO_GUARD))[0] + v + guard[1]
    for v in sorted(words("spread_verbs"), key=len, reverse=True)
)

# 并列季军: a shared place, unless a prize follows in the clause (并列第一名获得一等奖)
# 赵兴荣获得 / 侯山喜获得: 荣获/喜获 right before 得 is a name's last character and 获得, never 荣获 + 得
V_ONE = (
    alt(words("result_verbs")).replace("荣获", "荣获(?!得)").replace("喜获", "喜获(?!得)")
    + "|获(?![奖悉])"
    # A被大赛组委会授予“优秀运动员”称号 (passive_agent_confers): 授予 after the conferring body of a
    # passive (its agent ends like a body); the subject's 被 + agent is then dropped (_PASSIVE_AGENT_RE)
    + r"|(?<=[会委局部办厅处方])授予(?=[^,;。]{0,12}?(?:“|奖|称号))"
    + r"|并列(?=(?:[^,。;、]{1,8}?组)?(?:[冠亚季]军|第[一二三四五六七八九十\d]{1,2}名?|[一二三四五六七八九]等奖)(?![^,。;]*获))"  # 并列一等奖
)
VERB_RE = gated(rf"(?P<verb>{V_SPREAD}|{V_ONE})了?")

# --- categories ------------------------------------------------------------------------------
_CAT_HEAD = r"(?:男子|女子|男女混合|男女|混合)"
_CAT_GROUP = (
    r"(?:[甲乙丙丁戊己庚A-H]|U\d{1,2}|\d{1,2}岁以下|成人|中小学生|中小学|小学生?|初中|高中|中学生?|大学生?|学生|"
    r"社会|教师|职工|少儿|少年|青年|青少年|儿童|幼儿|老年|中老年|个人|团体|专业|业余|公开|企业|机关|高校|"
    rf"幼儿园|[一二三四五六]年级|低年级|高年级|[{CJK}]{{0,2}}学段)组"
)
_CAT_WEIGHT = r"\d+(?:\.\d+)?(?:公斤|千克|kg|KG)(?:以上|以下)?级"
_CAT_ITEM = rf"(?:\d+\s?[×xX*]\s?)?\d+(?:米|公里|千米)[{CJK}]{{0,5}}?"  # 4×100米混合泳接力
CAT = (
    rf"(?:(?:小学|初中|高中|中学|大学|成人|青年|少年|青少年|老年|中老年|公开|业余|专业|教师|职工)"
    rf"(?:男子|女子)(?:组|单打|双打|团体)"
    rf"|{_CAT_HEAD}?{_CAT_GROUP}(?:{_CAT_WEIGHT}|{_CAT_ITEM})?"
    rf"|(?:U\d{{1,2}}|\d{{1,2}}岁(?:以下|以上)?)?{_CAT_HEAD}(?:{_CAT_WEIGHT}|{_CAT_ITEM}|单打|双打|团体|个人|组)"
    r"|团体赛|个人赛|男单|女单|男双|女双|混双|个人|团队|团体"  # 团队一等奖 as 个人一等奖
    r"|(?<![\u4e00-\u9fff])[男女][排篮足](?![球\u4e00-\u9fff]{0,1}队))"  # 男排第二至四名是: a sex's side
)
CAT_FULL_RE = re.compile(CAT)
# any named group (乡镇组, 行政事业组) besides the listed ones, but not 本组 / 小组
# (1000人以下医疗单位组 / 11人制超级组: a head count or a side's size leads the group's name)
# 中国象棋A组 / 小学男子A组 (lettered_group_of_item): the item or level before a lettered group
ANY_GROUP = (
    rf"(?<![本该各每小第])(?:\d{{1,5}}人(?:以上|以下|制))?(?![而则])(?:[{CJK}]{{2,7}}|(?:(?![组及和与])[{CJK}]){{2,6}}(?:[A-H]|U\d{{1,2}}))组"
    rf"(?:{_CAT_WEIGHT}|{_CAT_ITEM})?"
)
# a discipline class (绘画类, 文艺类) names a category like a group does
CAT_CLASS = rf"(?<![本该各每这此那两三四五六七八九十几多])[{CJK}]{{2,6}}类"
_CAT_ONE = rf"(?:{CAT}|{_CAT_HEAD}[{CJK}\d]{{1,8}}|{ANY_GROUP}|{CAT_CLASS})"
# a group before a sub-group or event is one category (县市组女子单打, 10岁组男子, 中学组男子团体)
# a division before its group (青少年部男子乙组800米) leads it like a group does
_CAT_DIVISION = rf"(?<![本该各每全])[{CJK}]{{2,3}}部(?=男子|女子|[{CJK}]{{1,5}}组)"
_CAT_LEAD = rf"(?:{ANY_GROUP}|\d{{1,2}}岁(?:以下|以上)?组|{CAT_CLASS}|{_CAT_DIVISION})"
CAT_END_RE = re.compile(
    rf"(?:{_CAT_LEAD}(?:{_CAT_ONE}|{_CAT_HEAD})|{_CAT_ONE})(?:\([^()]{{1,8}}\))?$"
)
CAT_MARKER_RE = re.compile(
    rf"(?:其中|另外|此外|而|在)*(?P<cat>{CAT}|{_CAT_HEAD}[{CJK}\d]{{1,6}}?|{ANY_GROUP})"
    r"(?:比赛|决赛|半决赛|项目|赛事|赛场)?(?:中|上|里|方面)?:?"
)
CAT_HEADER_RE = re.compile(rf"【?(?P<cat>{CAT}|{ANY_GROUP})】?:?")
# 在中学组征文比赛中, / 循迹游行赛中, / …举办的环卫技能比赛中,: the sub-contest the next results are in
SUBCONTEST_MARKER_RE = re.compile(
    rf"(?:其中|另外|此外|而|最终)?(?:在)?(?:[^,;]*的)?(?!在)(?P<cat>[{CJK}A-Za-z\d()]{{2,16}}?(?:赛|比赛|竞赛|大赛|项目))"
    r"(?:中|上|里|方面)?:?"
)
SUBCONTEST_GENERIC_RE = re.compile(
    r"^(?:本次|此次|这次|本届|该|整个|各项|全部|所有|最后|决|复|初|预|总决|半决)"
)
CAT_NOISE_RE = re.compile(r"(?:的|:|比赛中|比赛|项目|组别|中|上)+$")

# --- event names -----------------------------------------------------------------------------
EV_SUFFIX_RE = re.compile(
    rf"(?:{alt(words('event_suffixes'))}|马拉松(?:比?赛)?|征文(?:比赛|大赛|活动)?|比武(?:竞赛|大赛)?"
    r"|(?<=[球棋牌冰泳操剑])(?:混合)?(?:团体|个人)赛)"
    r"(?:总决赛|半决赛|决赛|复赛|初赛|预赛)?(?:活动)?"
)
STAGE_WORDS = frozenset(("总决赛", "半决赛", "决赛", "复赛", "初赛", "预赛"))
NAME_HARD_STOP_RE = re.compile(r"[,;:。!?、\s|\[\]【】<>\n]")
NAME_STOP_RE = re.compile(
    r"的|(?<![现存所实正])在|(?<![关对至属等])于|了|(?<![但就还总正也却真于凡])是|(?<![老大主武])将|被|把|"
    r"(?<![服跟])从|(?<![自理缘])由|(?<![方导面志意动])向|给|让|(?<![作成认因称行])为(?:主题|题)?|举办|举行|开展|组织|参加|参与|承办|主办|协办|获得|荣获|进行|"
    r"开启|启动|拉开|揭晓|公布|日前|近日|目前|昨天|昨日|昨晚|今天|今日|当天|当日|当晚|期间|今年|去年|本次|此次|"
    r"这次|本届|上届|上述|首次|这场|本场|一场|整个|各类|各项|所有|相关|经过|通过|关于|围绕|开幕|闭幕|落幕|结束|"
    r"晚上|上午|下午|进入|晋级|进军|挺进|出战|同时|宣布|觉得|根据|来到|认真|形成|我县|我市|我区|我校|我院|我省|"
    r"收到|来自|涵盖|感受到|观众|部分|(?<!公)共(?![青享建同产])|评选出|设有|设立|历届|往届|确保|担任|应邀|邀请|出席|主持(?!人)|莅临|观看|摘得|夺得|斩获|问鼎|捧得|赢得|备战|留下|迎来|迎接|作为|(?<![所难])以(?!及)"
)
NAME_LEAD_RE = re.compile(
    r"^(?:[^,。]{0,12}?(?:网讯|报讯|电讯|讯)(?:\([^()]{0,20}\))?|[^,。]{0,14}?\d{1,2}日(?:电|消息\s?)|(?:[和与及、]|以及|暨|本次|此次|这次|本届|该|上述|这场|本场|一场|首次|今年的?|一年一度的?)+"
    r"|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:至\d{1,2}[日号])?(?:上午|下午|晚上|晚间|晚|早上|中午|凌晨|傍晚)?"
    r"|\d{1,2}[日号](?:上午|下午|晚上|晚间|晚|早上|中午|凌晨|傍晚)?)+"
)
GENERIC_REST_RE = re.compile(
    r"(?:各|全|这|本|该|此|上述|相关|单项|各项|分项|个人|团体|赛区|专项|正式|同期|还|并|也|又|另|再|最后|最终|项目"
    r"|[\d年届第一二三四五六七八九十])*"
)

# --- kinds -----------------------------------------------------------------------------------
KIND_EXAM_RE = re.compile("|".join(sections("event_kinds")["exam"]))
KIND_SELECTION_RE = re.compile("|".join(sections("event_kinds")["selection"]))
KIND_MATCH_RE = re.compile("|".join(sections("event_kinds")["match"]))
KIND_COMPETITION_RE = re.compile("|".join(sections("event_kinds")["competition"]))

# --- facts -----------------------------------------------------------------------------------
EVENT_VERB_RE = re.compile(
    r"举行|举办|开赛|开幕|闭幕|落幕|帷幕|进行|上演|打响|结束|收官|揭幕|启幕|开打|鸣锣|颁奖|决出|角逐|比拼|"
    r"展开|开展|召开"
)
RESULT_NEWS_RE = re.compile(r"揭晓|公布|出炉|发布|公示")
DATE_RE = re.compile(
    r"(?:(?P<ly>去年|今年)|(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]"
    r"|(?P<y2>\d{4})[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})"
    r"|(?<![\d月./-])(?P<d3>\d{1,2})[日号](?=上午|下午|晚上|晚间|晚|早上|中午|凌晨|傍晚|夜|,|在|于|举行|举办|起|至)"
    r"|(?P<rel>昨天|昨日|昨晚|前天|今天|今日|今晚)"
)
RELATIVE_DAYS = {"昨天": -1, "昨日": -1, "昨晚": -1, "前天": -2, "今天": 0, "今日": 0, "今晚": 0}
VENUE_RE = re.compile(
    r"(?:在|于)(?P<v>[^,;。!?:“”\n]{2,30}?)(?:隆重|顺利|圆满|成功|胜利|正式|盛大|火热|激情|精彩|如期|同时)?"
    # (在全民健身成果展示及开幕式后: 开幕式 is the ceremony, a noun, not the verb)
    r"(?:举办|举行|开赛|开幕(?!式)|闭幕(?!式)|落幕|拉开了?帷幕|落下了?帷幕|落下大幕|拉开战幕|鸣锣开赛|开锣|开打|进行|上演|打响|召开|"
    r"结束|收官|揭幕|启幕|颁奖|展开|完赛)"
)
VENUE_BAD_RE = re.compile(
    r"^\d+[年月日]|\d+月|\d+日|近日|日前|刚刚|前不久|同期|当天|当日|期间|此前|近期|上午|下午|晚上|今年|去年|之前|"
    r"时间|这段|以上|以下|为|"
    r"同一天|本周|上周|周末|的|之际|指导下|支持下|范围内|基础上|过程中|背景下|"
    # a month word or a circumstance (在十月举行, 在掌声中落幕, 在系内开展) is no place
    r"^[一二三四五六七八九十]+月$|[声笑]中$|^[系院校班组]内$"
    # 在全院范围内开展 / 在全县组织开展: the reach of an activity, no place
    r"|^全[国省市县区院校镇乡系所](?:范围|组织)?$|范围$|[上中下]旬"
    # 在丰收节前一天举办 / 于2月4日立春节气开幕 / 在建校之日: a day named by what falls on it
    r"|[前后]一天|这一天|那一天|前夕|节气|之日|当晚"
    # 终于顺利结束 / 在校工会关于举办…的通知 / 在线直播: 于 or 在 inside a word, no place
    r"|^(?:顺利|圆满)|关于|对于|由于|^线"
)
ORGANIZER_RE = re.compile(r"由(?P<o>[^,;。!?:\n]{2,60}?)(?:联合|共同|携手)?主办")
# 由校团委举办的 / X、Y联合举办: the body that held it, when no 主办 is printed
ORGANIZER3_RE = re.compile(
    r"(?:由(?P<o>[^,;。!?:\n由]{2,60}?)(?:联合|共同|携手)?(?:组织)?举办"
    r"|(?:^|[,。;\n])(?:\d+月\d+日[上下]?午?,)?(?P<o2>[^,;。!?:\n“”]{2,60}?)(?:等(?:部门|单位))?(?:联合|共同)举办)"
)
ORGANIZER2_RE = re.compile(r"主办(?:单位|方)(?:为|是|:)(?P<o>[^,;。!?\n]{2,60})")
PART_RE = re.compile(
    rf"(?<!其余)(?<!其他)(?<!另有)(?P<n>{NUM})\s?(?:余|多)?(?:个|名|支|位|所|家|组)"
    r"(?P<noun>(?:部门)?单位|(?:参赛)?选手|运动员|参赛者|参赛队伍?|队伍|代表队|球队|学校|院校|高校|企业|棋手|歌手|"
    rf"团队|志愿服务队|[{CJK}]{{1,3}}者|[{CJK}]{{0,6}}?(?=参赛|参加|同台|角逐|报名|比拼|竞技|参与))"
    rf"|(?P<n2>{NUM})(?:余|多)?人(?=参赛|报名|参加|参与|同台|角逐)"
    rf"|参赛人数(?:达到|达至|达|为|共|共计)?(?P<n3>{NUM})人"
)
PART_NOT_BEFORE_RE = re.compile(
    r"(?:等|派出|选派|选送|推送|组织|其中|另有)(?:了|我校|我院|我市|我县|我区)?$"
)
PART_NOT_AFTER_RE = re.compile(r"(?:分别|共同|均|都)?(?:获得|获|荣获|夺得|摘得|分获|斩获)")

# --- results that are not results ------------------------------------------------------------
TALLY_RE = gated(
    rf"(?P<g>{NUM})枚?金(?:牌)?[、,]?(?P<s>{NUM})枚?银(?:牌)?(?:[、,]?(?P<b>{NUM})枚?铜(?:牌)?)?"
    rf"|金牌(?P<g2>{NUM})枚[、,]?银牌(?P<s2>{NUM})枚(?:[、,]?铜牌(?P<b2>{NUM})枚)?"
    rf"|(?P<g3>{NUM})枚金牌[、,](?P<s3>{NUM})枚银牌(?:[、,](?P<b3>{NUM})枚铜牌)?"
)
# 金牌3枚 / 优秀科幻绘画作品奖 7项: a count after the prize, a space before it too (count_after_spaced)
COUNT_AFTER_RE = re.compile(rf"^\s*(?:共)?\s*{NUM}\s*(?:余|多)?(?:名|个|枚|块|项|人|件|位|支)")
# 取得6个项目第四名 / 1个项目第六名 (items_counted_before_place): places counted, no item named
# (A、B等2个项目冠军 names its items first: a result per item)
COUNT_BEFORE_RE = re.compile(
    r"(?:[2-9]|\d{2,}|[二两三四五六七八九十]+)(?:枚|块|个|项)$|^(?:\d+|[一两二三四五六七八九十]+)个(?:单?项目|单项|小项)$"
    # 一银两铜三名优秀奖 (count_of_winners_before_prize): 名 counts the winners too (not 第三名 / 前三名)
    r"|(?<![第前\d二两三四五六七八九十])(?:[2-9]|[二两三四五六七八九十])名$"
)
RELATIVE_AFTER_RE = re.compile(
    # 获得第二名的可喜成绩 (achievement_after_tier): a praised result is the result, no description
    r"^的(?!(?:好|优异|可喜|骄人|优秀|不俗|出色|良好|理想|突出|喜人|辉煌|傲人)?(?:成绩|佳绩|战绩|名次|位置)"
    r"|荣誉|称号|殊荣|桂冠|奖项|荣誉称号)[\u4e00-\u9fff]"
    r"|^(?:的)?(?:获奖)?(?:名单|人员名单|单位名单)"  # 宣布获得优秀组织奖名单: the list is announced, not given
    r"|^(?:的)?(?:人数|数量|总数|个数|比例|人次)"  # 获一等奖人数位列全疆前茅: a count, not a result (tally_noun_after_tier)
)
MODAL_ANY_RE = gated(
    r"将要|将会|有望|争取|力争|希望|渴望|期待|才能|即可|便可|均可|一旦|如果|未能|没有|没能|无缘|难以|并未|从未|"
    r"曾经|也曾|还曾|都曾|曾(?:多次|先后|两次|\d+次|于|在|获|荣获|夺得|摘得|斩获|代表)|此前|以往|往届|上届|历届|"
    r"先后|多次|屡次|去年(?!\d)|前年|过去|早在|历史上|目标|冲击|可获|能否|是否|谁能|或将|即将|预计|(?<!模)拟"
)
MODAL_TAIL_RE = gated(
    r"(?:将|可|能|要|想|(?<![工协学商员合究金事分总委])会|未|不|若|如|曾|或|欲|誓)$"
)
PREP_TAIL_RE = re.compile(r"(?:为|给|向|对|把|被|让|与|和|及|帮助|帮|替|由)$")
HISTORY_CLAUSE_RE = re.compile(
    r"^在?(?:去年(?!\d)|前年|此前(?![一两二三四五六七八九十\d]天)|以往|过去|上届|往届|历史上|早在\d{4}年|\d{4}年以来|近年来|多年来"
    # 2010年至2018年,陈芳佳…分别获得铜牌、银牌 (career_years_span): a span of years is a career
    r"|\d{4}年(?:至|到|—|-)\d{4}年(?!度|赛季))"
)
EVENT_CONTEXT_RE = re.compile(
    r"赛|评选|评比|运动会|征文|考核|考试|展演|角逐|比拼|擂台|比武|省运|市运|全运|奥运|亚运|大运|青运|农运|学运|城运|冬运|世运|残运|冬奥|残奥|锦标|联赛|竞技|"
    r"颁奖|获奖|评审|评委"
)
# a cheap superset of TIERS | RESULT_VERBS | TALLY_RE (every match of those holds one of these):
# an article without any is skipped before any copying
# (every alternative starts with a literal character, so the scan stays a fast literal search;
# the ranges 一至三名 / 一、二名 and tallies 3金 are written as lookbehinds on 名 / 位 / 金)
_N = r"[一二三四五六七八九十\d]"
# 被评为我院第二届十佳歌手: a praised role after a conferring verb, the honour without quotes
_PRAISED_ROLE_AFTER_CONFERRING = (
    r"(?:授予|评为|获评)[^,;。!?“]{0,8}?(?:优秀|十佳)"
    r"(?:教练员|运动员|裁判员|歌手|选手|主持人|辩手|演讲者)"
)
PRAISED_ROLE_AFTER_CONFERRING_RE = re.compile(_PRAISED_ROLE_AFTER_CONFERRING)
_TO = r"[、和及至到\-—~]"
# an honour title (HONOUR_CORE): a head noun closing a quote, a quoted 称号, or X王 closing a phrase;
# each opens with one literal, so precheck() scans for it fast
_HONOUR_MARK_PARTS = (
    "”(?:" + "|".join(f"(?<={re.escape(h)}”)" for h in sections("honour_heads")["head"]) + ")",
    "”(?=(?:荣誉)?称号)",
    rf"王(?={HONOUR_BOUND})",
)
_HONOUR_MARKS = "|".join(_HONOUR_MARK_PARTS)
PRECHECK_RE = re.compile(
    rf"{alt(RESULT_NOUNS)}|{alt(RESULT_VERBS)}|奖|冠军|亚军|季军|殿军|金牌|银牌|铜牌|冠亚|团体第|总分第|"
    rf"第{_N}{{1,3}}名|名(?<={_N}{_TO}{_N}名)|名(?<={_N}{_TO}第{_N}名)|名(?<={_N}{_TO}{_N}{_N}名)|"
    rf"名(?<={_N}{_TO}第{_N}{_N}名)|[名位](?<=(?:一二|二三|三四|四五|五六|六七|七八|八九)[名位])|"
    rf"名(?<={_N}名{_TO}{_N}名)|名(?<={_N}名{_TO}{_N}{_N}名)|"
    rf"前[二三四五六七八九十\d]|(?:位居|屈居|位列|名列|排名|获得|夺得|勇夺|荣获|摘得|斩获|赢得|得了|\d米|[子中年]组|[两二三四五六七八九]项)第|最佳|最有价值|三甲|分列|"
    r"指导教师|指导老师|"
    r"金(?<=[一二三四五六七八九十两\d]金)|金(?<=[一二三四五六七八九十两\d]枚金)|"
    rf"[金银铜](?:{MEDAL_OBJECTS})|(?:分获|分列|分别获得?|依次获得)第?[一二三四五六七八九](?:至|到)|"
    r"(?:授予|评为|获评|荣获|获得|获)(?:[省市区县]级|国家级|自治区级)?“(?:优秀|十佳|最美)|"
    rf"{_PRAISED_ROLE_AFTER_CONFERRING}|{_HONOUR_MARKS}|{PRAISED_ROLE_TITLE}"
)
# the same test, faster: one alternation of many branches costs ~50 ns a character in `re`, while
# a substring test or a pattern that starts with one literal is a fast scan; precheck() runs those
_PRE_WORDS = (
    *RESULT_NOUNS,
    *RESULT_VERBS,
    *[
        "奖",
        "冠军",
        "亚军",
        "季军",
        "殿军",
        "金牌",
        "银牌",
        "铜牌",
        "冠亚",
        "团体第",
        "总分第",
        "最佳",
        "最有价值",
        "三甲",
        "分列",  # 分列第二、第三位: places with 位, which no other word here marks
        "指导教师",  # 被评为优秀指导教师: the coach's honour has no prize word
        "指导老师",
    ],
)
_PRE_RES = tuple(
    re.compile(p)
    for p in (
        rf"第{_N}{{1,3}}名",
        rf"名(?<={_N}{_TO}{_N}名)|名(?<={_N}{_TO}第{_N}名)|名(?<={_N}{_TO}{_N}{_N}名)|名(?<={_N}{_TO}第{_N}{_N}名)"
        r"|名(?<=一二名|二三名|三四名|四五名|五六名|六七名|七八名|八九名)"
        rf"|名(?<={_N}名{_TO}{_N}名)|名(?<={_N}名{_TO}{_N}{_N}名)",  # 4名至8名
        r"位(?<=一二位|二三位|三四位|四五位|五六位|六七位|七八位|八九位)",
        r"前[二三四五六七八九十\d]",
        r"第(?<=位居第|屈居第|位列第|名列第|排名第|获得第|夺得第|勇夺第|荣获第|摘得第|斩获第|子组第|中组第|年组第|两项第|三项第|赢得第|得了第)"
        r"|第(?<=\d米第)",
        r"金(?<=[一二三四五六七八九十两\d]金)|金(?<=[一二三四五六七八九十两\d]枚金)",
        # each of the patterns below opens with one literal, written apart for that reason
        *(rf"{m}(?:{MEDAL_OBJECTS})" for m in "金银铜"),  # 金话筒 (named_medal_object)
        r"分(?:获|列|别获得?)第?[一二三四五六七八九](?:至|到)",  # 分获三至八
        r"依次获得第?[一二三四五六七八九](?:至|到)",
        *_HONOUR_MARK_PARTS,  # 获“技术标兵” / 成为…爬坡王 (quoted_honour_title, king_of_contest)
        *_PRAISED_ROLE_PARTS,  # 荣获“校园十佳歌手称号” (praise_role_honour)
        # 被授予“优秀教练员”称号: the quote first, then the conferring verb (and level) behind it
        "“(?=优秀|十佳|最美)(?:"
        + "|".join(
            f"(?<={verb}{level}“)"
            for verb in ("授予", "评为", "获评", "荣获", "获得", "获")
            for level in ("", "省级", "市级", "区级", "县级", "国家级", "自治区级")
        )
        + ")",
        *(
            _PRAISED_ROLE_AFTER_CONFERRING.replace("(?:授予|评为|获评)", v, 1)
            for v in ("授予", "评为", "获评")
        ),
    )
)


# every word ends with one of these: one class scan stands for the 35 word scans in most sentences
_PRE_WORD_END_RE = re.compile("[" + re.escape("".join(sorted({w[-1] for w in _PRE_WORDS}))) + "]")


def precheck(text: str) -> bool:
    """PRECHECK_RE.search(text), as a few fast scans (the hot path of every article)."""
    return (
        _PRE_WORD_END_RE.search(text) is not None and any(w in text for w in _PRE_WORDS)
    ) or any(rx.search(text) for rx in _PRE_RES)


# --- recipient segment cleaning --------------------------------------------------------------
SEG_LEAD_RE = re.compile(
    r"^(?:最终|最后|其中|此外|另外|另(?=[\u4e00-\u9fff]{2,4}(?:老师|同学|选手))|同时|结果|经过[^,]{0,8}?角逐|经[^,]{0,6}?角逐|经过[^,]{0,6}?(?:比拼|评审|较量)|"
    r"经评委评审|评审结果|(?:评选|评定|认定)(?![出为])|比赛中|恭喜|祝贺|热烈祝贺|本次比赛中|本届比赛中|本次大赛中|并且|并|而|则|还有|以及|"
    # 和谐队 / 和平村 (he_opens_a_name): 和 before one letter and a team or place ending is the name's
    r"和(?![\u4e00-\u9fff]{1,2}(?:队|村|镇|乡|县|区|社区|街道)$)|共有|共(?!同)|当天|当晚|"
    r"随后|接着|然后|但是|但|然而|不过|从而|进而|因而|继而|随即|此次|本次|本届|由|是|为|包括|分别是|分别为|即|爆冷|又一次|再一次|"
    r"不仅|不但|不只"  # A表现突出,不仅荣获一等奖,还…: 'not only' opens the clause, A won
    # 首次参赛的广州体育职业技术学院代表队成为冠军 (first_entry_descriptor): how new it is, not who
    r"|(?:首次|初次|第一次)参赛的(?=[\u4e00-\u9fff]{4}))+"
)
# 在…比赛中 / 在…决赛(国赛) right before the verb: where, not who
SEG_IN_RE = re.compile(
    r"在[^在,]{0,40}?(?:赛|会|选|比|文|演|核|试|动|场|组|级|目|届)(?:\([^()]{1,8}\))?\)?(?:中|上|里|期间|当中|$)"
)
# 茅以升学院 (yi_inside_a_college_name): a college named after a person holds a 以 that is no 'with';
# 李以恒获得 (yi_inside_a_name): one letter between 以 and the result verb is a name's, no manner
YI_IN_NAME = (
    r"(?![\u4e00-\u9fff]{1,2}(?:学院|大学|书院))"
    r"(?![\u4e00-\u9fff](?:获|荣获|夺得|摘得|斩获|赢得|问鼎|捧得|勇夺|包揽))"
)
SEG_BY_RE = re.compile(
    rf"(?:以(?!及|来|上|下|后|前|内|外){YI_IN_NAME}(?![\u4e00-\u9fff]$)[^以]{{1,30}}?|凭借[^凭]{{1,30}}?|凭(?!借)[^凭]{{1,30}}?"
    # 按小分排序分获前三名 (ranked_by_rule): the rule the places were ranked by is how, not who
    r"|(?:按照?|根据|依据)[^按,]{1,16}?(?:排序|排名|计算|顺序|规定|规则|高低|多少))$"
)
SEG_TRAIL_RE = gated(
    # 王李超31秒81获得亚军 (mark_after_name): a time printed after the name is how it won
    r"(?:(?<=[\u4e00-\u9fff])(?:\d+小时)?(?:\d+分)?\d+(?:\.\d+)?秒\d{0,2}|(?:同|共|均|皆|各)?积?\d+(?:\.\d+)?分|一人独?|独自|连续[两二三四五六七八九十\d]{1,2}(?:年|届|次)|分别|(?<!^[\u4e00-\u9fff]{2})均|都|也|却|还|共|一起|联合|同时|则|又|再次|首次|成功|一举|最终|再度|继续|双双|共同|顺利|各|已|皆|亦|"
    r"更是|可谓是|喜|等单位|等|(?<=[\u4e00-\u9fff])(?:的)?成绩|强势|技高一筹|略胜一筹|稳稳|轻松|"
    r"力拔头筹|拔得头筹|独占鳌头|技压群芳|脱颖而出|(?:成功|顺利|轻松|轻而易举|毫无悬念)地)+$"
)
ITEM_LEAD_RE = re.compile(
    r"^(?:作品(?=《)|东道主|(?:他|她)的(?:队友|搭档|同伴|同事|同学|学生|弟子|徒弟|女儿|儿子)|选手|其作品|由|是|为|包括|来自(?=[^的]+的)|另一名|另一位|一名|一位|"
    r"(?:我校|我院|我县|我市|我区|该校|本校)(?=[\u4e00-\u9fff]{0,4}?(?:学生|女生|男生|同学|教师|老师|选手|参赛选手))"
    r"(?![\u4e00-\u9fff]*(?:[队团班组]|[男女][篮排足])$)|"  # 我院学生男篮: a team, D3 kept (self_team_kept)
    rf"(?:我校|我院|本校)(?={_SUR}[{CJK}]{{1,2}}$)(?![{CJK}]*[队团班组]$)|"  # 我校游泳队: D3, kept
    # 我市绥德县…合作社 (self_reference_before_placed_unit): D3, the unit's own name starts at its place
    rf"(?:我市|我省|我州|我盟)(?=[{CJK}]{{1,5}}(?:县|区|市|旗)[{CJK}]{{2,}}"
    rf"(?:公司|合作社|农场|厂|中心|协会|学校|中学|小学|医院)$)|"
    rf"(?:女生|男生|学生|学员|学子)(?={_SUR}[{CJK}]{{1,2}}$)|"
    # 6号杨雯壹 / 3号选手贺涛 (contestant_number_before_name): the draw number names no one
    rf"\d{{1,3}}号(?:选手)?(?={_SUR}[{CJK}]{{1,2}}$)|"
    # 两名国家大师曹岩磊 (count_before_role): the count of the apposition names no one itself
    rf"[两二三四五六七八九十\d]{{1,2}}(?:名|位)(?=[{CJK}]{{0,6}}?(?:{alt(words('epithets'))}|{alt(words('roles'))})"
    rf"{_SUR}[{CJK}]{{1,2}}(?:\([^()]{{1,10}}\))?$)|"
    # 教师田亦洲 / 教练曹明刚 (role_before_lone_name): any listed role right before the name
    rf"(?:{alt(words('roles'))})(?={_SUR}[{CJK}]{{1,2}}$)(?![{CJK}]*[队局所处科站]$)|"  # 交警支队: a unit
    rf"(?:装配工|电焊工|焊工|电工|钳工|车工|铣工|维修工|管工|钣金工|木工|瓦工|职工|员工)(?={_SUR}[{CJK}]{{1,2}}$)|"
    # 老将王涛 / 特级大师王天一: the epithet is no part of the name (西安名将A: 西安 is A's, kept)
    rf"(?:{alt(words('epithets'))})(?={_SUR}[{CJK}]{{1,2}}$))+"
)
# one count after a list (张三、李四两名同学, 湛江一中、湛江二中两所学校): a single numeral, so the
# 四 of 李四 is never read as part of the count
_CNT = r"(?:\d+|[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])"
ITEM_TRAIL_RE = gated(
    rf"(?:(?<=[{CJK}])(?:设计|创作|拍摄|制作|绘制|撰写)的(?:参赛)?作品|(?<=”)项目|(?<=》)(?:项目|一文|一书|一曲|一诗|作品|课程|课件|微课|教案|课例|论文|案例|节目|视频|短片|微电影|剧本|绘本|\((?:组照|组图|组诗|组画|单幅)\))|(?<=[中学校院高])师生|(?<=[{CJK}]){NUM}人的?(?:作品|节目)|同学|老师|讲师|副?教授|(?<=[{CJK}]{{2}})(?<![会部局处室办科所院组队系中心])(?:院长|主任(?:医师)?|医师|医生|护士长|护士|护师)|选手|队员|同志|(?<=[\u4e00-\u9fff]{{2}})(?:先生|女士)|小朋友|(?:大姐|大妈|阿姨|大爷|大叔|叔叔|伯伯|大伯|阿婆|婆婆|奶奶|爷爷|老人|师傅)(?<=[\u4e00-\u9fff]{{4}})|\((?:男|女)\)|\d+票|等人|(?<=[\u4e00-\u9fff]{{2}})(?<![我本该][市县区校院省镇乡])小(?:选手|运动员|棋手|队员)|等{NUM}[{CJK}]{{1,3}}|{_CNT}\s*(?:位|名|所|支|个|家)(?:同学|老师|选手|教师|小朋友|学生|队员|叔叔|阿姨|老人|学校|队伍|单位|代表队|球队|企业|班级|学院|院系|集体|团队)?|(?<=[》”]){_CNT}\s*(?:个|部|篇|幅|件|首)(?:节目|作品|项目)?|(?<=[{CJK}])(?:两校|[二两三四五六七八九]人|[2-9]人|俩)|(?<=同学|选手|队员|老师|学生|教师)所|并列|等(?:队伍|单位|学校|班级|院系|部门|集体|球队|选手|队员|同学|个人|作品|节目)|等(?:{NUM}(?:余|多)?(?:个|名|所|家|支|位|人|部|件|项|幅|篇|首|组)[{CJK}]{{0,6}})?)+$"
)  # repeated: 宋瑞艳等选手 -> 宋瑞艳; 孔泰三位同学所(包揽): the 所 of 由…所 after the apposition
CONJ_RE = re.compile(r"以及|及|和|与|同|搭档")  # 搭档: a pair of partners (partnered_pair)
# (陶凉院长 / 崔文博主任 / 周元陵医师: a hospital's post after a person is no part of the name, unless a
# unit word closes the name before it — 委员会主任, 党办主任: hospital_post_after_person)
# compounds whose 和/与/及 belongs inside one name
PROTECTED_CONJ = words("protected_conj")
