"""A generated test site in the reference markup (site-spec §7), served by ``yunmei.devserver``.

``GeneratedSite(root, count=30, recent=5).write()`` writes ``<root>/<host>/<path>`` files:
a home page linking the newest articles and the channel, a paginated channel list
(``/shizheng/index.html``, ``index_2.html`` …), one desktop page per article (and the same page
on ``m.``), and robots.txt. The newest ``recent`` articles are published within the last day,
the others 10+ days ago — relative to the real clock, so "recent" holds on any day.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

BEIJING = timezone(timedelta(hours=8))
WWW = "www.gdzjdaily.com.cn"
MOBILE = "m.gdzjdaily.com.cn"
CHANNEL = "/shizheng/"
FIRST_ID = 2950001

_PLACES = ["赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市"]
_THINGS = [
    "红树林保护",
    "乡村振兴",
    "港口建设",
    "海鲜美食节",
    "龙舟赛",
    "科普讲解大赛",
    "植树活动",
    "夜市",
]
_SENTENCES = [
    "{place}近日举办{thing}活动，吸引了众多市民参与。",
    "据介绍，本次{thing}由{place}有关部门主办，共有{n}个单位参加。",
    "现场气氛热烈，参与者纷纷表示收获很大，希望今后多举办此类活动。",
    "{place}相关负责人表示，将继续推进{thing}工作，让群众有更多获得感。",
    "活动持续了{n}个小时，工作人员全程做好服务保障。",
]
_REPORTERS = ["陈振园", "林宇云", "卓朝兴", "李忠", "杨雅丽", "黄芷倩"]


def _hanzi(number: int) -> str:
    # digits in titles look like status codes to error-page heuristics ("第404场")
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(number))


@dataclass
class Article:
    id: int
    title: str
    published: datetime
    paragraphs: list[str]
    author: str
    edits: int = 0
    pages: int = 1  # >1: the body is split over /p/{id}.html, /p/{id}_2.html …
    extra: dict = field(default_factory=dict)

    @property
    def path(self) -> str:
        return f"/p/{self.id}.html"


def page_html(
    article: Article, *, with_time: bool = True, with_author: bool = True, page: int = 1
) -> str:
    info = []
    if with_time:
        info.append(f'<span class="time">{article.published:%Y-%m-%d %H:%M}</span>')
    info.append('<span class="source">来源：湛江云媒</span>')
    if with_author:
        info.append(f'<span class="author">作者：记者{article.author}</span>')
    share = -(-len(article.paragraphs) // article.pages)
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs[(page - 1) * share : page * share])
    pager = ""
    if article.pages > 1:
        links = [
            f"/p/{article.id}{'' if n == 1 else f'_{n}'}.html" for n in range(1, article.pages + 1)
        ]
        pager = (
            '<div class="pages">'
            + "".join(f'<a href="{href}">{n}</a>' for n, href in enumerate(links, 1))
            + "</div>"
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{article.title}_湛江云媒</title></head><body>"
        '<div class="login"><a href="/login">登录湛江云媒账号</a></div>'
        f'<div class="article"><h1 class="title">{article.title}</h1>'
        f'<div class="info">{" ".join(info)}</div>'
        f'<div class="content">{body}</div>{pager}'
        '<div class="editor">编辑：林霖</div><div class="editor">值班主任：莫松萌</div></div>'
        '<div class="comment">评论一下</div>'
        '<div class="side"><h3>热点新闻排行</h3><ul><li><a href="/p/2836735.html">旧闻</a></li></ul></div>'
        "</body></html>"
    )


def list_html(title: str, articles: list[Article], links: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li><a href="{a.path}">{a.title}</a><span class="time">{a.published:%Y-%m-%d %H:%M}</span></li>'
        for a in articles
    )
    nav = "".join(f'<a href="{href}">{text}</a>' for href, text in links)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>"
        f'<ul class="news-list">{items}</ul><div class="page-nav">{nav}</div></body></html>'
    )


class GeneratedSite:
    def __init__(
        self,
        root: str | Path,
        count: int = 30,
        recent: int = 5,
        per_page: int = 10,
        home_links: int = 8,
        first_id: int = FIRST_ID,
        seed: int = 7,
        with_time: bool = True,
        with_author: bool = True,
    ):
        self.root = Path(root)
        self.per_page = per_page
        self.home_links = home_links
        self.with_time = with_time
        self.with_author = with_author
        self.rand = random.Random(seed)
        self.now = datetime.now(BEIJING).replace(second=0, microsecond=0)
        self.articles: dict[int, Article] = {}
        for n in range(count):
            article_id = first_id + n
            age_rank = count - 1 - n  # the highest id is the newest
            if age_rank < recent:
                published = self.now - timedelta(hours=2 + age_rank)
            else:
                published = self.now - timedelta(days=10, hours=age_rank)
            self.articles[article_id] = self._make(article_id, published)
        self.extra_links: list[str] = []  # more links for the home page (variants, mirrors)

    # --- content ------------------------------------------------------------------------------
    def _make(self, article_id: int, published: datetime) -> Article:
        place, thing = self.rand.choice(_PLACES), self.rand.choice(_THINGS)
        n = article_id % 97 + 3
        paragraphs = [
            f"{published.month}月{published.day}日，"
            + _SENTENCES[0].format(place=place, thing=thing),
            *(s.format(place=place, thing=thing, n=n) for s in self.rand.sample(_SENTENCES[1:], 3)),
            f"（本文编号{article_id}，第{self.rand.randint(1, 999)}期。）",
        ]
        return Article(
            id=article_id,
            title=f"{place}{thing}第{_hanzi(article_id % 1000)}场活动顺利举办",
            published=published,
            paragraphs=paragraphs,
            author=self.rand.choice(_REPORTERS),
        )

    def make_multipage(self, article_id: int, pages: int) -> Article:
        """Spread an article over ``pages`` pages of four paragraphs each."""
        article = self.articles[article_id]
        article.pages = pages
        while len(article.paragraphs) < 4 * pages:
            n = len(article.paragraphs)
            article.paragraphs.insert(
                -1,
                f"第{_hanzi(n)}部分：现场共有{n * 7 + 3}名志愿者参与服务，秩序井然，市民纷纷点赞。",
            )
        return article

    def newest(self) -> list[Article]:
        return sorted(self.articles.values(), key=lambda a: a.id, reverse=True)

    def recent_ids(self, days: float = 3) -> set[int]:
        cutoff = datetime.now(BEIJING) - timedelta(days=days)
        return {a.id for a in self.articles.values() if a.published >= cutoff}

    def add_article(self) -> Article:
        article = self._make(max(self.articles) + 1, self.now - timedelta(minutes=30))
        self.articles[article.id] = article
        self.write()
        return article

    def edit_article(self, article_id: int) -> Article:
        article = self.articles[article_id]
        article.edits += 1
        article.paragraphs.append(f"（更正：本文第{article.edits}次修改，补充了现场图片说明。）")
        self._write_article(article)
        return article

    # --- files --------------------------------------------------------------------------------
    def url(self, path: str, host: str = WWW) -> str:
        return f"http://{host}{path}"

    @property
    def start_url(self) -> str:
        return self.url("/")

    def article_url(self, article_id: int, host: str = WWW) -> str:
        return self.url(f"/p/{article_id}.html", host)

    def _file(self, host: str, path: str) -> Path:
        rel = path.lstrip("/")
        if not rel or rel.endswith("/"):
            rel += "index.html"
        target = self.root / host / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def _write_article(self, article: Article) -> None:
        for page in range(1, article.pages + 1):
            html = page_html(
                article, with_time=self.with_time, with_author=self.with_author, page=page
            )
            path = article.path if page == 1 else article.path.replace(".html", f"_{page}.html")
            for host in (WWW, MOBILE):
                self._file(host, path).write_text(html, "utf-8")

    def channel_page_path(self, number: int) -> str:
        return CHANNEL if number == 1 else f"{CHANNEL}index_{number}.html"

    def channel_pages(self) -> int:
        return max(1, -(-len(self.articles) // self.per_page))

    def write(self) -> GeneratedSite:
        for article in self.articles.values():
            self._write_article(article)
        newest = self.newest()
        extra = "".join(f'<a href="{u}">variant</a>' for u in self.extra_links)
        home = list_html("湛江云媒", newest[: self.home_links], [(CHANNEL, "时政")])
        home = home.replace("</body>", f"<div class='more'>{extra}</div></body>")
        self._file(WWW, "/").write_text(home, "utf-8")
        pages = self.channel_pages()
        for number in range(1, pages + 1):
            chunk = newest[(number - 1) * self.per_page : number * self.per_page]
            links = [(self.channel_page_path(number + 1), "下一页")] if number < pages else []
            self._file(WWW, self.channel_page_path(number)).write_text(
                list_html(f"时政 第{number}页", chunk, links), "utf-8"
            )
        # stale pages of a shorter site would still be served: remove them
        number = pages + 1
        while (stale := self._file(WWW, self.channel_page_path(number))).exists():
            stale.unlink()
            number += 1
        self._file(WWW, "/robots.txt").write_text("User-agent: *\nDisallow: /admin/\n", "utf-8")
        return self

    def write_mirror(self, article_id: int, host: str = "juzitie.cn") -> str:
        """A mirror copy (traditional characters, a spam line) of an article; returns its URL."""
        article = self.articles[article_id]
        copy = Article(
            id=article.id,
            title=article.title.replace("区", "區").replace("举办", "舉辦"),
            published=article.published,
            paragraphs=[
                "澳门新葡京 在线娱乐",
                *(p.replace("区", "區") for p in article.paragraphs),
            ],
            author=article.author,
        )
        self._file(host, article.path).write_text(page_html(copy), "utf-8")
        return self.url(article.path, host)


def article_ids_in(urls: list[str]) -> list[int]:
    """Article ids of the /p/{id}.html URLs among ``urls`` (in order, repeats kept)."""
    import re

    ids = []
    for url in urls:
        match = re.search(r"/p/(\d+)(?:_\d+)?\.html", url)
        if match:
            ids.append(int(match[1]))
    return ids
