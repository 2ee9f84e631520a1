"""Assembly: sentences -> results -> events (clusters by contest name) with their facts."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from yunmei.events import lexicon as lx
from yunmei.events.facts import (
    PROPER_NAME_RE,
    STRONG_NAME_RE,
    Mention,
    YearOnly,
    adopt_lead,
    closing_day,
    dateline_day,
    dateline_lead_day,
    editions_of,
    event_kind,
    find_names,
    first_date,
    in_name_year,
    name_years_back,
    organizer_in,
    page_year,
    parse_published,
    participants_in,
    pick_name,
    same_event,
    venue_in,
    whole_field,
)
from yunmei.events.lists import expand as expand_list_tier
from yunmei.events.lists import list_awards
from yunmei.events.performers import performer_over_piece
from yunmei.events.recipients import (
    MEMBERS_OF_UNNAMED_TEAM_RE,
    category_in,
    recipients,
    same_recipient,
    split_items,
)
from yunmei.events.shapes import (
    COUNTED_WINNERS_THEN_NAMES,
    NAMES_NEXT,
    PREDICATE_RE,
    RANK_ITEM_RE,
    TIER_COUNT_THEN_NAMES,
    VERB_IN_RE,
    Found,
    caption_line,
    clause_awards,
    gapped_places,
    lead_subject,
    pair,
    rank_item,
    rank_items_joined,
    tier_as_achievement,
)
from yunmei.events.text import (
    MAX_CLAUSE,
    Sentence,
    cn_int,
    norm_name,
    split_clauses,
    split_sentences,
)
from yunmei.events.tiers import expand_tiers, team_tier, tier_rank
from yunmei.events.wellformed import holders_only, well_formed

log = logging.getLogger("yunmei.events")


# 2015级X专业A、…专业B和C及…专业D4人,凭借…荣获: a long list closed by its head count
_COUNTED_PEOPLE_END_RE = re.compile(
    r"[\u4e00-\u9fff](?:\d|[两二三四五六七八九十])(?:人|名同学|位同学|名选手)$"
)
# a tier-first clause (一等奖获得者为A / 评出一等奖A) opens a ranking list: 二等奖B may follow
_TIER_FIRST_SHAPES = frozenset(
    {"WINNERS_OF_TIER_ARE", "TIER_IS", "TIER_LABEL_LIST", "TIER_OF_ARE", "SELECTED_TIER_THEN_NAMES"}
)
# 冠军:A、B — a label clause names its own winners; names before it are a heading
_LABEL_LEAD_RE = re.compile(rf"(?:{lx.TIER})\s?:")


def _strict() -> bool:
    from yunmei import events  # the package flag, read at call time so tests can set it

    return events.STRICT


@dataclass
class Cluster:
    names: list[str]
    first: tuple[int, int]
    mention_sents: list[int] = field(default_factory=list)
    awards: list[tuple[tuple[int, int], str, str | None, list[dict]]] = field(default_factory=list)
    award_sents: list[int] = field(default_factory=list)
    tally: dict | None = None
    lead_name: str | None = None  # the lead's held contest, adopted by facts.adopt_lead


def tally(m: re.Match) -> dict:
    def num(*names: str) -> int | None:
        for n in names:
            if m.group(n):
                return cn_int(m.group(n))
        return None

    return {
        "gold": num("g", "g2", "g3"),
        "silver": num("s", "s2", "s3"),
        "bronze": num("b", "b2", "b3"),
    }


def extract(text: str, published_at: Any, title: Any) -> list[dict]:
    if not isinstance(text, str) or not text.strip():
        return []
    if not lx.precheck(text):
        return []  # cheap exit before any copying: no tier word, no result
    body = text.translate(lx.CANON)
    tail = _RELATED_HEADING_RE.search(body)
    if tail:  # 相关新闻 / 热点推荐: headlines of other articles are not this article's results
        body = body[: tail.start()]
    head = title.translate(lx.CANON) if isinstance(title, str) else ""
    pub = parse_published(published_at)
    if pub is None:  # no publication date: a year in the name (2018“温瑞联盟”龙舟赛) dates 6月10日
        pub = page_year(head, body)
    pub = (
        dateline_day(body, pub) or pub
    )  # 新华社北京4月15日电 …15日闭幕: days count from the dateline
    sents = split_sentences(body, head)
    gate = bool(lx.EVENT_CONTEXT_RE.search(body) or lx.EVENT_CONTEXT_RE.search(head))

    mentions: list[Mention] = []
    awards: list[tuple[tuple[int, int], str, str | None, list[dict]]] = []
    tallies: list[tuple[tuple[int, int], dict]] = []
    generic_words: list[str] = []
    by_idx = {s.idx: s for s in sents}
    listed, list_paras = list_awards(body.split("\n"))
    first_in_para: dict[int, int] = {}
    for s in sents:
        if s.idx >= 0:
            first_in_para.setdefault(s.para, s.idx)
    for la in listed:
        pos = (first_in_para.get(la.para, 0), 0)
        for t in expand_list_tier(la.tier):
            tier, tcat = team_tier(t, la.category)
            awards.append((pos, tier, tcat, [dict(r) for r in la.recipients]))
    n_listed = len(awards)
    header_cat: str | None = None
    stage_cat: str | None = None  # 联赛高中男子组决赛…举行。A夺得冠军: the stage named just before
    last_para = None
    found_names: dict[int, tuple] = {}
    for s in sents:
        try:
            found_names[s.idx] = find_names(s.text)
        except Exception:
            if _strict():
                raise
            log.debug("event names failed in %r", s.text[:80], exc_info=True)
    # a sub-contest (循迹游行赛中,…) is a category only inside a contest named specifically
    named_contest = any(
        n.strong or _UMBRELLA_RE.search(n.name)
        for names, _c, _g in found_names.values()
        for n in names
    )
    for s in sents:
        if s.idx not in found_names:
            continue
        names, cats, generic = found_names[s.idx]
        for n in names:
            mentions.append(Mention(n.name, s.idx, n.pos, n.strong))
        generic_words.extend(generic)
        if s.idx < 0:
            continue  # the title names events; results come from the body
        if s.para != last_para:
            stage_cat = None
            hm = lx.CAT_HEADER_RE.fullmatch(s.text.strip(" 。"))
            if hm:
                header_cat = hm.group("cat")
                last_para = s.para
                continue
            if names:
                header_cat = None
            last_para = s.para
        if s.para in list_paras:
            continue  # read by the heading/list parser
        s = _these_n_are(s, by_idx.get(s.idx - 1))
        try:
            # no tier, result word or medal count: no clause of the sentence can state a result
            if _may_state_result(s.text):
                sentence_awards(
                    s,
                    header_cat or stage_cat,
                    cats,
                    gate,
                    awards,
                    tallies,
                    named_contest,
                    _earlier_in_para(s, by_idx),
                )
            elif named_contest and (opened := _opened_subcontest(s.text)):
                cats = [*cats, (0, opened)]  # the results in the sentences after it are in it
        except Exception:
            if _strict():
                raise
            log.debug("event awards failed in %r", s.text[:80], exc_info=True)
        stage_cat = cats[-1][1] if cats else stage_cat

    # every shape's recipients must be names, not clauses or headings (the table's part apart);
    # the check cleans lists but never empties a passage of a mis-cut holder: whether it reports a
    # result is the shapes' call (来自我市黄桥镇、现定居张家港的参赛者吕建…斩获冠军 is a result);
    # a holder-less name (人数…名列全国第一) goes even then
    listed_awards = well_formed(awards[:n_listed])
    prose_awards = well_formed(awards[n_listed:])
    if listed_awards or prose_awards:
        awards, n_listed = listed_awards + prose_awards, len(listed_awards)
    else:
        listed_awards, prose_awards = (
            holders_only(awards[:n_listed]),
            holders_only(awards[n_listed:]),
        )
        awards, n_listed = listed_awards + prose_awards, len(listed_awards)
    # 以321分的总分位列奖牌榜第一名 (medal_table_rank): a place on a medal table ranks a tally, and
    # a delegation's tally is no result
    listed_awards, prose_awards = (
        [a for a in part if not (a[2] and _MEDAL_TABLE_RE.search(a[2]))]
        for part in (awards[:n_listed], awards[n_listed:])
    )
    awards, n_listed = listed_awards + prose_awards, len(listed_awards)

    # the prose sentence at `pos` prints the tier itself (not only a range it was expanded from)
    def printed(pos: tuple[int, int], tier: str) -> bool:
        return pos[0] in by_idx and tier in by_idx[pos[0]].text

    awards = _drop_restated_places(awards, n_listed, printed)
    awards = _drop_restated_verbs(awards)
    awards = _drop_titles_with_a_place(awards)
    awards = _drop_result_word_restating_place(awards)
    awards = _drop_medal_restating_crown(awards)
    awards = _drop_repeated_works(awards)
    awards = _drop_restated_self_reference(awards)
    awards = _drop_one_letter_names(awards)
    awards = _drop_restated_short_names(awards)
    awards = _full_team_names(awards, body)
    if not awards:
        return []
    strong = [m.name for m in mentions if m.strong]
    first = (
        min(mentions, key=lambda m: (m.sent if m.sent >= 0 else 10**6, m.pos)) if mentions else None
    )
    if not strong and first and _UMBRELLA_RE.search(first.name):
        strong = [
            first.name
        ]  # only generic names, the lead's an umbrella (职工技能大赛): it is the contest
    if (
        strong
    ):  # 七轮比赛 beside a real name is not another contest (书法大赛 may be its short form)
        keep = [m for m in mentions if m.strong or any(same_event(m.name, n) for n in strong)]
        generic_words.extend(m.name for m in mentions if m not in keep)
        mentions = keep

    clusters: list[Cluster] = []
    mention_cluster: list[tuple[tuple[int, int], Cluster]] = []
    for mn in mentions:
        matched = [c for c in clusters if any(same_event(mn.name, x) for x in c.names)]
        # 组织了一场“故事大王”比赛。在这场讲故事比赛中…: a demonstrative points back to the contest
        # named just before, under another wording (a proper name only: 粉笔字书写比赛 is a genre)
        if (
            not matched
            and mn.sent in by_idx
            and _BACK_REFERENCE_RE.search(by_idx[mn.sent].text, 0, mn.pos)
        ):
            named_before = [c for c in clusters if 0 <= c.first[0] <= mn.sent]
            matched = [c for c in named_before[-1:] if PROPER_NAME_RE.search(c.names[0])]
        if not matched:
            cl = Cluster([mn.name], (mn.sent, mn.pos))
            clusters.append(cl)
        else:
            cl = matched[0]
            cl.names.append(mn.name)
            # 第十一届《英雄联盟》高校联赛 (title) … 高校联赛全国总决赛 … 第十一届高校联赛全国总冠军: a
            # mention that is the same event as two clusters of one edition joins them
            for other in matched[1:]:
                if editions_of(cl.names[0]) == editions_of(other.names[0]) != set():
                    cl.names += other.names
                    cl.mention_sents += other.mention_sents
                    clusters.remove(other)
                    mention_cluster = [(p, cl if c is other else c) for p, c in mention_cluster]
        cl.mention_sents.append(mn.sent)
        mention_cluster.append(((mn.sent, mn.pos), cl))

    def owner(pos: tuple[int, int]) -> Cluster | None:
        before = [(p, c) for p, c in mention_cluster if p <= pos]
        if before:
            return max(before, key=lambda pc: pc[0])[1]
        same = [(p, c) for p, c in mention_cluster if p[0] == pos[0]]
        return min(same, key=lambda pc: pc[0])[1] if same else None

    unnamed = Cluster([], (10**9, 0))
    for aw in awards:
        cl = owner(aw[0]) or unnamed
        cl.awards.append(aw)
        cl.award_sents.append(aw[0][0])
    for pos, t in tallies:
        cl = owner(pos) or unnamed
        cl.tally = cl.tally or t
    if unnamed.awards:
        with_awards = [c for c in clusters if c.awards]
        only = with_awards if with_awards else clusters
        if len(only) == 1:  # results before the only named contest belong to it
            only[0].awards = sorted(only[0].awards + unnamed.awards, key=lambda a: a[0])
            only[0].award_sents += unnamed.award_sents
            only[0].tally = only[0].tally or unnamed.tally
            unnamed.awards = []
    result_clusters = sorted((c for c in clusters if c.awards), key=lambda c: c.first)
    if len(result_clusters) == 1:  # 市级比赛 after the lead's held 第X届…大赛: the lead names it
        adopt_lead(result_clusters[0], clusters, by_idx)
    if unnamed.awards:
        unnamed.first = min(a[0] for a in unnamed.awards)
        result_clusters = sorted([*result_clusters, unnamed], key=lambda c: c.first)

    body_sents = [s for s in sents if s.idx >= 0]
    starts = [max(c.first[0], 0) if c.names else 0 for c in result_clusters]
    if starts:
        starts[0] = 0  # the lead before the first name still describes the first contest
    events = []
    lead_day = dateline_lead_day(body, pub)  # 本报苏州5月3日电 …在苏州落幕: the wire's day
    for k, cl in enumerate(result_clusters):
        start = starts[k]
        end = next((st for st in starts[k + 1 :] if st > start), len(body_sents))
        segment = [s for s in body_sents if start <= s.idx < end] if cl.names else body_sents
        other_mentions = {i for c in result_clusters if c is not cl for i in c.mention_sents}
        events.append(
            build_event(
                cl,
                segment,
                by_idx,
                other_mentions,
                body_sents,
                pub,
                generic_words,
                alone=len(result_clusters) == 1,
                lead_day=lead_day if k == 0 else None,
            )
        )
    try:
        events = [performer_over_piece(e, body) for e in events]
    except Exception:
        if _strict():
            raise
        log.debug("performers failed", exc_info=True)
    return events


def sentence_awards(
    s: Sentence,
    header_cat: str | None,
    cats: list[tuple[int, str]],
    gate: bool,
    awards: list[tuple[tuple[int, int], str, str | None, list[dict]]],
    tallies: list[tuple[tuple[int, int], dict]],
    named_contest: bool = False,
    earlier: list[Sentence] | None = None,
) -> None:
    """Append the results (and medal tallies) stated in sentence `s`.

    `earlier` holds the sentences before `s` in its paragraph, nearest first: where a pronoun
    opens a clause (他们…荣获), its antecedent is looked up there.
    """
    cat = header_cat
    sub_cat: str | None = None  # the sub-contest this sentence opened (在春苗网知识竞赛中,…)
    history = False
    clauses = split_clauses(s.text)
    skip_next = False
    carry: list[dict] | None = None  # the subject of the latest clause that has one
    listing = False  # inside a ranking list (冠军A,亚军B)
    pending: list[dict] = []  # names in clauses of their own, waiting for the clause with the verb
    pending_groups: list[tuple[int, list[dict]]] = []  # the same, one entry per clause
    last_tiers: list[str] = []  # the tiers of the latest result clause (for 女子组由A获得)
    label_recips: list[dict] | None = None  # the names of the latest `二等奖:A` label clause
    label_groups: list[list[dict]] = []  # those names clause by clause (the label's own first)
    label_cats: list[str] | None = None  # the categories the label printed for its groups
    sides: list[dict] | None = None  # winner and loser of the clause before (A以…战胜B)
    places_run: Found | None = None  # the places of the latest clause that gave one name each
    subject_seen = False  # a clause of this sentence had a subject (a pronoun points to it)
    winners: list[dict] | None = None  # the recipients of the latest result of this sentence
    gapped = False  # the clause before gave one ranked place to one holder (gapped_places)
    team_cat: str | None = None  # the sentence's first place named 团体总分 (team_prefix_carried)
    for ci, (off, raw) in enumerate(clauses):
        if skip_next:
            skip_next = False
            continue
        c = raw.strip()
        if not c or len(c) > MAX_CLAUSE:
            continue
        lead = len(raw) - len(raw.lstrip())
        nxt_raw = clauses[ci + 1][1].strip() if ci + 1 < len(clauses) else ""
        if nxt_raw and len(c) <= 20 and _PRIZE_TOPIC_RE.fullmatch(c) and _GOES_TO_RE.match(nxt_raw):
            # 两个组别的最佳门将,则分别属于A的X和B的Y (prize_topic_then_holder): the prize is the
            # topic of the clause after it, whose names hold it
            c, skip_next = c + nxt_raw, True
        elif (
            nxt_raw
            and (gp := _GENERIC_PRIZE_END_RE.search(c))
            and _PRIZE_NAME_ONLY_RE.fullmatch(nxt_raw)
        ):
            # 获得比赛的最高奖项,金话筒奖 (generic_prize_then_its_name): the next clause names it
            c, skip_next = c[: gp.start("generic")] + nxt_raw, True
        if lx.HISTORY_CLAUSE_RE.match(c):
            if _HISTORY_EPITHET_RE.match(c):
                # 上届女单冠军梁辰搭档鲁晶晶…没能笑到最后,张帅/孙胜男…获得冠军 (history_epithet): last
                # year's title is a player's epithet; the clause states no result, the next ones do
                continue
            history = True
        if history:
            continue
        for pos, ccat in cats:
            if off <= pos < off + len(raw):
                cat = ccat
        mk = lx.CAT_MARKER_RE.fullmatch(c) or _ASPECT_RE.fullmatch(c)
        if mk:
            cat = mk.group("cat") or mk.groupdict().get("div")
            continue
        lab = _CAT_LABEL_LEAD_RE.match(c)
        if (
            lab and len(c) > lab.end()
        ):  # 五年级组团体奖:第一名A: the group labels the ranking after it
            cat = re.sub(r"^在", "", lab.group("cat") or lab.group("sub"))  # 在企业组中:
            cat += lab.group("team") or ""  # 五年级组团体奖: the group's team prize
            c, lead = c[lab.end() :], lead + lab.end()
        stm = _SUB_TIER_LEAD_RE.match(c) if named_contest else None
        if stm and not STRONG_NAME_RE.search(stm.group("sub")):
            cat = stm.group("sub")
        sub = _subcontest(c) if named_contest else None
        if named_contest and not sub and ":" in c:
            sub = _subcontest(c.rsplit(":", 1)[1])  # 斩获佳绩:循迹游行赛中,A荣获金奖
        if sub:
            cat = sub_cat = sub  # 在中学组征文比赛中,A荣获…
            continue
        tm = lx.TALLY_RE.search(c)
        if tm:
            tallies.append(((s.idx, off), tally(tm)))
            colon = c.find(":", tm.end())
            if colon < 0:
                continue
            # 夺得一金二银的优异成绩:其中A获得金奖 (tally_then_colon_results): the results follow
            c, lead = c[colon + 1 :], lead + colon + 1
        has_subject, subject = lead_subject(c)
        others = _OTHERS_LEAD_RE.match(c) if not subject else None
        if others:  # 曹焕帝荣获二等奖,其他选手获优秀奖: the rest of the list named before
            named_here = {r["name"] for (si, _o), _t, _c, rs in awards if si == s.idx for r in rs}
            ref = _the_others(antecedent(earlier or []), named_here)
            has_subject, subject = True, ref
            if ref:
                carry = ref
                c, lead = c[others.end() :], lead + others.end()
        pron = _PRONOUN_LEAD_RE.match(c) if not subject and not others else None
        if pron and pron.group("pron_n") and sides:
            pron = (
                None  # A以…战胜B,两队分获五六名: the sides of the match (match_sides_take_places)
            )
        pron_word = (
            (pron.group("pron") or pron.group("pron_qi") or pron.group("pron_n")) if pron else ""
        )
        if pron:  # 他们/大家/该队…: the subject is the antecedent, if one agrees with the pronoun
            # after a subject in its own sentence it points there: only a named winner
            # (A获得冠军,他们还…) resolves it; a sentence without one looks back (pronoun_antecedent)
            ref = (
                # 湖北队展现出强劲的实力,最终其名次分…: 其 is the owner named just before
                _agreeing(pron_word, carry if pron_word == "其" else winners)
                if subject_seen
                # 来自A的姜丽娜和B的胡杰,他们以…: the names of a clause of their own just before
                else _agreeing(pron_word, carry)
                if pending
                else _agreeing(pron_word, antecedent(earlier or []))
            )
            has_subject, subject = True, ref
            if ref:
                carry = ref
                c, lead = c[pron.end() :], lead + pron.end()
        role = _AS_ROLE_RE.fullmatch(c) if "作为" in c and not subject else None
        if role:  # 作为青年教师代表的唐琪老师, / 汤婷婷老师作为一名新教师,: the one in the role
            who = recipients(role.group("who") or role.group("who2"), strict=True)
            if len(who) == 1:
                has_subject, subject = True, who
                carry = who
        members = _MEMBERS_LEAD_RE.match(c) if not subject else None
        if members and not has_subject and not members.group("team2"):
            members = None
        if members:  # 佛山顺德乐从罗浮宫龙舟队全体成员团结拼搏: the members stand for their team
            team = recipients(members.group("team") or members.group("team2"), strict=True)
            if len(team) == 1 and team[0]["kind"] in ("team", "organization"):
                subject = carry = team
        both = _BOTH_SIDES_RE.match(c) if sides else None
        # most clauses name no prize at all: the full clause grammar only runs on those that do
        decided: list[str] = []  # the shape row that decided the clause
        found = (
            clause_awards(c[both.end() :], sides)
            if both
            else clause_awards(c, carry, decided)
            if lx.TIER_ANY_RE.search(c)
            or lx.RESULT_VERB_RE.search(c)
            or ("奖" in c and _NAMED_PRIZE_GATE_RE.search(c))
            or (("分别" in c or "依次" in c) and lx.PLACE_RANGE_ARE_RE.search(c))
            else []
        )
        nxt_raw = clauses[ci + 1][1].strip() if ci + 1 < len(clauses) else ""
        if found and _ONE_MEDAL_END_RE.search(c.rstrip()) and _COUNTED_MEDAL_LEAD_RE.match(nxt_raw):
            found = []  # 斩获1枚金牌,2枚铜牌 (one_medal_in_tally): a count of medals, no item won
        if pron and pron.group("pron_n") and any(len(f.tiers) >= 2 for f in found):
            found = []  # 两人闯入决赛…两人分获冠亚军: which took which is not said (counted_pronoun)
        if both and not (len(found) == 1 and len(found[0].tiers) == 2):
            found = []  # 两队分获五、六名: the two sides take the two places, winner first
        if not found and places_run and s.text[off - 1 : off] == ";" and not has_subject:
            again = _places_run_on(c, places_run)
            found = [again] if again else []
        places_run = (
            found[0]
            if len(found) == 1
            and len(found[0].tiers) >= 3
            and len(found[0].recipients) == len(found[0].tiers)
            else None
        )
        sides = _match_sides(c)
        if sides is None and c.startswith("以") and ci > 0:
            # 来自西南赛区的重庆长沙队,以87:67的比分战胜B: the winner is the clause before
            winner = clauses[ci - 1][1].strip().rpartition("的")[2]
            sides = _match_sides(winner + c) if len(winner) >= 2 else None
        winners = found[-1].recipients if found and found[-1].recipients else winners
        if has_subject:
            carry = subject
            subject_seen = True
        elif len(found) == 1 and found[0].recipients:
            carry = found[
                0
            ].recipients  # A力拔头筹,荣获冠军: the winner is the next clause's subject
        if (
            label_recips is not None
            and not found
            and not has_subject
            and s.text[off - 1 : off] in (",", ";")
            and len(c) <= 30
            and not PREDICATE_RE.search(c)
        ):
            names = recipients(c, strict=True)
            if names and len(names) == len(split_items(c)):
                # 二等奖:A等,B等,C: a label's names run on over commas; …冠军的是A、B;C、D;E、F
                # (groups_after_names_last): the ;-groups of doubles pairs run on the same way
                label_recips.extend(names)
                label_groups.append(names)
                continue
        _align_groups(awards, label_recips, label_groups, label_cats)
        label_recips = None
        dash = _DASH_APPOSITION_RE.fullmatch(c) if "—" in c and not found else None
        if dash and not PREDICATE_RE.search(dash.group("name")):
            # 本次比赛唯一的一支女子代表队——湖北宣恩女子龙舟队,获得了…: the name after the dash
            # is the subject; the words before it describe it (dash_apposition)
            names = recipients(dash.group("name"), strict=True)
            if len(names) == 1:
                carry = names
                continue
        if (
            not has_subject
            and not found
            and (
                "、" in c
                or len(c) <= 8
                or (len(c) <= 16 and lx.TEAM_END_RE.search(c))
                or (len(c) <= 24 and lx.AFF_PERSON_RE.fullmatch(c))  # 南城第一幼儿园王小明,凭…
                or (len(c) <= 24 and _FROM_PLACE_PERSON_RE.fullmatch(c))  # 来自内蒙古的何引丽,获得…
                or lx.CONJ_RE.search(c)  # 饶圣与邓世宇同学,分别…: two names joined by 与
                or (
                    pending and len(c) <= 30
                )  # …林舒心、刘诚伯,来自仵龙堂乡政府的盛秋君,…: the list goes on
            )
            and not PREDICATE_RE.search(c)
            and (
                len(c) <= 40
                or (len(c) <= 90 and _COUNTED_PEOPLE_END_RE.search(c))
                # 由A、B…等学子组成的代表队,…喜获: a long list of members is still the subject
                or (len(c) <= 90 and MEMBERS_OF_UNNAMED_TEAM_RE.fullmatch(c))
            )
            and not lx.TIER_ANY_RE.search(c)
        ):
            names = recipients(lx.SEG_LEAD_RE.sub("", c), strict=True)
            if names and len(names) >= len(split_items(lx.SEG_LEAD_RE.sub("", c))):
                # 华茂公司的A、B,徐圩公司C分获一等奖: the list runs over a comma;
                # 来自东南赛区的广东沙溪队,…,战胜广东大朗队,获得冠军: the subject of what follows
                pending.extend(names)
                pending_groups.append((off, names))
                carry = [dict(r) for r in pending]
                continue
        if (
            found
            and pending
            and c.find(found[0].recipients[0]["name"]) >= 0
            and not _LABEL_LEAD_RE.match(c)  # 男队 冠军:A: a group heading, not a winner
            and len(found[0].tiers) in (1, len(pending) + len(found[0].recipients))
            # 学生A、B、C,在…中,B、C分别荣获三等奖: the winners named again among the entrants
            and not {r["name"] for r in found[0].recipients} & {r["name"] for r in pending}
        ):  # A、B,C,D获得前三名: the names before the comma share the result (winners_among_entrants)
            found[0].recipients[:0] = pending
        elif (
            len(found) == 1
            and pending_groups
            and len(found[0].tiers) == len(pending_groups) + 1 >= 2
            and all(s.text[o - 1 : o] == ";" for o in [*(o for o, _ in pending_groups[1:]), off])
            and s.text[pending_groups[0][0] - 1 : pending_groups[0][0]] in (":", ";", "")
        ):  # A、B;C、D分别获得一、二等奖: each ;-group takes its tier in order
            found = _tier_per_group(found[0], [g for _o, g in pending_groups])
        elif (
            len(found) == 1
            and pending_groups
            and len(found[0].tiers) == len(pending_groups) + 1 >= 2
            and "、" in c
            and all(len(g) >= 2 for _o, g in pending_groups)
        ):  # A、B,C、D分别获得一、二等奖: comma-separated groups of names, one tier each
            found = _tier_per_group(found[0], [g for _o, g in pending_groups])
        elif (
            len(found) == 1
            and pending
            and len(found[0].tiers) >= 2
            and {r["name"] for r in found[0].recipients} != {r["name"] for r in pending}
        ):
            # A、B、C,D、E、F分别荣获小学组和中学组前三名: the names run over the comma (groups_of_places)
            joined = "、".join(r["name"] for r in pending) + "、" + c
            again = clause_awards(joined) if len(found[0].tiers) >= 2 else []
            n = len(pending) + len(found[0].recipients)
            found = again if len(again) >= 2 and sum(len(f.recipients) for f in again) == n else []
        pending = []
        pending_groups = []
        if not found:
            found = rank_items_joined(c)  # 亚军卢达谦、季军郑松基
        if not found:
            nxt = clauses[ci + 1][1] if ci + 1 < len(clauses) else None
            item = rank_item(c, listing, nxt)
            found = [item] if item else []
        if not found and len(clauses) == 1:
            # 健康和社会照护项目冠军闵思达。/ 色彩画一等奖作品刘泽元 (caption_line): a line of its own
            found = caption_line(c)
        if not found and gapped and not has_subject:
            # 一班获得第一名,二班第二名,三班第三名 (gapped_places): the verb of the first place left out
            found = gapped_places("、" + c, 0) or []
        listing = bool(found) and (
            RANK_ITEM_RE.fullmatch(c) is not None
            or (decided[-1:] and decided[-1] in _TIER_FIRST_SHAPES)  # 一等奖获得者为A,二等奖B
        )
        if not found:
            cm = TIER_COUNT_THEN_NAMES.fullmatch(c)
            if cm and ci + 1 < len(clauses):
                nxt = NAMES_NEXT.fullmatch(clauses[ci + 1][1].strip())
                if nxt and not lx.MODAL_ANY_RE.search(cm.group("pre")):
                    recips = recipients(nxt.group("rec"), strict=False)
                    if recips:
                        found = _tier_counts_then_names(c, cm, recips)
                        skip_next = bool(found)
        if not found and ci + 1 < len(clauses) and ("获" in c or "得" in c):
            found, skip_next = _counted_then_names(c, clauses[ci + 1][1].strip(), found, skip_next)
        if not found and last_tiers:
            em = _ELIDED_TIER_RE.fullmatch(c)
            if em and not lx.MODAL_ANY_RE.search(c):
                # 男子组前三名由A、B、C获得;女子组由D、E、F获得: the tiers of the clause before
                recips = recipients(em.group("rec"), strict=True)
                if recips and len(recips) == len(split_items(em.group("rec"))):
                    cat_e = category_in(em.group("cat") or "")
                    found = [Found(list(last_tiers), recips, cat_e, em.start("rec"))]
        if not found:
            found = tier_as_achievement(c)
        if not found and ci + 1 < len(clauses) and (te := _TIER_AT_END_RE.search(c)):
            nxt_c = clauses[ci + 1][1].strip()
            if _SPREAD_NAMES_NEXT_RE.match(nxt_c):
                # 团体一至六名,分别是A、B…: the tier, then its names in the next clause;
                # 前三名均来自内蒙古,他们分别是A、B和C (places_all_from_then_names): the origin
                # note is every name's affiliation, 他们 points back at the places
                head = c[: te.start("origin")] if te.group("origin") else c
                found = clause_awards(head + _THEY_RE.sub("", nxt_c), carry)
                skip_next = bool(found)
                for f in found if te.group("origin") else []:
                    for r in f.recipients:
                        r["affiliation"] = r.get("affiliation") or te.group("where")
        gapped = (
            len(found) >= 1
            and all(len(f.tiers) == 1 and len(f.recipients) == 1 for f in found)
            and tier_rank(found[-1].tiers[0]) is not None
            and c.endswith(found[-1].tiers[0])  # the place closes its clause
        )
        if found:
            last_tiers = found[-1].tiers
        elif (
            len(c) <= 30
            and (th := _TIER_HEADING_CLAUSE_RE.fullmatch(c))
            and not VERB_IN_RE.search(c)
        ):
            last_tiers = expand_tiers(th.group("tier"))  # 3分钟踢毽男女冠军,高中组由A获得
        if (
            len(found) == 1
            and len(found[0].tiers) == 1
            and (_LABEL_HEAD_RE.match(c) or (decided and decided[-1] in _NAMES_LAST_SHAPES))
        ):  # 二等奖:A,B / 二等奖得主是A,B: the names closing the clause may run on over commas
            label_recips = found[0].recipients
            label_groups = [list(found[0].recipients)]
            label_cats = found[0].group_cats
        for f in found:
            if f.category and not f.discipline:
                cat = f.category  # a discipline (获书画一等奖) is that clause's own, never carried
            for tier, recips in pair(f):
                rank = tier_rank(tier)
                if not gate and not tier.endswith("奖"):
                    continue  # 位居全省第三名 outside any contest is a ranking, not a result
                if rank is not None and _RANK_VERB_RE.search(c) and _HEAT_RE.search(s.text):
                    continue  # A以32秒30排名预赛第一位,B…排名第二 (heat_ranking): a heat's order
                if (
                    rank is not None
                    and not tier.endswith("奖")
                    and _RANK_VERB_RE.search(c)
                    and (at := s.text.find(c)) >= 0
                    and _PRIZE_NEXT_RE.match(s.text, at + len(c))
                ):
                    continue  # 得分排名位居全省第一名,获得一等奖 (ranking_then_prize): the score's place
                if c.startswith("其中") and _ROUND_TAKEN_RE.search(s.text):
                    continue  # 五名教师参加了选拔赛,其中A…荣获二等奖 (qualifying_round_prize)
                if rank is not None and "枚" in c and _MEDAL_COUNT_RANK_RE.search(c):
                    continue  # 浙江队以95枚金牌排名第一 (medal_count_ranking): a tally's order, no award
                if _TITLE_AFTER_RE.match(c, f.pos + len(tier)) and any(
                    tier_rank(t) is not None and any(same_recipient(r, q) for q in rs)
                    for (si, _o), t, _c, rs in awards[-4:]
                    for r in recips
                    if si == s.idx
                ):
                    continue  # 夺得冠军,荣获“棋王”称号: the title conferred with a place is no second award
                pos = (s.idx, off + lead + f.pos)
                # a group is the category of a place; a sub-contest holds its unranked prizes too
                own = cat if rank is not None or (cat and cat == sub_cat) else None
                fcat = f.category
                if fcat in ("个人", "团体") and sub_cat and sub_cat.endswith("项目"):
                    fcat = sub_cat + fcat  # 在X项目竞赛中,…荣获个人一等奖: X项目个人
                tier, tcat = team_tier(tier, fcat or own)
                if rank is not None and tcat and not (fcat or own):
                    # 团体总分第一名为A,第二名为B (team_prefix_carried): the team total the first
                    # place names is the category of the single places after it in the sentence;
                    # a spread (B、C分列第二、三名) states its own places, uncategorised
                    team_cat = tcat
                if (
                    team_cat
                    and rank is not None
                    and not (fcat or own)
                    and len(f.tiers) == 1
                    and tcat is None
                    and "个人" not in c
                    and tier.startswith("第")  # a ranking goes on; 亚军 is the final's own
                ):
                    tcat = team_cat
                awards.append((pos, tier, tcat, recips))
    _align_groups(awards, label_recips, label_groups, label_cats)


def _align_groups(
    awards: list, recips: list[dict] | None, groups: list[list[dict]], cats: list[str] | None
) -> None:
    """获得男双、女双、混双冠军的是A、B;C、D;E、F (groups_align_with_categories): as many ;-groups as
    printed categories — each group its category, in order; otherwise the list stays one award."""
    if recips is None or not cats or len(groups) != len(cats) or len(groups) < 2:
        return
    for i, (pos, tier, tcat, rs) in enumerate(awards):
        if rs is recips and tcat is None:
            awards[i : i + 1] = [
                (pos, tier, k, [dict(r) for r in g]) for g, k in zip(groups, cats, strict=True)
            ]
            return


# 排名预赛第一位: 排名 in a sentence about an earlier round orders its heats, awards nothing
# (八名运动员晋级决赛,其中A位列第一: those who go through to the final, ranked in their heat)
_HEAT_RE = re.compile(r"预赛|初赛|小组赛|复赛|资格赛|排位赛|晋级(?:总|半)?决赛")
# 参加了选拔赛,其中…: the prizes of the 其中 clause after it are the qualifying round's, not the contest's
_ROUND_TAKEN_RE = re.compile(r"参加了?[^,;。]{0,6}(?:选拔赛|预赛|初赛|海选)[,,]")
# ,获得一等奖 right after a ranking clause: the prize the ranked score earned
_PRIZE_NEXT_RE = re.compile(r"[,,]\s*(?:并|最终|从而)?(?:获得|荣获|获)[^,;。]{0,10}?奖")
# 排名 / 位列 / 名列 / 位居: the verbs of a ranking (not of a prize)
_RANK_VERB_RE = re.compile(r"排名|位列|名列|位居")
# 以95枚金牌排名第一 / 获得23枚金牌排名第二 / 以18枚金牌获得第三名: a place held by a medal count
_MEDAL_COUNT_RANK_RE = re.compile(
    rf"(?:以|获得?|夺得)(?:{lx.NUM})枚(?:金牌|奖牌)(?:排名|位列|名列|位居|获得?|列)第"
)


# a pronoun or collective opening a clause, and the antecedents each can stand for
# (pronoun_antecedent): a plural or collective is one team/unit or a list of two or more persons;
# a singular is one person; 该校/该院 is one unit
_PLURAL_PRONOUNS = (
    "他们",
    "她们",
    "大家",
    "全队",
    "该队",
    "队员们",
    "全体队员",
    "该团队",
    "该代表队",
)
_SINGULAR_PRONOUNS = ("他", "她", "该生", "该选手")
_UNIT_PRONOUNS = ("该校", "该院", "该单位")
_PRONOUN_LEAD_RE = re.compile(
    r"(?:最终|最后|其中|同时|此外|另外|而|并且?)?(?P<pron>"
    + "|".join(
        sorted((*_PLURAL_PRONOUNS, *_SINGULAR_PRONOUNS, *_UNIT_PRONOUNS), key=len, reverse=True)
    )
    + r")(?![们的是]|所(?:代表|在|属)的)(?:也|还|则|均|都|又|更)?"  # 他们所代表的X: X is named
    # 最终其名次分以12分的优势夺得团体冠军 (possessive_qi): its score, said of the subject before
    r"|(?:最终|最后|而)?(?P<pron_qi>其)(?:名次分|总分|总成绩|成绩|积分|总积分)"
    # 张三、李四闯入决赛。最终两人分获冠亚军 (counted_pronoun): as many as the names before
    r"|(?:最终|最后|而)?(?P<pron_n>[两二三四五六七八九](?:人|队|位选手|名选手|位同学|名同学|支队伍))"
    r"(?:也|还|则|均|都|又|分别|依次)?(?=分获|分列|获|荣获|获得|夺得|摘得|包揽|同获|并列)"
)
# 其他选手 / 其余三位同学 opening a clause: the ones of a list named before who are not yet placed
_OTHERS_LEAD_RE = re.compile(
    r"(?:其他|其余|其它)(?:的)?(?:[两二三四五六七八九\d](?:位|名))?"
    r"(?:选手|同学|队员|参赛选手|参赛者|成员|人)?(?=(?:也|则|均|都)?(?:获|荣获|分获|摘得|夺得))"
)


def _the_others(listed: list[dict] | None, named_here: set[str]) -> list[dict] | None:
    """The persons of an earlier list not yet given a result in this sentence (the_others_of_a_list);
    nothing unless everyone placed here is on the list and someone is left."""
    if not listed or len(listed) < 2 or any(r["kind"] != "person" for r in listed):
        return None
    names = {r["name"] for r in listed}
    if not named_here or not named_here <= names:
        return None
    rest = [dict(r) for r in listed if r["name"] not in named_here]
    return rest or None


# 来自内蒙古的何引丽: a person with the place named before, a clause of its own (subject_set_off)
_FROM_PLACE_PERSON_RE = re.compile(
    rf"来自[^,;:的]{{2,14}}的(?:选手|运动员|同学|老师)?{lx.PERSON_RE.pattern}"
)
# 上届…女单冠军梁辰搭档/与/在…: an earlier title before a player's name, then this contest's match
_HISTORY_EPITHET_RE = re.compile(
    rf"(?:上届|往届|去年)[^,;:]{{0,24}}?(?:冠军|亚军|季军|得主){lx.PERSON_RE.pattern}(?:搭档|携手|与|和|在|对阵|迎战)"
)
# a subject in apposition with its role (subject_in_role): 作为Y的X / X作为Y, and nothing more
_AS_ROLE_RE = re.compile(
    r"(?:但是?|而|同时)?作为[^,;:]{1,20}的(?P<who>[^,;:的]{2,16})"
    r"|(?P<who2>[^,;:的]{2,16}?)作为(?:一名|一位|一个)?[^,;:]{1,16}"
)
# a description, a dash, then the one it describes: a clause of its own before the result
_DASH_APPOSITION_RE = re.compile(r"[^,;:]{2,30}?(?:——|—)(?P<name>[^,;:—]{2,24})")
# X队全体成员 / X队的队员们 opening a clause: the members of a named team (members_stand_for_team)
_MEMBERS_LEAD_RE = re.compile(
    r"(?P<team>[^,;:的]{2,24}?)的?(?:全体成员|全体队员|全体运动员|队员们|运动员们|选手们|运动健儿们|健儿们)"
    # 教务分会代表队团结协作,获得冠军 / …卫冕成功,第三次取得冠军 (team_then_effort): a team, then
    # how it played; the team is the subject of the result after the comma
    r"|(?P<team2>[^,;:的]{2,24}?(?:队|代表团))(?:团结协作|顽强拼搏|奋力拼搏|团结拼搏|卫冕成功|发挥出色|表现出色|越战越勇)$"
)
# how many sentences back an antecedent may stand (antecedent_distance)
_ANTECEDENT_REACH = 2


def _agreeing(pron: str, ref: list[dict] | None) -> list[dict] | None:
    """`ref` when the pronoun can stand for it (pronoun_antecedent), else None."""
    if not ref:
        return None
    kinds = {r["kind"] for r in ref}
    if pron[0] in "两二三四五六七八九":  # 两人 / 三队: exactly that many, all persons or all teams
        per = (
            {"person"}
            if "人" in pron or "选手" in pron or "同学" in pron
            else {"team", "organization"}
        )
        ok = len(ref) == cn_int(pron[0].replace("两", "二")) and kinds <= per
    elif pron == "其":
        ok = len(ref) == 1 or kinds == {"person"}
    elif pron in _SINGULAR_PRONOUNS:
        ok = len(ref) == 1 and kinds == {"person"}
    elif pron in _UNIT_PRONOUNS:
        ok = len(ref) == 1 and kinds <= {"organization", "team"}
    else:
        ok = (len(ref) == 1 and kinds <= {"organization", "team"}) or (
            len(ref) >= 2 and kinds == {"person"}
        )
    return [dict(r) for r in ref] if ok else None


def antecedent(earlier: list[Sentence]) -> list[dict] | None:
    """The named subject a pronoun points back to: the subject of the latest clause that has
    one, in the nearest earlier sentence of the paragraph that names a subject at all. A later
    clause with a subject that names no one (各队, 比赛) leaves it unclear: nothing."""
    for prev in earlier[:_ANTECEDENT_REACH]:
        last: tuple[bool, list[dict] | None] = (False, None)
        for _off, raw in split_clauses(prev.text):
            c = raw.strip(" 。!?")
            if not c or len(c) > MAX_CLAUSE:
                continue
            has, who = lead_subject(c)
            if not who and _PRONOUN_LEAD_RE.match(c):
                continue  # a pronoun again: the same antecedent, looked up further back
            if has:
                last = (True, who)
        if last[0]:
            return _described_tail(last[1]) if last[1] else None
    return None


def _described_tail(ref: list[dict]) -> list[dict]:
    """成立刚满一年的盐城市冬泳协会: a description before 的 is no part of a unit's name."""
    out = []
    for r in ref:
        head, de, tail = r["name"].rpartition("的")
        if de and r["kind"] != "person" and _DESCRIPTION_RE.search(head):
            again = recipients(tail, strict=True)
            if len(again) == 1 and again[0]["kind"] == r["kind"]:
                r = {**r, "name": again[0]["name"]}
        out.append(r)
    return out


