"""A synthetic 湛江云媒 site for benchmarks: N articles in the site's page kinds, deterministic per seed.

    python benchmarks/sitegen.py OUT --articles 1000 [--seed 8]

Writes the devserver's layout: ``OUT/<host>/<path>`` plus ``OUT/routes.json`` (charset headers of the
GBK pages) and ``OUT/manifest.json`` (start URLs, list depth, counts, every article page). Page
kinds follow ../shared/site-spec.md: desktop reference markup (§7), desktop under a channel slug,
multi-page desktop (``_n``), GBK-encoded desktop, the two mobile templates (§3), mirror copies on
other hosts with damaged text (§5), award sentences (§8) in about one article in five, channel
list pages with pagination, and a few dead links (404s are normal). Never commit the output.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import datetime, timedelta
from pathlib import Path

WWW = "www.gdzjdaily.com.cn"
MOBILE = "m.gdzjdaily.com.cn"
MIRRORS = ("m.xvgold.com", "www.juzitie.cn")
FIRST_ID = 2_900_000
PER_LIST_PAGE = 20
START_TIME = datetime(2024, 1, 1, 7, 30)

# article kind -> weight; GBK and mobile shares are guesses at the real mix, not measurements
KINDS = {
    "desktop": 60,
    "channel_slug": 5,
    "multipage": 10,
    "gbk": 5,
    "mobile_app": 8,
    "mobile_cloud": 12,
}
AWARD_SHARE = 0.2  # site-spec §8: roughly one article in five reports results
MIRROR_SHARE = 0.03
DEAD_LINK_SHARE = 0.005
ORIGINAL_SHARE = 0.4

CHANNELS = {
    "shizheng": "时政",
    "shehui": "社会",
    "jingji": "经济",
    "wenti": "文体",
    "jiaoyu": "教育",
    "minsheng": "民生",
    "fazhi": "法治",
    "wenlv": "文旅",
}

# --- vocabulary: enough variety for plausible Chinese, small enough to stay fast ---------------
PLACES = ["赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市",
          "湛江经开区", "南三岛", "东海岛", "硇洲镇", "乾塘镇", "官渡镇", "调顺村", "湖光岩"]  # fmt: skip
BUREAUS = ["交通运输局", "应急管理局", "财政局", "卫健局", "住建局", "教育局", "科工贸局", "文广旅体局",
           "自然资源局", "农业农村局", "市场监管局", "人社局", "民政局", "生态环境分局", "发展建设局"]  # fmt: skip
SCHOOLS = [
    "岭南师范学院",
    "广东海洋大学",
    "湛江一中",
    "湛江二中",
    "霞山区第十小学",
    "湛江幼儿师范专科学校",
]
SURNAMES = "陈李林黄王张吴杨梁郑何莫周徐罗邓谭钟曹翟白范孙欧卓叶郭刘许蔡冯庞"
GIVEN = "永幸霖松萌时雨海飞忠朝兴振园竟子华嘉恩龙彬总梅英迪文方润芷倩宇云广灏泽逸卓雅丽福锋春婉晴喜凤钰欣岸佳婧昊廷睿碧玮琪"
TITLES = ["记者", "记者", "记者", "见习记者", "通讯员", "特约通讯员", "实习生", "本报记者"]
ROLES = ["文/", "图/", "视频/", "航拍/", "文/图 ", "图、视频/", "文字/", "图片/"]
SOURCES = [
    "湛江云媒",
    "湛江云媒",
    "湛江日报",
    "湛江晚报",
    "金羊网",
    "南方+",
    "",
    "湛江新闻网、湛江晚报、腾讯网等",
]
COLUMNS = ["报小拍", "报小拍·足球", "走进红树林", "湛江观察", "民生热线"]
OPENERS = [
    "近日,",
    "今年来,",
    "日前,",
    "连日来,",
    "据悉,",
    "记者了解到,",
    "当天,",
    "与此同时,",
    "此外,",
    "",
]
ACTIONS = ["深入学习贯彻", "加快推动", "扎实推进", "全面落实", "持续深化", "积极探索", "稳步实施", "大力开展",
           "统筹推进", "认真组织"]  # fmt: skip
TOPICS = ["“百县千镇万村高质量发展工程”", "乡村振兴战略", "营商环境优化行动", "城乡环境综合整治",
          "海洋经济高质量发展", "红树林保护修复", "文明城市创建工作", "安全生产专项整治", "民生实事项目",
          "校园食品安全检查", "港口航运提质增效", "文旅融合发展"]  # fmt: skip
RESULTS = ["切实提高高质量发展水平", "取得阶段性成效", "推动各项重点工作全面进步", "营造比学赶超的良好氛围",
           "让群众有了实实在在的获得感", "为湛江建设省域副中心城市贡献力量", "形成了可复制可推广的经验",
           "确保各项任务落地见效"]  # fmt: skip
EVENT_NAMES = ["雄鹰擂台赛", "“创新湛江杯”科普讲解大赛", "青少年书法比赛", "职工篮球联赛", "红树林摄影大赛",
               "乡村振兴技能大赛", "中小学生演讲比赛", "龙舟邀请赛", "广场舞展演", "青年创业大赛"]  # fmt: skip
VENUES = [
    "区办公大楼8楼会议室",
    "市体育中心",
    "湛江文化中心",
    "金沙湾观海长廊",
    "市青少年宫",
    "霞山区工人文化宫",
]
CATEGORIES = ["成人组", "中小学生组", "社会组", "学生组", "男子丙组44公斤级"]
PHOTO_TITLES = [
    "金沙湾日落",
    "红树林白鹭翩飞",
    "湛江港夜景",
    "东海岛龙海天沙滩",
    "湖光岩秋色",
    "硇洲灯塔",
]
SPAM = ["澳门新葡京官方网站,注册即送彩金", "开云体育在线投注,秒到账", "午夜影院免费观看高清在线"]
# a few characters whose pinyin mirrors insert after them (site-spec §5.1); traditional forms
PINYIN = {"區": "qū", "來": "lái", "報": "bào", "號": "hào", "發": "fā", "賽": "sài", "會": "huì",
          "進": "jìn", "際": "jì", "國": "guó"}  # fmt: skip

HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_湛江云媒</title>
<meta name="keywords" content="湛江,湛江新闻,湛江云媒,湛江日报,湛江晚报">
<meta name="description" content="{description}">
<link rel="stylesheet" href="/static/css/common.css?v=20240101"><link rel="stylesheet" href="/static/css/article.css?v=20240101">
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?0123456789abcdef";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
"""

