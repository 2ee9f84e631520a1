"""The site profile: every string specific to 湛江云媒 (``yunmei/data/site.json``), loaded once.

Hosts, e-paper papers, chrome and end-of-article lines, 媒体云 markers, mirror substitutions and
protected names live in the data file, so a site change is a data change. Code reads
``site_profile()``; nothing else spells these strings.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class SiteProfile:
    canonical_host: str
    site_hosts: frozenset[str]
    mobile_host: str
    epaper_host: str
    domain: str
    papers: tuple[str, ...]  # every e-paper the site prints (URL paths)
    crawled_papers: tuple[str, ...]  # the ones the e-paper spider walks
    chrome_lines: tuple[str, ...]  # regexes of whole lines that are page chrome
    end_of_article_lines: tuple[str, ...]  # regexes of line starts after which the article ends
    mediacloud_markers: tuple[str, ...]  # text of the 媒体云 vendor template
    mobile_markers: tuple[str, ...]  # text of the mobile template
    mirror_marker: str  # every mirror substitution contains it (a cheap first test)
    mirror_substitutions: tuple[tuple[re.Pattern[str], str], ...]  # (copy's pattern, original)
    protected_names: tuple[str, ...]  # names OpenCC must not "simplify" (乾塘 is not 干塘)


@functools.cache
def site_profile() -> SiteProfile:
    data = json.loads(resources.files("yunmei").joinpath("data/site.json").read_text("utf-8"))
    hosts, papers = data["hosts"], data["papers"]
    return SiteProfile(
        canonical_host=hosts["canonical"],
        site_hosts=frozenset(hosts["site"]),
        mobile_host=hosts["mobile"],
        epaper_host=hosts["epaper"],
        domain=hosts["domain"],
        papers=tuple(papers["known"]),
        crawled_papers=tuple(papers["crawled"]),
        chrome_lines=tuple(data["chrome_lines"]),
        end_of_article_lines=tuple(data["end_of_article_lines"]),
        mediacloud_markers=tuple(data["mediacloud_markers"]),
        mobile_markers=tuple(data["mobile_markers"]),
        mirror_marker=data["mirror_marker"],
        mirror_substitutions=tuple(
            (re.compile(row["copy"]), row["original"]) for row in data["mirror_substitutions"]
        ),
        protected_names=tuple(data["protected_names"]),
    )