_DESCRIPTION_RE = re.compile(r"成立|组建|刚|已|满|\d|年")


def _earlier_in_para(s: Sentence, by_idx: dict[int, Sentence]) -> list[Sentence]:
    """The sentences before `s` in its paragraph, nearest first (at most the reach)."""
    out = []
    for k in range(1, _ANTECEDENT_REACH + 1):
        prev = by_idx.get(s.idx - k)
        if prev is None or prev.para != s.para or prev.idx < 0:
            break
        out.append(prev)
    return out


# a prize with its modifiers and nothing else: the topic of the clause after it
_PRIZE_TOPIC_RE = re.compile(rf"(?:[^,;:获得由的]{{1,10}}的)?(?:{lx.TIER})(?:奖项)?")
# the clause after a topic prize: the holders, with 属于/归/花落/由…获得 and no prize of its own
_GOES_TO_RE = re.compile(r"(?:则|也|均|都|分别|依次)*(?:属于|归属于?|花落|归于)")
# a result verb then a generic prize word (最高奖项, 大奖) closing the clause
_GENERIC_PRIZE_END_RE = re.compile(
    rf"(?:{lx.VERB_RE.pattern})了?(?:本次|本届|此次)?(?:比赛|大赛|活动|赛事)?的?"
    r"(?P<generic>最高奖项|最高奖|最高荣誉|最高大奖|大奖|殊荣)$"
)
# a clause that is only a prize's name (金话筒奖, “十佳歌手”称号)
_PRIZE_NAME_ONLY_RE = re.compile(rf"(?:{lx.TIER})|“[^”]{{2,12}}”(?:奖|称号)?")


