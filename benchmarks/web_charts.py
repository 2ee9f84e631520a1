"""Charts: yunmei's server-side SVG page against datasette-dashboards (Vega-Lite), same 3 charts.

    .venv/bin/pip install datasette-dashboards    # only for this measurement
    .venv/bin/python benchmarks/web_charts.py --db data/yunmei.db

Loads each page 5 times in headless Chromium (fresh cache each time) and reports the median time
until the first chart mark is in the DOM and the bytes transferred. docs/web.md has the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "web"))
from conftest import CHROMIUM_FLAGS, _ensure_browser, _free_port

CHART_SQL = {
    "per-month": "SELECT substr(published_date, 1, 7) AS month, coalesce(column_name, '(无栏目)') AS col, "
    "count(*) AS n FROM articles WHERE published_date IS NOT NULL AND duplicate_of IS NULL GROUP BY month, col",
    "awards": "SELECT e.name || ' ' || coalesce(e.date, '') AS event, count(*) AS n FROM events e "
    "JOIN awards w ON w.event_id = e.event_id GROUP BY e.event_id ORDER BY n DESC LIMIT 15",
    "reporters": "SELECT name, count(DISTINCT article_id) AS n FROM authors GROUP BY name "
    "ORDER BY n DESC LIMIT 15",
}


def dashboard_metadata(db: str) -> dict:
    bar = {"mark": {"type": "bar", "tooltip": True}}
    charts = {
        "per-month": {**bar, "encoding": {"x": {"field": "month", "type": "ordinal"},
                      "y": {"field": "n", "type": "quantitative"},
                      "color": {"field": "col", "type": "nominal"}}},
        "awards": {**bar, "encoding": {"y": {"field": "event", "type": "nominal", "sort": "-x"},
                   "x": {"field": "n", "type": "quantitative"}}},
        "reporters": {**bar, "encoding": {"y": {"field": "name", "type": "nominal", "sort": "-x"},
                      "x": {"field": "n", "type": "quantitative"}}},
    }  # fmt: skip
    return {
        "plugins": {
            "datasette-dashboards": {
                "yunmei": {
                    "title": "yunmei",
                    "layout": [["per-month"], ["awards"], ["reporters"]],
                    "charts": {
                        name: {
                            "title": name,
                            "db": db,
                            "query": CHART_SQL[name],
                            "library": "vega-lite",
                            "display": spec,
                        }
                        for name, spec in charts.items()
                    },
                }
            }
        }
    }


def measure(driver, url: str, marks_css: str, runs: int = 5) -> tuple[float, int]:
    times, sizes = [], []
    for _ in range(runs):
        driver.execute_cdp_cmd("Network.clearBrowserCache", {})
        start = time.perf_counter()
        driver.get(url)
        while not driver.execute_script(f"return document.querySelectorAll({marks_css!r}).length"):
            if time.perf_counter() - start > 60:
                raise TimeoutError(url)
            time.sleep(0.01)
        times.append(time.perf_counter() - start)
        sizes.append(driver.execute_script(
            "return performance.getEntriesByType('navigation').concat("
            "performance.getEntriesByType('resource')).reduce((s, e) => s + e.transferSize, 0)"))  # fmt: skip
    return statistics.median(times), int(statistics.median(sizes))


def main() -> int:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="data/yunmei.db")
    args = parser.parse_args()
    db = Path(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(dashboard_metadata(db.stem)), "utf-8")
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "--port",
                                   str(port), "--metadata", str(meta)])  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/-/versions.json")
                    break
                except OSError:
                    time.sleep(0.2)
            chromium, chromedriver = _ensure_browser()
            options = webdriver.ChromeOptions()
            options.binary_location = chromium
            for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp}/chromium"]:
                options.add_argument(flag)
            driver = webdriver.Chrome(service=Service(chromedriver), options=options)
            try:
                ours = measure(driver, f"{base}/{db.stem}/-/charts", "svg rect.ym-mark")
                theirs = measure(
                    driver, f"{base}/-/dashboards/yunmei", "svg .mark-rect path, canvas"
                )
            finally:
                driver.quit()
        finally:
            server.terminate()
    for name, (seconds, size) in (("yunmei SVG", ours), ("datasette-dashboards", theirs)):
        print(f"{name:22} first mark {seconds * 1000:6.0f} ms   transferred {size / 1024:7.1f} KiB")
    print(
        f"ratio (dashboards / ours): time {theirs[0] / ours[0]:.1f}x, bytes {theirs[1] / ours[1]:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
