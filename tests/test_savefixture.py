"""``scrapy savefixture``: a page from a recording becomes a fixture, bytes untouched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from yunmei.fixtures import load_fixture
from yunmei.replay import load_recordings

ROOT = Path(__file__).resolve().parent.parent
WARC = ROOT / "data" / "sample" / "warc" / "site.warc.gz"
SEED_URL = "http://www.gdzjdaily.com.cn/p/2836735.html"
GBK_URL = "http://www.gdzjdaily.com.cn/p/2747660.html"


def savefixture(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "scrapy", "savefixture", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_savefixture_from_warc_keeps_the_raw_bytes_and_writes_the_extraction(tmp_path):
    done = savefixture(SEED_URL, "seed", "--from-warc", str(WARC), "--dir", str(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    fixture = load_fixture(tmp_path / "seed")
    assert fixture.body == load_recordings(WARC)[SEED_URL].body
    assert fixture.url == SEED_URL
    assert fixture.status == 200
    assert fixture.expected["title"] == "坡头区“百县千镇万村高质量发展工程”雄鹰擂台赛顺利举办"
    assert fixture.expected["column"] == "报小拍"
    assert fixture.expected["published_at"] == "2023-03-24T20:11:00+08:00"


def test_a_gbk_fixture_is_not_re_encoded(tmp_path):
    done = savefixture(GBK_URL, "gbk", "--from-warc", str(WARC), "--dir", str(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    fixture = load_fixture(tmp_path / "gbk")
    meta = json.loads((tmp_path / "gbk" / "meta.json").read_text("utf-8"))
    assert "gbk" in meta["headers"]["Content-Type"].lower()
    with pytest.raises(UnicodeDecodeError):
        fixture.body.decode("utf-8")  # still the GBK bytes as served, not re-encoded text
    assert fixture.expected["title"] in fixture.body.decode("gb18030")
    response = fixture.response()
    assert response.encoding in ("gbk", "gb18030")
    assert fixture.expected["title"] in response.text


def test_an_unrecorded_url_is_a_usage_error(tmp_path):
    done = savefixture("http://www.gdzjdaily.com.cn/p/1.html", "x", "--from-warc", str(WARC),
                       "--dir", str(tmp_path))  # fmt: skip
    assert done.returncode != 0
    assert not (tmp_path / "x").exists()