def _places_run_on(c: str, before: Found) -> Found | None:
    """前四名的班级为:A、B、C、D;E、F、G、H: a ;-clause of only names, as many as the places
    before it, takes those places in order again (places_run_on_over_semicolons)."""
    if PREDICATE_RE.search(c) or lx.TIER_ANY_RE.search(c) or len(c) > 60:
        return None
    names = recipients(c, strict=True)
    if len(names) != len(before.tiers) or len(names) != len(split_items(c)):
        return None
    return Found(list(before.tiers), names, before.category, 0)


_TITLE_AFTER_RE = re.compile(r"”?(?:荣誉)?称号")
# shapes whose clause ends with the name list (…的得主是A / 冠军为A), which may run on over commas
_NAMES_LAST_SHAPES = frozenset(
    ("TIER_THEN_WINNERS_ARE", "WINNERS_OF_TIER_ARE", "TIER_IS", "TIER_OF_ARE")
)
# 二等奖:A / 初中组二等奖(3名):A: a label clause, whose name list may run on over commas
_LABEL_HEAD_RE = re.compile(rf"[^,:;]{{0,12}}?{lx.TIER}(?:\(\d+(?:名|人)\))?:")


# 为获得一等奖的6位选手颁奖。这6位选手是:A、B…: the count names the tier of the sentence before;
# 决出前八名。他们是:A… / 包揽了冠亚军。获奖者为A和B (names_of_the_result_before): a sentence that
# only names the holders (a counted demonstrative, a pronoun before its colon, 获奖者) takes the one
# tier the sentence before won or decided
_THESE_N_ARE_RE = re.compile(
    rf"(?:(?:这|以上|上述)(?P<n>{lx.NUM})(?:位|名|个|支|所)[{lx.CJK}]{{0,4}}?(?:分别)?(?:是|为)"
    rf"|(?:他们|她们)(?:分别|依次)?(?:是|为)(?=:)|获奖者(?:分别|依次)?(?:是|为))"
    r":?(?P<rec>[^。]+)。?"
)
_TIER_OF_N_RE = re.compile(
    rf"(?:获得?|荣获)(?P<tier>{lx.TIERS})的(?P<n>{lx.NUM})(?:位|名|个|支|所)"
)
# the one tier the sentence before won or decided (获得…比赛一等奖的选手 / 决出前八名 / 包揽了…冠亚军)
_TIER_WON_BEFORE_RE = re.compile(
    rf"(?:获得?|荣获|决出|包揽了?)[^。;:]{{0,40}}?(?P<tier>{lx.TIERS})(?![^。;]*?(?:{lx.TIERS}))"
)