NAV = "".join(f'<li><a href="/{slug}/">{name}</a></li>' for slug, name in CHANNELS.items())
HEADER = (
    '<body><div class="header"><div class="logo"><a href="/">湛江云媒</a></div>'
    f'<ul class="nav"><li><a href="/">首页</a></li>{NAV}</ul>'
    '<div class="login"><a href="/user/login">登录湛江云媒账号</a></div></div>\n'
)
FOOTER = (
    '<div class="footer"><p>湛江日报社主办 版权所有 未经授权禁止复制或建立镜像</p>'
    "<p>粤ICP备00000000号 互联网新闻信息服务许可证:44120170000</p></div></body></html>\n"
)


class Vocabulary:
    """Random text from the lists above; every draw goes through one seeded Random."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        # a sentence pool drawn once keeps 20,000 articles well under the 30 s budget
        self.sentences = [self._sentence() for _ in range(3000)]

    def name(self) -> str:
        rng = self.rng
        surname = "欧阳" if rng.random() < 0.03 else rng.choice(SURNAMES)
        return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))

    def org(self) -> str:
        return self.rng.choice(PLACES[:9]) + self.rng.choice(BUREAUS)

    def _sentence(self) -> str:
        rng = self.rng
        return (
            f"{rng.choice(OPENERS)}{rng.choice(PLACES)}{rng.choice(ACTIONS)}{rng.choice(TOPICS)},"
            f"{rng.choice(ACTIONS)}{rng.choice(TOPICS)},{rng.choice(RESULTS)}。"
        )

    def paragraph(self) -> str:
        return "".join(self.rng.choices(self.sentences, k=self.rng.randint(2, 5)))

    def title(self) -> str:
        rng = self.rng
        return f"{rng.choice(PLACES)}{rng.choice(ACTIONS)}{rng.choice(TOPICS)}"

    def byline(self) -> str:
        rng = self.rng
        shape = rng.random()
        if shape < 0.5:
            groups = [f"{rng.choice(ROLES)}{rng.choice(TITLES)}{self.name()}"]
            groups += [f"{rng.choice(TITLES)}{self.name()}" for _ in range(rng.randint(0, 2))]
            groups.append(f"{rng.choice(ROLES[1:4])}记者{self.name()}")
            return " ".join(groups)
        if shape < 0.8:
            return " ".join(f"{rng.choice(TITLES)}{self.name()}" for _ in range(rng.randint(1, 3)))
        if shape < 0.9:
            return f"文/记者 {self.name()} 通讯员 {self.name()} 图/记者 {self.name()}"
        return " ".join(self.name() for _ in range(rng.randint(1, 2)))

    def editors(self) -> list[tuple[str, str]]:
        rng = self.rng
        return [
            (duty, "、".join(self.name() for _ in range(rng.randint(1, 2))))
            for duty in ("编辑", "值班主任", "值班编委")
            if rng.random() < 0.85
        ]

    def award_paragraphs(self, when: datetime) -> list[str]:
        """An event report: the event, then results in one of the shapes of site-spec §8."""
        rng = self.rng
        event = rng.choice(EVENT_NAMES)
        count = rng.randint(8, 45)
        intro = (
            f"{when.month}月{when.day}日晚,{rng.choice(PLACES)}{event}在{rng.choice(VENUES)}举办。"
            f"{self.org()}、{self.org()}等{count}个单位参加,同台比进度、比成效。"
        )
        shape = rng.random()
        if shape < 0.5:
            orgs = [self.org() for _ in range(6)]
            result = (
                f"经过一番激烈角逐,{orgs[0]}获得一等奖,{orgs[1]}、{orgs[2]}获得二等奖,"
                f"{orgs[3]}、{orgs[4]}和{orgs[5]}获得三等奖。"
            )
        elif shape < 0.7:
            result = (
                f"本次比赛{rng.choice(CATEGORIES)}决出一等奖3名、二等奖6名、三等奖9名,"
                f"获得一等奖的是{self.name()}({rng.choice(SCHOOLS)})、{self.name()}、{self.name()}。"
            )
        elif shape < 0.85:
            result = (
                f"湛江代表队共获得{rng.randint(1, 9)}金{rng.randint(1, 9)}银{rng.randint(1, 9)}铜,"
                f"其中{self.name()}获得{rng.choice(CATEGORIES)}金牌。"
            )
        else:
            teams = [
                f"{rng.choice(PLACES)}一队",
                f"{rng.choice(PLACES)}二队",
                f"{rng.choice(SCHOOLS)}队",
            ]
            result = f"最终,{teams[0]}获得冠军,{teams[1]}获得亚军,{teams[2]}获得季军,{self.org()}获得最佳组织奖。"
        return [intro, result]


# --- page templates -----------------------------------------------------------------------------
def _side(rng: random.Random, ids: range) -> str:
    photos = "".join(
        f'<li><a href="/p/{rng.choice(ids)}.html">{t}</a></li>' for t in rng.sample(PHOTO_TITLES, 6)
    )
    hot = "".join(
        f'<li><span class="num">{n}</span><a href="/p/{rng.choice(ids)}.html">{rng.choice(TOPICS)}进展</a></li>'
        for n in range(1, 11)
    )
    return (
        '<div class="comment"><h3>评论一下</h3><p>评论 0人参与,0条评论</p><p>还没有评论,快来抢沙发吧!</p>'
        "<p>最热评论</p><p>最新评论</p><p>已有0人参与,点击查看更多精彩评论</p></div>\n"
        f'<div class="side"><h3>湛图片</h3><ul class="pics">{photos}</ul>'
        f'<h3>热点新闻排行</h3><div class="tabs"><span>月点击</span><span>周点击</span><span>日点击</span></div>'
        f'<ol class="hot">{hot}</ol><h3><a href="http://szb.gdzjdaily.com.cn/">数字报</a></h3></div>\n'
    )


def _content(paragraphs: list[str], images: list[tuple[str, str]], original: bool) -> str:
    parts = [f"<p>{p}</p>" for p in paragraphs]
    for n, (src, caption) in enumerate(images):
        at = min(len(parts), 1 + n * 3)
        parts[at:at] = [f'<p style="text-align:center"><img src="{src}"></p>', f"<p>{caption}</p>"]
    if original:
        parts.append("<p>湛江云媒客户端原创,未经授权不得转载</p>")
    return "".join(parts)


def desktop_page(art: dict, page: int, charset: str, side: str) -> str:
    """Desktop reference markup (site-spec §7); ``page`` of ``art['pages']`` for multi-page ones."""
    chunks = art["chunks"]
    title = f"{art['column']}|{art['title']}" if art["column"] else art["title"]
    subtitle = f'<h2 class="subtitle">{art["subtitle"]}</h2>' if art["subtitle"] else ""
    pager = ""
    if len(chunks) > 1:
        links = "".join(
            f'<a href="/p/{art["id"]}{"" if n == 1 else f"_{n}"}.html">{n}</a>'
            for n in range(1, len(chunks) + 1)
        )
        pager = f'<div class="pages">{links}</div>'
    editors = "".join(
        f'<div class="editor">{duty}：{names}</div>' for duty, names in art["editors"]
    )
    images = art["images"] if page == 1 else []
    return (
        HEAD.format(charset=charset, title=art["title"], description=chunks[0][0][:60])
        + HEADER
        + '<div class="main"><div class="article">'
        f'<h1 class="title">{title}</h1>{subtitle}'
        f'<div class="info"><span class="time">{art["time"]}</span> '
        f'<span class="source">来源：{art["source"]}</span> <span class="author">作者：{art["byline"]}</span></div>'
        f'<div class="content">{_content(chunks[page - 1], images, art["original"] and page == len(chunks))}</div>'
        f"{pager}{editors}</div>\n{side}</div>\n" + FOOTER
    )


def mobile_app_page(art: dict) -> str:
    """The older app template (site-spec §3): body, then notice, author and editor lines."""
    paragraphs = "".join(f"<p>{p}</p>" for p in art["chunks"][0])
    credits = "".join(f"<p>{duty}:{names}</p>" for duty, names in art["editors"])
    notice = "<p>湛江云媒客户端原创,未经授权不得转载</p>" if art["original"] else ""
    return (
        HEAD.format(charset="utf-8", title=art["title"], description=art["chunks"][0][0][:60])
        + '<body class="app"><div class="app-article">'
        f'<h1 class="app-title">{art["title"]}</h1><div class="app-meta">{art["time"]} {art["source"]}</div>'
        f'<div class="app-content">{paragraphs}<p class="more">展开详细</p></div>'
        f'<div class="app-footer">{notice}<p>作者:{art["byline"]}</p>{credits}</div></div></body></html>\n'
    )


def mobile_cloud_page(art: dict) -> str:
    """The 媒体云 vendor template (site-spec §3): tips, head, body, credits, the body again."""
    paragraphs = "".join(f"<p>{p}</p>" for p in art["chunks"][0])
    subtitle = f'<h2 class="news-subtitle">{art["subtitle"]}</h2>' if art["subtitle"] else ""
    mark = '<span class="copyright">©原创</span> ' if art["original"] else ""
    credits = "   ".join(f"{duty}:{names}" for duty, names in art["editors"])
    return (
        HEAD.format(charset="utf-8", title=art["title"], description=art["chunks"][0][0][:60])
        + '<body class="mcloud"><div class="preview-tip">临时链接,仅用于预览,将在12小时内失效</div>'
        '<div class="open-guide"><h4>小贴士</h4><p>2步打开 媒体云APP</p><p>点击右上角“…” 按钮</p>'
        "<p>使用浏览器/Safari打开</p></div>"
        f'<div class="news-detail"><h1 class="news-title">{art["title"]}</h1>{subtitle}'
        f'<div class="news-info">{mark}<span class="news-time">{art["time"]}</span> '
        f'<span class="news-source">{art["source"] or "湛江云媒"}</span></div>'
        f'<div class="news-content">{paragraphs}</div>'
        f'<div class="news-credit"><p>作者:{art["byline"]}</p><p>{credits}</p></div>'
        f'<div class="news-content">{paragraphs}</div></div>'
        '<div class="related"><h3>相关阅读</h3></div><div class="app-bar">打开APP</div>'
        '<div class="comments"><p>0 条评论</p><p>来说两句吧。。。</p><p>最热评论</p><p>最新评论</p>'
        "<p>加载中。。。。</p><p>表情</p></div></body></html>\n"
    )


def mojibake(text: str) -> str:
    """GBK bytes shifted by one byte, as mirrors show them (site-spec §5.2)."""
    return text.encode("gbk", "replace")[1:].decode("gbk", "replace").replace("\ufffd", "?")


def mirror_page(art: dict, side: str, converter) -> str:
    """A mirror copy (site-spec §5): traditional + pinyin, mojibake, spam, substitutions."""
    html = desktop_page(art, 1, "utf-8", side)
    first = art["chunks"][0][0]
    html = html.replace(first, mojibake(first), 1)
    html = html.replace("湛江新闻网", "开云官方网页版").replace("图片", "开云(中国)")
    spam = "".join(
        f'<div class="gg"><a href="/go/{n}">{line}</a></div>' for n, line in enumerate(SPAM)
    )
    html = html.replace('<div class="main">', spam + '<div class="main">', 1)
    html = converter.convert(html)
    for n, (char, pinyin) in enumerate(PINYIN.items()):
        # "inconsistently within one page": every other character gets it, and only once each
        if n % 2 == 0:
            html = html.replace(char, f"{char}({pinyin})", 1)
    return html


def list_page(channel: str, page: int, pages: int, links: list[str], friends: list[str]) -> str:
    nav = []
    if page > 1:
        nav.append(f'<a href="{_list_url(channel, page - 1)}">上一页</a>')
    nav += [
        f'<a href="{_list_url(channel, n)}">{n}</a>'
        for n in range(max(1, page - 2), min(pages, page + 5) + 1)
        if n != page
    ]
    if page < pages:
        nav.append(f'<a href="{_list_url(channel, page + 1)}">下一页</a>')
    friend_block = (
        f'<div class="friends"><h3>友情链接</h3><ul>{"".join(friends)}</ul></div>'
        if friends
        else ""
    )
    return (
        HEAD.format(charset="utf-8", title=CHANNELS[channel], description=CHANNELS[channel])
        + HEADER
        + f'<div class="main"><h2 class="channel">{CHANNELS[channel]}</h2>'
        f'<ul class="news-list">{"".join(links)}</ul><div class="page-nav">{"".join(nav)}</div>'
        f"{friend_block}</div>\n" + FOOTER
    )


def _list_url(channel: str, page: int) -> str:
    return f"/{channel}/" if page == 1 else f"/{channel}/index_{page}.html"


def _list_item(href: str, title: str, when: str) -> str:
    return f'<li><a href="{href}">{title}</a><span class="time">{when}</span></li>'


# --- the site -----------------------------------------------------------------------------------
def plan_articles(n: int, rng: random.Random, vocab: Vocabulary) -> list[dict]:
    kinds, weights = list(KINDS), list(KINDS.values())
    articles = []
    article_id = FIRST_ID
    when = START_TIME
    for _ in range(n):
        article_id += 1 if rng.random() > 0.05 else rng.randint(2, 4)  # ids have gaps
        when += timedelta(minutes=rng.randint(3, 40))
        kind = rng.choices(kinds, weights)[0]
        paragraphs = [vocab.paragraph() for _ in range(rng.randint(4, 12))]
        award = rng.random() < AWARD_SHARE
        if award:
            at = rng.randint(0, len(paragraphs))
            paragraphs[at:at] = vocab.award_paragraphs(when - timedelta(days=1))
        pages = rng.randint(2, 4) if kind == "multipage" else 1
        size = -(-len(paragraphs) // pages)
        chunks = [paragraphs[i : i + size] for i in range(0, len(paragraphs), size)]
        while len(chunks) < pages:  # never an empty page: split the last chunk
            chunks.append([chunks[-1].pop()] if len(chunks[-1]) > 1 else [vocab.paragraph()])
        images = [
            (
                f"https://new-img.gdzjdaily.com.cn/a/10001/{when:%Y%m}/{rng.getrandbits(128):032x}.jpeg",
                f"记者 {vocab.name()} 摄",
            )
            for _ in range(rng.choice((0, 1, 1, 2, 3)))
        ]
        articles.append(
            {
                "id": article_id,
                "kind": kind,
                "channel": rng.choice(list(CHANNELS)),
                "title": vocab.title(),
                "column": rng.choice(COLUMNS) if rng.random() < 0.15 else "",
                "subtitle": f"{rng.choice(ACTIONS)}{rng.choice(TOPICS)}"
                if rng.random() < 0.3
                else "",
                "time": f"{when:%Y-%m-%d %H:%M}",
                "source": rng.choice(SOURCES),
                "byline": vocab.byline(),
                "editors": vocab.editors(),
                "chunks": chunks,
                "images": images,
                "original": rng.random() < ORIGINAL_SHARE,
                "award": award,
                "mirror": rng.choice(MIRRORS) if rng.random() < MIRROR_SHARE else "",
                "share_junk": kind.startswith("mobile") and rng.random() < 0.3,
            }
        )
    return articles


def article_href(art: dict) -> str:
    """How list pages link to an article: relative on www, absolute on m (sometimes with share junk)."""
    if art["kind"].startswith("mobile"):
        junk = (
            f"?v={1663507728281 + art['id']}?v={1663508140622 + art['id']}"
            if art["share_junk"]
            else ""
        )
        return f"http://{MOBILE}/p/{art['id']}.html{junk}"
    if art["kind"] == "channel_slug":
        return f"/{art['channel']}/p/{art['id']}.html"
    return f"/p/{art['id']}.html"


def generate(root: str | Path, articles: int, seed: int = 8) -> dict:
    """Write the site under ``root`` (created); return the manifest (also in root/manifest.json)."""
    from opencc import OpenCC  # a project dependency; imported here so --help stays fast

    started = time.perf_counter()
    root = Path(root)
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    converter = OpenCC("s2t")
    plan = plan_articles(articles, rng, vocab)
    ids = range(FIRST_ID, plan[-1]["id"] + 1) if plan else range(FIRST_ID, FIRST_ID + 1)
    # a handful of shared side blocks: the real side block is "what was current", not per article
    sides = [_side(rng, ids) for _ in range(16)]
    routes: dict[str, dict] = {}
    pages: list[list[str]] = []  # [url, file relative to root, content-type] of every article page
    counts: dict[str, int] = dict.fromkeys(KINDS, 0)
    counts.update(mirror=0, award=0, extra_pages=0)
    written = 0
    made_dirs: set[Path] = set()

    def write(host: str, rel: str, data: bytes) -> None:
        nonlocal written
        path = root / host / rel
        if path.parent not in made_dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(path.parent)
        path.write_bytes(data)
        written += len(data)

    for art in plan:
        counts[art["kind"]] += 1
        counts["award"] += art["award"]
        side = sides[art["id"] % len(sides)]
        kind, aid = art["kind"], art["id"]
        if kind.startswith("mobile"):
            html = mobile_app_page(art) if kind == "mobile_app" else mobile_cloud_page(art)
            write(MOBILE, f"p/{aid}.html", html.encode())
            pages.append(
                [
                    f"http://{MOBILE}/p/{aid}.html",
                    f"{MOBILE}/p/{aid}.html",
                    "text/html; charset=utf-8",
                ]
            )
        elif kind == "gbk":
            html = desktop_page(art, 1, "gbk", side)
            write(WWW, f"p/{aid}.html", html.encode("gbk", "xmlcharrefreplace"))
            url = f"http://{WWW}/p/{aid}.html"
            routes[url] = {"headers": {"Content-Type": "text/html; charset=gbk"}}
            pages.append([url, f"{WWW}/p/{aid}.html", "text/html; charset=gbk"])
        else:
            rel_dir = f"{art['channel']}/p" if kind == "channel_slug" else "p"
            for number in range(1, len(art["chunks"]) + 1):
                suffix = "" if number == 1 else f"_{number}"
                rel = f"{rel_dir}/{aid}{suffix}.html"
                write(WWW, rel, desktop_page(art, number, "utf-8", side).encode())
                pages.append([f"http://{WWW}/{rel}", f"{WWW}/{rel}", "text/html; charset=utf-8"])
            counts["extra_pages"] += len(art["chunks"]) - 1
        if art["mirror"]:
            counts["mirror"] += 1
            write(art["mirror"], f"p/{aid}.html", mirror_page(art, side, converter).encode())
            pages.append([f"http://{art['mirror']}/p/{aid}.html", f"{art['mirror']}/p/{aid}.html",
                          "text/html; charset=utf-8"])  # fmt: skip

    # channel lists, newest first, PER_LIST_PAGE a page; mirrors and dead links ride along
    list_pages = 0
    dead_links = 0
    max_pages = 1
    known = {art["id"] for art in plan}
    for channel in CHANNELS:
        members = [art for art in reversed(plan) if art["channel"] == channel]
        count = max(1, -(-len(members) // PER_LIST_PAGE))
        max_pages = max(max_pages, count)
        for page in range(1, count + 1):
            chunk = members[(page - 1) * PER_LIST_PAGE : page * PER_LIST_PAGE]
            links = [_list_item(article_href(a), a["title"], a["time"]) for a in chunk]
            if rng.random() < DEAD_LINK_SHARE * PER_LIST_PAGE:
                gone = next(i for i in range(rng.choice(ids), ids.stop + 10) if i not in known)
                links.insert(
                    rng.randint(0, len(links)), _list_item(f"/p/{gone}.html", "已删除", "")
                )
                dead_links += 1
            friends = [
                f'<li><a href="http://{a["mirror"]}/p/{a["id"]}.html">{a["title"]}</a></li>'
                for a in chunk
                if a["mirror"]
            ]
            rel = "index.html" if page == 1 else f"index_{page}.html"
            write(WWW, f"{channel}/{rel}", list_page(channel, page, count, links, friends).encode())
            list_pages += 1

    latest = list(reversed(plan[-30:]))
    home_links = "".join(_list_item(article_href(a), a["title"], a["time"]) for a in latest)
    home = (
        HEAD.format(charset="utf-8", title="首页", description="湛江云媒")
        + HEADER
        + f'<div class="main"><ul class="news-list">{home_links}</ul></div>\n{sides[0]}'
        + FOOTER
    )
    write(WWW, "index.html", home.encode())
    mobile_latest = [a for a in reversed(plan) if a["kind"].startswith("mobile")][:30]
    mobile_home = (
        HEAD.format(charset="utf-8", title="湛江云媒", description="湛江云媒")
        + '<body class="app"><ul class="news-list">'
        + "".join(_list_item(article_href(a), a["title"], a["time"]) for a in mobile_latest)
        + "</ul>"
        + "".join(f'<a href="http://{WWW}/{slug}/">{name}</a>' for slug, name in CHANNELS.items())
        + "</body></html>\n"
    )
    write(MOBILE, "index.html", mobile_home.encode())
    (root / "routes.json").write_text(json.dumps(routes, indent=0, sort_keys=True), "utf-8")

    manifest = {
        "seed": seed,
        "articles": articles,
        "start_urls": [f"http://{WWW}/", f"http://{MOBILE}/"],
        # home (0) -> channel page 1 (1) -> ... -> page max_pages: a chain the spider must follow
        "list_max_depth": max_pages + 1,
        "counts": counts,
        "list_pages": list_pages + 2,
        "dead_links": dead_links,
        "article_pages": len(pages),
        "expected_fetches": len(pages) + list_pages + 2 + dead_links,
        "bytes": written,
        "seconds": round(time.perf_counter() - started, 2),
        "pages": pages,
    }
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (created)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    manifest = generate(args.out, args.articles, args.seed)
    summary = {k: v for k, v in manifest.items() if k != "pages"}
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
