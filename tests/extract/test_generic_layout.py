"""Other sites' pages: generic headline, time, writer and body; site rules fire only on evidence."""

from __future__ import annotations

import json

import pytest
from tests_extract_helpers import fixture

from yunmei.extract import extract_article
from yunmei.extract.arbiter import Candidate, choose, clean_extra
from yunmei.extract.context import PageContext
from yunmei.extract.headline import find_headline, strip_title_suffix
from yunmei.extract.layouts import (
    DesktopLayout,
    EPaperLayout,
    GenericLayout,
    ListingLayout,
    MirrorLayout,
    pick_layout,
)
from yunmei.extract.pubtime import printed_time, url_date
from yunmei.extract.render import Block, parse_html, render

PARA = "，".join(["港口新航道今日正式开通大型船舶可全天候进出港"] * 6) + "。"
URL = "https://news.example.cn/a/1.html"


def article(
    head: str = "", top: str = "", tail: str = "", title: str = "港口新航道今日开通"
) -> bytes:
    return f"""<html><head>{head}<title>{title}_新浪网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/n">新闻中心</a></div>
{top}<h1>{title}</h1>
<div class="info">2019年09月07日 13:43 来源：新华社</div>
<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>
{tail}</body></html>""".encode()


def lines(*texts: str, heading: int = 0) -> list[Block]:
    return [Block(t, i, heading) for i, t in enumerate(texts)]


# -- title ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tag", "want"),
    [
        ("港口新航道今日开通_新浪网", "港口新航道今日开通"),
        ("港口新航道今日开通 - 中华网", "港口新航道今日开通"),
        ("明日股市预测--最新出炉联合国贸发报告", "最新出炉联合国贸发报告"),
        ("港口新航道今日开通_首页武汉_新闻中心_长江网_cjn.cn", "港口新航道今日开通"),
        ("没有分隔符的标题", "没有分隔符的标题"),
    ],
)
def test_any_sites_title_suffix_is_stripped(tag, want):
    assert strip_title_suffix(tag) == want


def test_headline_is_the_line_title_and_og_agree_on_not_a_nav_heading():
    page = [Block("新闻中心", 0, 1), Block("港口新航道今日开通", 1, 1)]
    assert find_headline(page, "港口新航道今日开通|公园_新浪新闻", None)[:2] == (
        "港口新航道今日开通",
        1,
    )


def test_headline_without_agreement_is_a_heading_over_its_time():
    page = [
        Block("中国地理学会", 0, 5),
        Block("学术年会在重庆成功举行", 1, 5),
        Block("发布时间：2019-05-18", 2),
    ]
    assert find_headline(page, "新闻动态--中国地理学会官网", None)[:2] == (
        "学术年会在重庆成功举行",
        1,
    )


def test_leading_wrapper_before_html_keeps_the_title():
    data = extract_article(b"<wrapper>" + article() + b"</wrapper>", URL)
    assert data["title"] == "港口新航道今日开通"


# -- time -------------------------------------------------------------------------------------
def test_printed_time_nearest_the_title_with_minutes():
    page = lines(
        "2018-03-01 08:58", "港口新航道今日开通", "发布时间：2019-09-07 13:43 来源：新华社"
    )
    assert printed_time(page, 1).raw == "2019-09-07 13:43"


def test_update_time_only_when_nothing_else_is_printed():
    page = lines("港口新航道今日开通", "更新时间 2012年12月10日", "发布日期：2012-12-09")
    assert printed_time(page, 0).raw == "2012-12-09"
    assert printed_time(page[:2], 0).raw == "2012年12月10日"


def test_time_from_metadata_alone():
    head = '<meta property="article:published_time" content="2019-11-25T18:57:38+08:00">'
    body = article(head=head).replace("2019年09月07日 13:43 ".encode(), b"")
    assert extract_article(body, URL)["published_at"] == "2019-11-25T18:57:38+08:00"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-02T17:11:00+08:00"}</script>'
    body = article(head=ld).replace("2019年09月07日 13:43 ".encode(), b"")
    assert extract_article(body, URL)["published_at"] == "2020-01-02T17:11:00+08:00"


def test_time_keeps_the_minute_as_printed():
    data = extract_article(article(), URL)
    assert data["published_at"] == "2019-09-07T13:43:00+08:00"
    assert data["published_raw"] == "2019年09月07日 13:43"


def test_date_in_the_url_is_the_last_resort():
    assert (
        url_date("https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml") == "2019-11-25"
    )
    assert url_date("http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm") == "2020-02-19"
    assert url_date("https://example.com/a/1.html") is None


# -- writer and decoys ------------------------------------------------------------------------
def test_byline_inside_the_body_is_the_author_not_body():
    data = extract_article(article(tail="<p>光明日报记者 王建宏 张文攀</p>"), URL)
    assert [a["name"] for a in data["authors"]] == ["王建宏", "张文攀"]
    assert {a["title"] for a in data["authors"]} == {"记者"}
    assert "王建宏" not in data["body"]