def _these_n_are(s: Sentence, prev: Sentence | None) -> Sentence:
    """`这6位选手是:A…` after `获得一等奖的6位选手`: read as `一等奖获得者为A…` (these_n_are)."""
    m = _THESE_N_ARE_RE.fullmatch(s.text.strip()) if prev is not None else None
    if not m or prev is None:
        return s
    t = _TIER_OF_N_RE.search(prev.text)
    if t and m.group("n") and cn_int(m.group("n")) != cn_int(t.group("n")):
        return s
    t = t or _TIER_WON_BEFORE_RE.search(prev.text)
    tiers = {x.group(0) for x in re.finditer(lx.TIERS, prev.text)}
    if not t or len(tiers) != 1:
        return s
    return Sentence(s.idx, s.para, f"{t.group('tier')}获得者为{m.group('rec')}。")


_TIER_COUNT_RE = re.compile(rf"(?P<tier>{lx.TIER})(?:共)?(?P<n>{lx.NUM})(?:名|个|项|件|人)")


def _tier_counts_then_names(c: str, cm: re.Match, recips: list[dict]) -> list[Found]:
    """一等奖5名,分别是A…: the names after the counted tier are its winners. 评选出一等奖2名、二等奖4名
    及三等奖6名,分别是A…L (tier_counts_then_names_in_order): several counted tiers share the list in
    their printed order, when the counts add up to the names; otherwise which name took which tier is
    not said."""
    counted = list(_TIER_COUNT_RE.finditer(c))
    cat = category_in(cm.group("pre"))
    if len(counted) < 2:
        return [Found([cm.group("tier")], recips, cat, cm.start("tier"))]
    ns = [cn_int(t.group("n")) or 0 for t in counted]
    if sum(ns) != len(recips):
        return []
    out, i = [], 0
    for t, n in zip(counted, ns, strict=True):
        out.append(Found([t.group("tier")], recips[i : i + n], cat, t.start("tier")))
        i += n
    return out


