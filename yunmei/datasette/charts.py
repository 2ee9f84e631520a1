"""Server-side SVG charts for the yunmei Datasette pages: no JavaScript, no CDN, a few KB each.

Why not a charting plugin: see docs/web.md ("Charts"). Each function takes plain rows and
returns an SVG string (already escaped) that the templates insert as is.
"""

from __future__ import annotations

from html import escape

# colour-blind-safe palette (Okabe-Ito), then grey for "other"
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
OTHER_COLOUR = "#999999"
FONT = "font-family=\"system-ui, 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif\""


def _nice_max(value: float) -> int:
    """The smallest 1/2/5 x 10^n at or above value, for a readable axis."""
    if value <= 1:
        return 1
    step = 1
    while True:
        for mult in (1, 2, 5):
            if step * mult >= value:
                return step * mult
        step *= 10


def horizontal_bars(
    rows: list[tuple[str, int, str | None]], *, width: int = 640, unit: str = ""
) -> str:
    """One bar per (label, value, link-or-None), longest first as given."""
    if not rows:
        return '<p class="ym-empty">No data yet.</p>'
    label_w, bar_h, gap = 230, 20, 6
    top = max(value for _, value, _ in rows)
    scale_max = _nice_max(top)
    plot_w = width - label_w - 60
    height = len(rows) * (bar_h + gap) + 24
    out = [
        f'<svg class="ym-chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'xmlns="http://www.w3.org/2000/svg" {FONT} font-size="13">'
    ]
    for i, (label, value, link) in enumerate(rows):
        y = i * (bar_h + gap)
        w = max(1.0, plot_w * value / scale_max)
        short = label if len(label) <= 16 else label[:15] + "…"
        text = (
            f'<text x="{label_w - 8}" y="{y + bar_h - 5}" text-anchor="end">{escape(short)}'
            f"<title>{escape(label)}</title></text>"
        )
        bar = (
            f'<rect class="ym-mark" x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" '
            f'fill="{PALETTE[0]}"><title>{escape(label)}: {value}{escape(unit)}</title></rect>'
            f'<text x="{label_w + w + 5:.1f}" y="{y + bar_h - 5}" fill="#333">{value}</text>'
        )
        if link:
            out.append(f'<a href="{escape(link)}">{text}{bar}</a>')
        else:
            out.append(text + bar)
    out.append("</svg>")
    return "".join(out)


def stacked_columns(
    periods: list[str], series: dict[str, dict[str, int]], *, width: int = 900, height: int = 300
) -> str:
    """Vertical bars, one per period, stacked by series (e.g. column name) with a legend."""
    if not periods:
        return '<p class="ym-empty">No data yet.</p>'
    names = list(series)
    colours = {
        name: (PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR) for i, name in enumerate(names)
    }
    totals = [sum(series[n].get(p, 0) for n in names) for p in periods]
    step = _nice_max(max(totals) / 4)  # whole-number gridlines
    ticks = -(-max(totals) // step)
    scale_max = step * ticks
    left, bottom, legend_h = 40, 40, 22 * ((len(names) + 3) // 4) + 8
    plot_w, plot_h = width - left - 10, height - bottom - legend_h
    slot = plot_w / len(periods)
    bar_w = max(2.0, slot * 0.75)
    label_every = max(1, len(periods) // 18)
    out = [
        f'<svg class="ym-chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" {FONT} font-size="12">'
    ]
    for tick in range(ticks + 1):
        value = step * tick
        y = legend_h + plot_h - plot_h * tick / ticks
        out.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{value:g}</text>'
        )
    for i, period in enumerate(periods):
        x = left + i * slot + (slot - bar_w) / 2
        y = legend_h + plot_h
        for name in names:
            value = series[name].get(period, 0)
            if not value:
                continue
            h = plot_h * value / scale_max
            y -= h
            out.append(
                f'<rect class="ym-mark" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                f'height="{h:.1f}" fill="{colours[name]}">'
                f"<title>{escape(period)} · {escape(name)}: {value}</title></rect>"
            )
        if i % label_every == 0:
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{legend_h + plot_h + 14}" fill="#555" '
                f'text-anchor="end" transform="rotate(-35 {x + bar_w / 2:.1f} '
                f'{legend_h + plot_h + 14})">{escape(period)}</text>'
            )
    for i, name in enumerate(names):
        lx, ly = left + (i % 4) * ((width - left) / 4), 4 + (i // 4) * 22
        out.append(
            f'<rect x="{lx:.1f}" y="{ly}" width="14" height="14" fill="{colours[name]}"/>'
            f'<text x="{lx + 19:.1f}" y="{ly + 12}">{escape(name)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def top_series(rows: list[tuple[str, str, int]], keep: int = 6) -> tuple[list[str], dict]:
    """(period, series, count) rows → periods and the `keep` biggest series, the rest as 其他."""
    totals: dict[str, int] = {}
    for _, name, count in rows:
        totals[name] = totals.get(name, 0) + count
    kept = sorted(totals, key=lambda n: -totals[n])[:keep]
    series: dict[str, dict[str, int]] = {name: {} for name in kept}
    for period, name, count in rows:
        target = name if name in series else "其他"
        bucket = series.setdefault(target, {})
        bucket[period] = bucket.get(period, 0) + count
    periods = sorted({period for period, _, _ in rows})
    return periods, series