DECOYS = """<div class="related"><h3>推荐阅读</h3><ul>
<li><a href="/2">另一条新闻的标题在这里</a> 记者 李四 2019-09-01 10:00</li></ul></div>
<div class="comments"><h3>网友评论</h3><p>网友张三 2019-09-08 09:00</p><p>说得好</p></div>
<div class="hot"><h3>热点排行</h3><ol><li><a href="/3">热门新闻一</a></li><li><a href="/4">热门新闻二</a></li></ol></div>
<div class="pn"><a href="/0">上一篇：旧新闻</a> <a href="/5">下一篇：新新闻</a></div>
<div class="gallery"><a href="#">上一张</a> <a href="#">下一张</a></div>"""
WIDGETS = '<div class="tools">字体：大 中 小 点击：1234 浏览次数：56 阅读(1660) 评论(5)</div>'


def test_decoys_stay_out_of_body_byline_and_authors():
    data = extract_article(article(top=WIDGETS, tail=DECOYS), URL)
    assert data["authors"] == []
    assert data["byline_raw"] is None
    body = data["body"]
    for decoy in (
        "另一条新闻",
        "李四",
        "网友",
        "热门新闻",
        "上一篇",
        "下一张",
        "浏览次数",
        "阅读(1660)",
    ):
        assert decoy not in body, decoy
    assert data["published_at"] == "2019-09-07T13:43:00+08:00"


def test_blog_footer_is_no_info_line_and_its_labels_no_authors():
    tail = '<div class="foot">阅读(1660) 评论(5) 编辑 发表于:2019-09-09 22:13</div>'
    data = extract_article(article(tail=tail), URL)
    assert data["authors"] == []
    assert data["published_at"] == "2019-09-07T13:43:00+08:00"
    assert PARA[:20] in data["body"]


# -- layouts fire on evidence -----------------------------------------------------------------
def picked(body: bytes, url: str) -> type:
    from yunmei.extract import _empty

    ctx = PageContext(body, url, None, _empty(url))
    ctx.page = render(parse_html(body.decode()))
    from yunmei.extract.kind import page_kind
    from yunmei.extract.layouts import has_epaper_markup
    from yunmei.urls import EPAPER_HOST

    markup = ctx.host == EPAPER_HOST or has_epaper_markup(ctx)
    ctx.kind, ctx.template = page_kind(url, ctx.host, ctx.ref, "", markup)
    return type(pick_layout(ctx))


GOV_PAGE = f"""<html><head><title>关于开展安全检查的通知_市政府网</title></head><body>
<div class="cont"><h2>要闻动态</h2><ul><li><a href="/1">新闻中心</a></li><li><a href="/2">政务公开</a></li></ul></div>
<h1>关于开展安全检查的通知</h1><p>发布时间：2019-09-07</p><p>{PARA}</p><p>{PARA}</p></body></html>"""


def test_a_lone_div_cont_on_another_host_is_not_the_epaper():
    assert picked(GOV_PAGE.encode(), "http://www.gov.example.cn/a/1.html") is GenericLayout
    data = extract_article(GOV_PAGE.encode(), "http://www.gov.example.cn/a/1.html")
    assert data["page_kind"] == "unknown"
    assert data["title"] == "关于开展安全检查的通知"
    assert "政务公开" not in (data["body"] or "")


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("desktop-seed", DesktopLayout),
        ("epaper-content", EPaperLayout),
        ("epaper-node", ListingLayout),
        ("mirror-seed", MirrorLayout),
        ("list-channel", ListingLayout),
    ],
)
def test_site_fixtures_pick_their_layout(name, layout):
    fx = fixture(name)
    assert picked(fx.body, fx.url) is layout


def test_epaper_markup_with_proof_on_another_host_is_the_epaper():
    body = """<html><body><div class="cont"><b class="fisrt">第A02版：<strong>新闻</strong></b>
<h1>标题在这里</h1><div id="ozoom"><content><p>正文正文正文正文正文正文正文正文正文正文正文</p></content></div>
</div></body></html>""".encode()
    assert picked(body, "http://example.org/html/2015-05/06/content_1.htm") is EPaperLayout


# -- the arbiter ------------------------------------------------------------------------------
def test_readability_body_when_trafilatura_has_none():
    chosen = choose(None, [Candidate("readability", "正文" * 30)], [Candidate("text", "正文" * 40)])
    assert chosen.name == "readability"
    assert choose(None, [], [Candidate("text", "正文" * 40)]).name == "text"