def _counted_then_names(
    c: str, nxt: str, found: list[Found], skip_next: bool
) -> tuple[list[Found], bool]:
    """2个项目获得银牌,A、B / 4名选手获得一等奖,分别是A…: the counted result names its winners
    in the next clause (after 分别是, or as a bare list whose length is the count)."""
    cw = COUNTED_WINNERS_THEN_NAMES.fullmatch(c)
    if not cw or lx.MODAL_ANY_RE.search(c):
        return found, skip_next
    nm = NAMES_NEXT.fullmatch(nxt)
    rec = nm.group("rec") if nm else nxt
    recips = recipients(rec.strip(" :"), strict=False) if len(rec) <= MAX_CLAUSE else []
    if not recips:
        return found, skip_next
    if not nm and (len(recips) != cn_int(cw.group("n")) or PREDICATE_RE.search(lx.mask(rec))):
        return found, skip_next  # a bare list counts only when it is as long as the count
    tiers = expand_tiers(cw.group("tier"))
    return [Found(tiers, recips, category_in(cw.group("pre")), cw.start("tier"))], True


_SUB_LEAD_RE = re.compile(r"(?:其中|另外|此外|而|最终|同时|并|还)+")


def _subcontest(c: str) -> str | None:
    """The sub-contest a clause opens (在中学组征文比赛中, / 18日举办的环卫技能比赛中,), if any."""
    sm = lx.SUBCONTEST_MARKER_RE.fullmatch(c) if len(c) <= 30 else None
    if sm and (at := c.find("在")) > 0 and not _SUB_LEAD_RE.fullmatch(c[:at]):
        return None  # 烟台市代表队在参赛的10个项目中: a subject before 在, the clause is its
    if (
        sm
        and not lx.SUBCONTEST_GENERIC_RE.search(sm.group("cat"))
        and not re.search(r"\d{4}|年|届|杯|“|省|全国", sm.group("cat"))
        and sm.group(0).endswith(("中", "上", "里", ":"))
    ):
        return re.sub(r"(?<=项目)(?:竞赛|比赛)$", "", sm.group("cat"))  # X项目竞赛: the item X项目
    return None


def _opened_subcontest(text: str) -> str | None:
    """The sub-contest a sentence without results opens for the next ones (…环卫技能比赛中,62名…)."""
    if "赛" not in text and "项目" not in text:
        return None
    subs = [sub for _off, c in split_clauses(text) if (sub := _subcontest(c.strip()))]
    return subs[-1] if subs else None


def _tier_per_group(f0: Found, earlier: list[list[dict]]) -> list[Found]:
    """One tier of a spread list for each group of names, in order (the clause's own group last)."""
    groups = [*earlier, f0.recipients]
    return [
        Found([t], [dict(r) for r in g], f0.category, f0.pos)
        for t, g in zip(f0.tiers, groups, strict=True)
    ]


_ONE_MEDAL_END_RE = re.compile(r"(?:1|一)\s*(?:枚|块)[金银铜](?:牌|奖)$")
_COUNTED_MEDAL_LEAD_RE = re.compile(rf"{lx.NUM}\s*(?:枚|块)[金银铜](?:牌|奖)")


def _may_state_result(text: str) -> bool:
    """Cheap gate before the clause grammar: every result needs a tier, a result word or a tally."""
    if not lx.precheck(text):  # the literal superset first: most sentences stop here
        return False
    if "金" in text and "银" in text and lx.TALLY_RE.search(text):
        return True
    if _RESULT_GATE_RE.search(text) or ("奖" in text and _NAMED_PRIZE_GATE_RE.search(text)):
        return True
    if "评为" in text and lx.PRAISED_ROLE_AFTER_CONFERRING_RE.search(text):
        return True  # 被评为十佳歌手: an honour without 奖, conferred
    # 获二至八的选手分别是…: a range of places with its names, no tier word
    return ("分别" in text or "依次" in text) and bool(lx.PLACE_RANGE_ARE_RE.search(text))


