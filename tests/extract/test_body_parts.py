"""The body cleaning shared by every layer: captions, credits, notices, repeats."""

from __future__ import annotations

from yunmei.extract.body import clean_body, drop_repeat, image_url
from yunmei.extract.render import Block

BASE = "https://www.gdzjdaily.com.cn/p/2848530.html"


def T(text, **kw):
    return Block(text, 0.0, **kw)


def img(src):
    return Block("", 0.0, src=src)


def test_caption_after_image_is_not_body():
    parts = clean_body(
        [
            T("第一段正文内容比较长,不是图片说明文字,共计二十多个字。"),
            img("/a.jpeg"),
            T("记者 陈振园 摄"),
            T("第二段。"),
        ],
        BASE,
    )
    assert parts.paragraphs == [
        "第一段正文内容比较长,不是图片说明文字,共计二十多个字。",
        "第二段。",
    ]
    assert parts.images == [
        {"url": "https://www.gdzjdaily.com.cn/a.jpeg", "caption": "记者 陈振园 摄"}
    ]


def test_bold_subheading_after_image_stays_in_body():
    parts = clean_body([img("/a.jpeg"), T("16个单位同台比拼", bold=True), T("正文。")], BASE)
    assert parts.paragraphs == ["16个单位同台比拼", "正文。"]
    assert parts.images[0]["caption"] is None


def test_long_paragraph_after_image_is_body():
    text = "夜幕降临,整洁的南调路华灯初上,区政府办公大楼一如以往每一个周二、周四的晚上亮起了明灯。"
    parts = clean_body([img("/a.jpeg"), T(text)], BASE)
    assert parts.paragraphs == [text]


def test_photo_credit_without_image_is_dropped():
    parts = clean_body([T("正文。"), T("(通讯员 李嘉恩 摄)")], BASE)
    assert parts.paragraphs == ["正文。"]


def test_notices_editors_byline_pager():
    parts = clean_body(
        [
            T("正文。(编辑/徐卫民 值班主任/何杰)"),
            T("湛江晚报、湛江云媒客户端原创"),
            T("未经授权不得转载"),
            T("作者:记者张永幸"),
            T("12"),
            T("展开详细"),
        ],
        BASE,
    )
    assert parts.paragraphs == ["正文。"]
    assert parts.is_original
    assert parts.byline_raw == "记者张永幸"
    assert parts.pages == [1, 2]
    assert [e["name"] for e in parts.editors] == ["徐卫民", "何杰"]


def test_notice_glued_to_last_paragraph():
    parts = clean_body([T("最后一段。湛江云媒客户端原创,未经授权不得转载")], BASE)
    assert parts.paragraphs == ["最后一段。"]
    assert parts.is_original


def test_spam_only_on_mirrors():
    lines = [T("正文第一段。"), T("开云体育app下载|真人百家乐")]
    assert clean_body(lines, BASE, mirror=True).paragraphs == ["正文第一段。"]
    assert clean_body(lines, BASE).paragraphs == ["正文第一段。", "开云体育app下载|真人百家乐"]


def test_drop_repeat():
    body = ["第一段正文,足够长的一段文字内容。", "第二段。", "第三段。"]
    assert drop_repeat(body + body) == body
    assert drop_repeat(body + body[:2]) == body
    assert drop_repeat(["好。", "好。"]) == ["好。", "好。"]
    assert drop_repeat(["同一段很长的文字内容在镜像页里被重复了两次。"] * 2) == [
        "同一段很长的文字内容在镜像页里被重复了两次。"
    ]


def test_image_urls():
    assert (
        image_url("//new-img.gdzjdaily.com.cn/a/1.jpeg", BASE)
        == "https://new-img.gdzjdaily.com.cn/a/1.jpeg"
    )
    assert (
        image_url("../res/1.jpg", "http://szb.gdzjdaily.com.cn/zjrb/html/x.htm")
        == "http://szb.gdzjdaily.com.cn/zjrb/res/1.jpg"
    )
    assert image_url("/static/img/loading.gif", BASE) is None
    assert image_url("javascript:void(0)", BASE) is None