def test_a_fragment_is_replaced_by_a_clean_larger_candidate_only():
    primary = Candidate("fallback", "第一段正文内容")
    more = "第一段正文内容\n第二段正文内容也在这里\n第三段正文内容也在这里"
    assert choose(primary, [Candidate("readability", more)], []).name == "readability"
    noisy = Candidate(
        "readability", more + "\n热门一\n热门二", 0.0, frozenset({"热门一", "热门二"})
    )
    assert not clean_extra(noisy, primary)
    twice = Candidate("readability", "第一段正文内容\n图片说明文字\n图片说明文字")
    assert not clean_extra(twice, primary)


def test_linky_candidates_are_never_taken():
    assert choose(None, [Candidate("readability", "首页\n新闻", 0.9)], []) is None


def test_layer_is_recorded_per_field():
    data = extract_article(article(), URL)
    assert data["extraction"]["title"] == "text"
    assert data["extraction"]["published_at"] == "text"
    assert data["extraction"]["body"] in {"fallback", "readability", "text"}
    json.dumps(data)


def test_only_chinese_fields_are_normalized():
    from yunmei.extract.context import is_chinese

    assert is_chinese("這是繁體中文的句子")
    assert not is_chinese("報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。")
    assert not is_chinese("The harbour authority said on Tuesday")
    page = (
        b"<html><head><title>x</title></head><body><h1>\xe5\xa0\xb1\xe9\x81\x93</h1>"
        + ("<p>報道によると、今回販売されたのは、いわゆる「脱獄」したiPhoneです。</p>" * 8).encode()
        + b"</body></html>"
    )
    data = extract_article(page, "https://example.jp/a/1.html")
    assert "販売" in data["body"] and "贩売" not in data["body"]


def test_readability_runs_only_when_it_could_replace_trafilatura():
    from yunmei.extract.arbiter import may_grow

    assert may_grow(None, 0)
    assert may_grow(Candidate("fallback", "正文" * 10), 100)
    assert not may_grow(Candidate("fallback", "正文" * 50), 100)


def test_mirror_id_from_og_url_when_its_own_url_hides_it():
    fx = fixture("mirror-seed")
    head = b'<meta property="og:url" content="https://www.gdzjdaily.com.cn/p/2848530.html">'
    body = fx.body.replace(b"<head>", b"<head>" + head, 1)
    assert head in body
    data = extract_article(body, "http://m.xvgold.com/news/view.php?aid=77", fx.headers)
    want = extract_article(fx.body, fx.url, fx.headers)
    assert data["article_id"] == "2848530"
    assert data["url"] == "https://www.gdzjdaily.com.cn/p/2848530.html"
    assert data["page_kind"] == "mirror" and data["is_mirror"]
    assert data["title"] == want["title"]
    assert data["fetched_url"] == "http://m.xvgold.com/news/view.php?aid=77"


def test_epaper_page_label_is_not_a_title():
    from yunmei.extract.layouts.epaper import is_page_label

    assert is_page_label("第A12版：校园")
    assert is_page_label("A02版:新闻+本地")
    assert not is_page_label("我市第3版规划出台")
    body = """<html><body><div><h2>第A12版：校园</h2><h3>校园足球联赛开幕</h3>
<p>本报讯(记者张三)校园足球联赛昨日开幕，全市四十所学校参加。比赛将持续一个月。</p></div>
</body></html>""".encode()
    data = extract_article(body, "http://szb.gdzjdaily.com.cn/zjrb/html/2015-05/06/content_9.htm")
    assert data["title"] == "校园足球联赛开幕"
    assert data["epaper_page"] == "A12"


def test_old_cms_page_reads_like_the_others():
    html = """<html><head><meta charset="gbk"><title>霞山区举办龙舟赛_湛江新闻网</title></head><body>
<table><tr><td><a href="/">首页</a></td></tr>
<tr><td class="t">霞山区举办龙舟赛</td></tr>
<tr><td>2012-06-20 10:15 来源：湛江日报 作者：记者邓耀瑞 陈金波</td></tr>
<tr><td><p>本报讯 端午节当天，霞山区在海滨公园举办龙舟赛，二十支队伍参赛，数万市民观看。</p>
<p>比赛分为男子组和女子组，经过激烈角逐，各组冠军分别产生。</p></td></tr>
<tr><td>编辑：林霖</td></tr></table></body></html>"""
    url = "http://www.gdzjdaily.com.cn/zjnews/2012-06/20/content_1234567.htm"
    data = extract_article(html.encode("gbk"), url)
    assert data["page_kind"] == "desktop"
    assert data["title"] == "霞山区举办龙舟赛"
    assert data["published_at"] == "2012-06-20T10:15:00+08:00"
    assert [a["name"] for a in data["authors"]] == ["邓耀瑞", "陈金波"]
    assert "龙舟赛" in data["body"] and "编辑" not in data["body"]
    assert data["editors"] == [{"name": "林霖", "duty": "editor"}]