# every shape needs a tier (TIERS) or a result verb in its clause; one combined scan per sentence
_RESULT_GATE_RE = lx.gated(rf"{lx.TIERS}|{lx.alt(lx.RESULT_VERBS)}")
# 邵峰获得生命科学奖: a named prize right after a result verb (named_prize_after_verb)
_NAMED_PRIZE_GATE_RE = re.compile(rf"(?:{lx.VERB_RE.pattern})[^,;:。!?]{{0,12}}?奖")
# A以62:52的比分战胜了B / A击败B: the two sides of a match, winner first (match_sides_take_places)
_MATCH_RE = re.compile(
    r"(?P<a>[^,;:]{2,30}?)(?:以[^,;]{1,16}?)?(?:战胜|击败|力克|险胜|胜|淘汰)了?(?P<b>[^,;:]{2,30})"
)
_BOTH_SIDES_RE = re.compile(r"(?:两队|双方|两人|二人|两位选手|两支队伍)(?=分获|分列|分别|依次)")


def _match_sides(c: str) -> list[dict] | None:
    m = _MATCH_RE.fullmatch(c) if "胜" in c or "淘汰" in c or "击败" in c else None
    if m is None:
        return None
    a, b = recipients(m.group("a"), strict=True), recipients(m.group("b"), strict=True)
    return [a[0], b[0]] if len(a) == 1 and len(b) == 1 and a[0]["name"] != b[0]["name"] else None


# 五年级组: / 女子组团体奖: before a clause: a group label, the clause after it its results
_CAT_LABEL_LEAD_RE = re.compile(
    rf"(?P<cat>{lx.CAT}|{lx.ANY_GROUP})(?P<team>团体|个人)?奖?中?[::]"
    # 双打赛中:A荣获冠军: a sub-contest label opens its ranking
    rf"|(?P<sub>[{lx.CJK}]{{1,6}}?赛)中[::]"
)
# 团体奖方面,A获得一等奖: the prizes of a group
_ASPECT_RE = re.compile(
    rf"(?P<cat>{lx.CAT}|{lx.ANY_GROUP}|团体|个人)奖?方面"
    # 最终,在滨湖校区,A获一等奖: a campus or division of the contest heads the results after it
    rf"|(?:最终|其中|而)?在(?P<div>[{lx.CJK}]{{2,6}}(?:校区|分赛区|赛区|片区|分会场))(?:中|里)?"
)
# 象棋比赛一等奖获得者为A,二等奖B: a sub-contest printed before the first tier of its ranking
_SUB_TIER_LEAD_RE = re.compile(rf"(?P<sub>[{lx.CJK}]{{1,6}}?比赛)(?=(?:{lx.TIERS})获得者)")
_TIER_AT_END_RE = re.compile(
    # (评选出团体总分前八名的学校,他们分别是:…: the holders' noun may close the tier clause)
    rf"(?:{lx.TIERS})(?:的(?:学校|单位|班级|队伍|选手|同学|代表队|学院|运动员|团队|作品))?"
    rf"(?P<origin>(?:均|都|全部|全)来自(?P<where>[{lx.CJK}]{{2,12}}))?$"
)
_THEY_RE = re.compile(r"^(?:他们|她们|他们三人|依次)(?=分别|依次)")
# a parallel clause that leaves out the tier: (女子组)由A、B、C(分别|依次)获得
_ELIDED_TIER_RE = re.compile(
    r"(?:而|则)?(?P<cat>[^由,;]{2,12}?)?(?:则|也)?由(?P<rec>[^由,;]{2,80}?)(?:分别|依次)?(?:获得|夺得|摘得|包揽)"
)
# an item and a tier with nothing else: the heading of the elided-tier clauses after it
_TIER_HEADING_CLAUSE_RE = re.compile(rf"[^,;:由的]{{2,20}}?(?P<tier>{lx.TIERS})")
# 设置了A奖、B奖和C奖,分别授予X、Y和Z / 冠亚军,分别被X和Y获得: the spread's recipients in the next clause
_SPREAD_NAMES_NEXT_RE = re.compile(r"(?:他们|她们)?(?:分别|依次)(?:是|为|授予|颁给|颁发给|由|被)")


# a contest that holds sub-contests even when its name is generic (职工技能大赛)
_UMBRELLA_RE = re.compile(r"(?:大赛|运动会|联赛|锦标赛|艺术节|文化节|技能节|体育节)$")
_RELATED_HEADING_RE = re.compile(
    r"^\s*[【\[]?(?:相关(?:新闻|阅读|链接|报道|推荐)|热点(?:推荐|新闻|排行)|推荐阅读|延伸阅读|热门(?:新闻|文章|推荐)|"
    r"猜你喜欢|往期回顾|更多精彩|精彩推荐)[】\]]?\s*[::]?\s*$",
    re.M,
)
_TEAM_SPORT_RE = re.compile(r"足球|篮球|排球|手球|橄榄球|曲棍球|水球|龙舟|拔河|村BA")
_SCHOOL_TEAM_RE = re.compile(r"(?:中学|小学|学校|[一二三四五六七八九十\d]中)队")
_SCHOOL_END_RE = re.compile(r"(?:中学|小学|学校|[一二三四五六七八九十\d]中|附中|附小|学院)$")


def _drop_uncategorised_restatements(grouped: dict) -> None:
    """金牌由A、B获得。其中,在44公斤级…A摘得金牌: the detail restates the summary; counted once."""
    for (tier, cat), aw in grouped.items():
        if cat is None:
            continue
        bare = grouped.get((tier, None))
        if bare is None:
            continue
        aw["recipients"] = [
            x for x in aw["recipients"] if not any(same_recipient(x, r) for r in bare["recipients"])
        ]


# the endings a team's full name adds to its place or club (芷江县 → 芷江县代表队)
_TEAM_NAME_ENDING_RE = r"(?:代表队|代表团|俱乐部)"


def _full_team_names(awards: list, body: str) -> list:
    """芷江县代表队…夺冠。…芷江县共派出…获高中组团体第二名: a unit or place that is the bare
    head of exactly one team name printed in the passage stands for that team in a ranked result
    (short_form_of_team). A unit listed beside other winners of the same clause (芳华社区和蓓蕾社区
    分别摘得…冠军) is one of parallel units, named as printed (listed_units_keep_their_names)."""
    cache: dict[str, str | None] = {}
    listed = Counter(pos for pos, _t, _c, rs in awards for _r in rs)
    for pos, tier, _cat, rs in awards:
        if tier_rank(tier) is None:
            continue  # 红阳初级中学还获得优秀组织奖: a unit's own prize, its team competed for places
        if listed[pos] > 1:
            continue
        for r in rs:
            name = r["name"]
            if r["kind"] == "person" or len(name) < 2 or lx.TEAM_END_RE.search(name):
                continue
            if name not in cache:
                fulls = set(re.findall(re.escape(name) + _TEAM_NAME_ENDING_RE, body))
                cache[name] = fulls.pop() if len(fulls) == 1 else None
            if cache[name]:
                r["name"], r["kind"] = cache[name], "team"
    return awards


def _drop_restated_short_names(awards: list) -> list:
    """后勤服务集团代表队…勇夺亚军。…集团代表队…获得本次比赛亚军: a later mention by the tail of
    the name, with a place of the same rank, restates the award (short_name_restated)."""
    seen: list[tuple[dict, int, str | None]] = []
    out = []
    for pos, tier, cat, rs in awards:
        rank = tier_rank(tier)
        kept = [
            r
            for r in rs
            if rank is None
            or not any(
                rk == rank
                and len(r["name"]) >= 4
                and len(q["name"]) >= len(r["name"]) + 2
                and q["name"].endswith(r["name"])
                and not same_recipient(q, r)  # 东镇东村一队 / 东村一队: merged later, as one team
                and (cat is None or c is None or c == cat)
                for q, rk, c in seen
            )
        ]
        seen.extend((r, rank, cat) for r in rs if rank is not None)
        if kept:
            out.append((pos, tier, cat, kept))
    return out


_SELF_REFERENCE_RE = re.compile(r"^(?:我|本)[校院市县区省镇]")


def _drop_restated_self_reference(awards: list) -> list:
    """我院代表队荣获团体赛三等奖 … “拾光阅茗”获团体赛三等奖: the unit's own name restates the
    relative reference; the named one is kept (self_reference_restated)."""
    named = [
        (t, c)
        for _p, t, c, rs in awards
        for r in rs
        if r["kind"] != "person" and not _SELF_REFERENCE_RE.match(r["name"])
    ]
    out = []
    for pos, tier, cat, rs in awards:
        if all(_SELF_REFERENCE_RE.match(r["name"]) for r in rs) and any(
            t == tier and (c is None or cat is None or c == cat) for t, c in named
        ):
            continue
        out.append((pos, tier, cat, rs))
    return out


def _drop_restated_places(awards: list, n_listed: int, printed=None) -> list:
    """A、B、C获得前三名 in the prose, 一等奖 A … 三等奖 C in the table: the table's words, once.

    Where the prose prints the place in its own words before the table (A摘得桂冠 … 第一名 A), the
    first wording is kept instead (prose_wording_first); `printed(pos, tier)` says whether the
    prose sentence at `pos` prints `tier` itself (前三名 expanded to 第一名… does not).
    """
    table_at: dict[tuple[str, int], tuple[tuple[int, int], str]] = {}
    for p, t, _c, rs in awards[:n_listed]:
        for r in rs:
            if tier_rank(t) is not None:
                table_at.setdefault((r["name"], tier_rank(t)), (p, t))
    if not table_at:
        return awards
    # (the same words in both: the table's row, with its group and unit, completes the prose)
    prose_first = {
        key
        for p, t, _c, rs in awards[n_listed:]
        if tier_rank(t) is not None and printed is not None and printed(p, t)
        for r in rs
        if (key := (r["name"], tier_rank(t))) in table_at
        and p < table_at[key][0]
        and t != table_at[key][1]
    }
    table = set(table_at) - prose_first
    first_said: dict[tuple[str, int], tuple[int, int]] = {}  # where the prose said it first
    out = []
    prose = []
    for pos, tier, cat, rs in awards[n_listed:]:
        rank = tier_rank(tier)
        kept = [r for r in rs if rank is None or not _restates(r["name"], rank, table)]
        for r in rs:
            if r not in kept or (r["name"], rank) in prose_first:
                first_said[(r["name"], rank)] = min(pos, first_said.get((r["name"], rank), pos))
        if kept:
            prose.append((pos, tier, cat, kept))
    # 刘前芳荣获理科组二等奖 … (table below the history paragraph) | 理科组 | 刘前芳 | 二等奖: a
    # result printed twice belongs to the contest of its first wording, where the prose placed it
    # (the rows of one list, line after line, go together: the list is one block)
    listed = awards[:n_listed]
    blocks: list[list[int]] = []
    for i, (pos, *_rest) in enumerate(listed):
        if blocks and 0 <= pos[0] - listed[blocks[-1][-1]][0][0] <= 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    for block in blocks:
        said = [
            first_said[k]
            for i in block
            for r in listed[i][3]
            if (k := (r["name"], tier_rank(listed[i][1]))) in first_said
        ]
        moved = min(said) if said and min(said) < listed[block[0]][0] else None
        for i in block:
            pos, tier, cat, rs = listed[i]
            kept = [r for r in rs if (r["name"], tier_rank(tier)) not in prose_first]
            if kept:
                out.append((moved or pos, tier, cat, kept))
    return out + prose


def _same_holder(prose: str, listed: str) -> bool:
    """靛厂 in the prose, 靛厂足球队 in the table: one holder, the table adding its team word."""
    return prose == listed or (
        len(prose) >= 2 and listed.startswith(prose) and bool(lx.TEAM_END_RE.search(listed))
    )


def _restates(name: str, rank: int, table: set) -> bool:
    """The prose names a table's winner, perhaps with its unit glued in front (XX学院师知行)."""
    return (name, rank) in table or any(
        r == rank and len(n) >= 2 and name.endswith(n) and len(name) > len(n) + 1 for n, r in table
    )


def _bare_team(name: str) -> str:
    """大丰海城队 -> 大丰海城: a team named with or without its team word is one team."""
    return re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:代表队|队)$", "", name)


def _drop_restated_verbs(awards: list) -> list:
    """A以第一名的成绩…再度夺冠: 夺冠 restates the place already printed for A; keep the place."""
    placed = {
        (r["name"], tier_rank(t))
        for _p, t, _c, rs in awards
        if t not in lx.RESULT_VERBS and tier_rank(t) is not None
        for r in rs
    }
    # A获得…第一名,斩获…首个全国冠军: a later 冠军 with no category of its own restates the place
    # (大丰海城 … 首次参赛的大丰海城队获得冠军: the team word after the name is the same team)
    first_places = {
        _bare_team(r["name"]): p
        for p, t, _c, rs in awards
        if t.startswith("第") and tier_rank(t) == 1
        for r in rs
    }
    # 荣获团体第一名 … 荣获团体冠军 (crown_restates_group_place): the same group's crown, later
    first_cats = {
        (r["name"], c): p
        for p, t, c, rs in awards
        if t.startswith("第") and tier_rank(t) == 1 and c
        for r in rs
    }
    # A获得冠军。…A险胜B夺得第一名: a later first place restates the 冠军 already stated
    # (亚军/季军 the same: A获得亚军 … A、B分获二三名 restates it; first_place_restates_crown)
    crowns = {
        (r["name"], c, tier_rank(t)): p
        for p, t, c, rs in awards
        if t in ("冠军", "亚军", "季军")
        for r in rs
    }
    # A摘得桂冠,斩获一等奖 (result_word_then_prize): the prize in the same sentence is the result
    prized = {
        (r["name"], p[0], tier_rank(t), c)
        for p, t, c, rs in awards
        if t.endswith("奖") and tier_rank(t) is not None
        for r in rs
    }
    out = []
    for pos, tier, cat, rs in awards:
        if tier in lx.RESULT_NOUNS or tier in lx.RESULT_VERBS:
            rs = [r for r in rs if (r["name"], pos[0], tier_rank(tier), cat) not in prized]
            if not rs:
                continue
        kept = (
            [r for r in rs if (r["name"], tier_rank(tier)) not in placed]
            if tier in lx.RESULT_VERBS
            else [r for r in rs if first_places.get(_bare_team(r["name"]), pos) >= pos]
            if tier == "冠军" and cat is None
            else [r for r in rs if first_cats.get((r["name"], cat), pos) >= pos]
            if tier == "冠军"
            else [r for r in rs if crowns.get((r["name"], cat, tier_rank(tier)), pos) >= pos]
            if crowns and tier.startswith("第") and tier_rank(tier) in (1, 2, 3)
            else rs
        )
        if kept:
            out.append((pos, tier, cat, kept))
    return out


def _drop_titles_with_a_place(awards: list) -> list:
    """A获得冠军,获得“钓鱼王” (title_with_a_place): an honour title (a tier read only in context,
    no 奖) conferred on a placed winner restates the place; it is no second award (README)."""
    placed = {
        r["name"]
        for _p, t, _c, rs in awards
        if lx.TIER_RE.fullmatch(t) and tier_rank(t) is not None
        for r in rs
    }
    out = []
    for pos, tier, cat, rs in awards:
        if placed and lx.HONOUR_TITLE_RE.fullmatch(tier) and not lx.TIER_RE.fullmatch(tier):
            rs = [r for r in rs if r["name"] not in placed]
        if rs:
            out.append((pos, tier, cat, rs))
    return out


def _is_place(tier: str) -> bool:
    return tier in ("冠军", "亚军", "季军") or (
        tier.startswith("第") and tier_rank(tier) is not None
    )


def _drop_result_word_restating_place(awards: list) -> list:
    """A荣获第1名,…成为…状元 / A折取桂冠 … 获得冠军的A (result_word_restates_place): a result word
    (桂冠, 状元, not a produce's 瓜王) and a place of the same rank for one winner are one result
    stated twice; the first wording is kept, unless the later one prints a category of its own."""
    first: dict[tuple[str, int], tuple] = {}
    for pos, tier, cat, rs in awards:
        word = tier in lx.RESULT_NOUNS and not tier.endswith("王") and "MVP" not in tier
        if (word or _is_place(tier)) and tier_rank(tier) is not None:
            for r in rs:
                first.setdefault((r["name"], tier_rank(tier)), (pos, word, cat))
    out = []
    for pos, tier, cat, rs in awards:
        word = tier in lx.RESULT_NOUNS and not tier.endswith("王") and "MVP" not in tier
        if (word or _is_place(tier)) and tier_rank(tier) is not None:
            kept = []
            for r in rs:
                fpos, fword, fcat = first[(r["name"], tier_rank(tier))]
                if fpos < pos and fword != word and (cat is None or cat == fcat):
                    continue
                kept.append(r)
            rs = kept
        if rs:
            out.append((pos, tier, cat, rs))
    return out


_MEDAL_TABLE_RE = re.compile(r"(?:奖牌|金牌)(?:榜|总?数)")
_CROWNS = ("冠军", "亚军", "季军")
_MEDALS = ("金牌", "银牌", "铜牌")


def _drop_medal_restating_crown(awards: list) -> list:
    """A、B分别获得冠亚军。最终,A…夺得金牌: a medal of the same rank after the crown (or a crown
    after the medal) restates the one result; counted once, with its first wording
    (medal_restates_crown). A later mention with a category of its own is another result (a
    summary 金牌 by A、B, then A 男子丙组冠军)."""
    first: dict[tuple, tuple] = {}
    for pos, tier, cat, rs in awards:
        if tier in _CROWNS or tier in _MEDALS:
            for r in rs:
                key = (r["name"], tier_rank(tier))
                if key not in first or pos < first[key][0]:
                    first[key] = (pos, tier in _CROWNS, cat)
    out = []
    for pos, tier, cat, rs in awards:
        if tier not in _CROWNS and tier not in _MEDALS:
            out.append((pos, tier, cat, rs))
            continue
        kept = []
        for r in rs:
            f = first.get((r["name"], tier_rank(tier)))
            restated = (
                f is not None
                and f[0] < pos
                and f[1] != (tier in _CROWNS)
                and (cat is None or cat == f[2])
            )
            if not restated:
                kept.append(r)
        if kept:
            out.append((pos, tier, cat, kept))
    return out


def _drop_repeated_works(awards: list) -> list:
    """A list's 《作品》 班级 A repeats the award A got in the prose: keep it once, as A's."""
    people = {(tier, r["name"]) for _p, tier, _c, rs in awards for r in rs if r["kind"] == "person"}
    out = []
    for pos, tier, cat, rs in awards:
        kept = [
            r
            for r in rs
            if not (
                r["kind"] == "work"
                and r["affiliation"]
                and any(
                    t == tier and re.sub(r"\s", "", r["affiliation"]).endswith(n) for t, n in people
                )
            )
        ]
        if kept:
            out.append((pos, tier, cat, kept))
    return out


# 为获得优秀组织奖的县(市、区)颁奖: a lone 县 is a kind of unit, never a name (one_letter_name)
_NAME_MARKS_RE = re.compile(r"[\s“”\"()]")


def _drop_one_letter_names(awards: list) -> list:
    """No person, unit or team is named by one letter (a 《title》 may be): it is a generic word."""
    out = []
    for pos, tier, cat, rs in awards:
        kept = [r for r in rs if r["kind"] == "work" or len(_NAME_MARKS_RE.sub("", r["name"])) >= 2]
        if kept:
            out.append((pos, tier, cat, kept))
    return out


_STAGE_ONLY_RE = re.compile(r"(?:总|半)?决赛|复赛|初赛|预赛|小组赛")
# 在万众瞩目的决赛中 / 大足部门组的决赛 (described_stage): the stage of a group is the group's; a
# description before 的 names none
_OWNED_STAGE_RE = re.compile(r"(?P<pre>[^的]{1,10})的(?:(?:总|半)?决赛|复赛|初赛|预赛|小组赛)")
# 在校生组 is a group; 全国非数学专业组: the contest's reach is not part of the group
# (分获赛事混合组、男子组: the contest word before the group neither)
_CAT_LEAD_NOISE_RE = re.compile(
    r"^(?:在(?!校)|本届|本次|此次|全国|全省|全市|全区|全县|赛事(?=.{2}))"
)
# 混合双打比赛 / 沏泡茶赛项 / 双打决赛 / 男子组的争夺: the contest word after the item
_CAT_TAIL_NOISE_RE = re.compile(
    r"(?:的争夺|赛项|(?<=[打体人组])比赛|(?<=[打体组单双团])(?:半|总)?决赛"
    # 男子4x100米接力赛 / 男子篮球决赛 (item_round_tail): the item's race or final is the item
    r"|(?<=接力)赛|(?<=[米球])(?:半|总)?决赛)$"
)
# 女子跳远比赛中强势 (夺金): the item's 比赛中, then a manner word before the result verb
_CAT_MANNER_TAIL_RE = re.compile(
    r"(?<=..)(?:比赛|项目|赛)?中(?:强势|成功|顺利|一举|轻松|再次|再度|勇|力|最终|分别|双双|先后|均|又)$"
)
# 今晚的比赛 / 最终比赛 / 并列 / 唯一: a time or a manner, not a group
_CAT_NOT_A_GROUP_RE = re.compile(
    r"^(?:今天|今晚|今年|今日|当天|当晚|最终|最后|唯一|并列)|今[天晚年日]"
)


def own_category(cat: str | None, names: list[str]) -> str | None:
    """A category as the event's awards keep it: not the event itself (获得本届职工篮球赛冠军), not a
    bare stage (在决赛中), not the event's own discipline after a group (微生物检验组教学授课)."""
    if not cat:
        return cat
    c = _CAT_LEAD_NOISE_RE.sub("", cat)
    if (owned := _OWNED_STAGE_RE.fullmatch(c)) is not None:
        c = owned.group("pre") if owned.group("pre").endswith("组") else ""
    if not c or _STAGE_ONLY_RE.fullmatch(c) or _CAT_NOT_A_GROUP_RE.search(c):
        return None
    normed = [norm_name(n) for n in names]
    if any(
        n.startswith(c)
        and lx.EV_SUFFIX_RE.fullmatch(n[len(c) :])
        and any(len(m) > len(n) and n in m for m in normed)
        for n in normed
    ):
        # 获得了本届主持人大赛冠军 (主持人) in 上海师范大学第十二届主持人大赛决赛: the contest's short
        # form, its genre word cut (工业机器人竞赛一等奖 with no fuller name is an item)
        return None
    c = _CAT_MANNER_TAIL_RE.sub("", c)  # 在女子跳远比赛中强势夺金: the manner after the item
    tail = _CAT_TAIL_NOISE_RE.search(c)
    if tail and tail.start() >= 2:
        c = c[: tail.start()]  # 混合双打比赛 / 沏泡茶赛项 / 男子组的争夺: the item is the category
    if c in ("男子", "女子"):
        c += "组"  # 男子冠军 / 女子第一名: the men's group, as the labels name it
    for n in names:
        if norm_name(c) == norm_name(n):
            return None
        k = n.rfind(c)
        if len(c) >= 4 and k > 0 and k + len(c) == len(n) and n[k - 1] not in "和、及与":
            return (
                None  # X暨Y / 第三届职工篮球赛: the tail names the whole contest, not a part of it
            )
        lead = re.match(r".{1,12}?赛(?=.{2,10}组$)", c)
        if lead and n.endswith(lead.group(0)):
            return c[lead.end() :]  # 本届争霸赛象棋组: the group of the contest just named
        g = re.match(r".{2,10}组", c)
        if g and len(c) - g.end() >= 2 and c[g.end() :] in n:
            return g.group(0)  # 微生物检验组教学授课 in …教学授课竞赛: the group
    return c if c != cat and len(c) >= 2 else cat


# a genre of at most three characters before 比赛/竞赛, a sex group aside (男子篮球比赛); 春季拔河比赛 /
# 中文演讲比赛 qualify it
_BARE_GENRE_NAME_RE = re.compile(r"(?:[男女]子)?[^\W\d]{1,3}(?:比赛|竞赛)(?:活动)?")


_ENTERED_RE = re.compile(r"参赛|参加了?[^,;。]{0,4}?(?:比赛|决赛|复赛|初赛)")
_BACK_REFERENCE_RE = re.compile(r"(?:这场|这次|此次|本次|本场|该)$")
_FINAL_NAME_RE = re.compile(r"决赛|复赛")
_FINAL_HELD_SENT_RE = re.compile(
    r"(?:^|[,,])(?:(?:总)?决赛|冠亚军决赛)(?:于|在)[^,;。]{0,20}?"
    r"(?:举行|举办|开战|进行|上演|打响|落幕|开赛|鸣锣)"
)
_FINAL_LEAD_RE = re.compile(
    r"的(?:总)?决赛[^,;。]{0,16}(?:举行|举办|落幕|闭幕|结束|上演|开赛|进行)|举行了?(?:总)?决赛"
)


def build_event(
    cl: Cluster,
    segment: list[Sentence],
    by_idx: dict[int, Sentence],
    other_mentions: set[int],
    body_sents: list[Sentence],
    pub: date | None,
    generic_words: list[str],
    alone: bool = True,
    lead_day: date | None = None,
) -> dict:
    # the body's own wording of the contest; the headline's only when the body just says 本次大赛
    name = cl.lead_name or pick_name(cl.names, cl.mention_sents)  # facts.py: specific first
    if (
        name
        and alone
        and not STRONG_NAME_RE.search(name)
        and _BARE_GENRE_NAME_RE.fullmatch(norm_name(name))
    ):
        name = (
            None  # 广播操比赛 / 龙舟比赛: a genre, not the contest's name (普通话演讲比赛 is one)
        )
    mention = [by_idx[i] for i in dict.fromkeys(cl.mention_sents) if i >= 0]
    rest = [s for s in segment if s.idx not in cl.mention_sents]
    used: set[int] = set(cl.award_sents)
    if cl.names:  # the first body sentence naming the event, or the title (-1) if only it does
        used.add(min((i for i in cl.mention_sents if i >= 0), default=-1))

    def pick(fn, sentences):
        for s in sentences:
            v = fn(s)
            if v is not None:
                used.add(s.idx)
                return v
        return None

    def dated(s: Sentence) -> date | None:
        if lx.RESULT_NEWS_RE.search(s.text) and not lx.EVENT_VERB_RE.search(s.text):
            return None  # 结果于7月1日揭晓: the day of the announcement, not of the event
        return first_date(s, pub)

    eventful = [s for s in rest if lx.EVENT_VERB_RE.search(s.text)]
    lead = [
        s for s in body_sents[:1] if lx.EVENT_VERB_RE.search(s.text) and s.idx not in other_mentions
    ]
    # 12月21日,由X主办,(line break) Y大赛在Z举行: the day printed on the line before the name
    broken = [
        by_idx[m.idx - 1]
        for m in mention[:1]
        if m.idx - 1 in by_idx and by_idx[m.idx - 1].text.rstrip().endswith((",", ","))
    ]
    # 5月16日,决赛在东区第一篮球场开战: the final dated on its own gives the day (D1)
    finals = [s for s in rest if _FINAL_HELD_SENT_RE.search(s.text)]
    d = pick(dated, [*finals, *mention, *broken, *eventful]) or pick(dated, lead)
    if d is None:  # 2021年11月14日,老师带领学生去…中心参赛: the day the entrants competed
        d = pick(dated, [s for s in rest if _ENTERED_RE.search(s.text)])
    d = d or lead_day  # a wire's lead reporting the contest with no word of when: its dateline
    if d:  # 11月8日…举办。…赛事于11月11日圆满结束: the closing day, as for a printed range
        d = closing_day(segment, d) or d
        # (2022年…总决赛 held 4月27日, published 5月1日 2023: the season's year, the page's day)
        # (2021年采茶制茶技能竞赛 on a page of 2025: a name two or more years back is a republished
        # report's own year, no season's)
        recent = pub is not None and not isinstance(pub, YearOnly) and 0 <= (pub - d).days <= 62
        if not recent or name_years_back(name, d) >= 2:
            d = in_name_year(d, name, "".join(s.text for s in segment))
    # X大赛6月6日在贵阳观山湖隆重举行 (headline only): the headline's place, failing the body's
    head = [by_idx[i] for i in dict.fromkeys(cl.mention_sents) if i < 0 and i in by_idx]
    venue = pick(lambda s: venue_in(s.text), [*mention, *eventful, *finals, *head])
    organizer = pick(lambda s: organizer_in(s.text), segment)
    # finalists are never the field, a final's included (the labels since blind4; real/README.md)
    # 44家单位的近350位选手 with units placed as teams: the units are the field (not so for persons)
    placed = [r.get("kind") for _p, _t, _c, recips in cl.awards for r in recips]
    units_enter = bool(placed) and 2 * sum(k in ("team", "organization") for k in placed) >= len(
        placed
    )
    participants = pick(lambda s: participants_in(s.text, units_enter=units_enter), segment)
    final_held = any(_FINAL_LEAD_RE.search(s.text) for s in mention)  # X的决赛隆重举行
    if participants is not None and ((name and _FINAL_NAME_RE.search(name)) or final_held):
        # …大赛决赛: whoever is counted came through earlier rounds (D2); the teams of a league's
        # 总决赛 are the league's sides, the field
        counted = next(
            (
                s.text
                for s in segment
                if participants_in(s.text, units_enter=units_enter) == participants
            ),
            "",
        )
        teams = re.search(rf"(?<!\d){participants}(?:支|个)[^,;。]{{0,8}}队", counted)
        # (信丰县…村BA篮球联赛决赛: a league's final is played by its sides, the field, too)
        if not (re.search(r"总决赛|联赛.{0,12}决赛", name or "") and teams) and not whole_field(
            counted
        ):
            participants = None

    grouped: dict[tuple[str, str | None], dict] = {}
    for _pos, tier, cat0, recips in sorted(cl.awards, key=lambda a: a[0]):
        cat = own_category(cat0, [*cl.names, *([name] if name else [])])
        aw = grouped.setdefault(
            (tier, cat),
            {"tier": tier, "tier_rank": tier_rank(tier), "recipients": [], "category": cat},
        )
        for r in recips:
            same = next((x for x in aw["recipients"] if same_recipient(x, r)), None)
            if same is None:
                aw["recipients"].append(dict(r))
                continue
            short, long = sorted((same["name"], r["name"]), key=len)
            if short != long:  # 东镇东村一队 = 东村一队 of 东镇
                same["name"] = short
                same["affiliation"] = same["affiliation"] or long[: len(long) - len(short)]
            if not same["affiliation"] and r["affiliation"]:
                same["affiliation"] = r["affiliation"]

    _drop_uncategorised_restatements(grouped)
    context = " ".join([*generic_words, *(by_idx[i].text for i in cl.award_sents if i in by_idx)])
    everyone = [r for aw in grouped.values() for r in aw["recipients"]]
    known = {
        r["name"]: r["affiliation"] for r in everyone if r["kind"] == "person" and r["affiliation"]
    }
    # schools in a team sport whose sides the report calls …中学队 / …一中队 are teams
    team_sport = bool(_TEAM_SPORT_RE.search(name or context)) and bool(
        _SCHOOL_TEAM_RE.search(context)
    )
    for aw in grouped.values():
        for r in aw["recipients"]:
            if r["kind"] == "person" and not r["affiliation"] and r["name"] in known:
                r["affiliation"] = known[
                    r["name"]
                ]  # 陈家豪(湛江) in the ranking is 湛江's everywhere
            if (
                team_sport
                and r["kind"] == "organization"
                and aw["tier_rank"] is not None
                and _SCHOOL_END_RE.search(r["name"])
            ):
                r["kind"] = "team"  # a school placed in a football league plays as a team
    evidence = "\n".join(by_idx[i].text for i in sorted(used) if i in by_idx)
    return {
        "name": name,
        "kind": event_kind(name, context, " ".join(s.text for s in segment)),
        "date": d.isoformat() if d else None,
        "venue": venue,
        "organizer": organizer,
        "participants": participants,
        "awards": [aw for aw in grouped.values() if aw["recipients"]],
        "evidence": evidence or None,
        "medal_tally": cl.tally,
    }
