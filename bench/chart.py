#!/usr/bin/env python3
"""Writes an SVG chart of build throughput vs corpus size from bench/run.sh's results.tsv.

Usage: chart.py results.tsv out.svg

Two series on a log-scaled x axis (articles in the corpus): the fresh build in triples/s (extraction,
mapping and storing, end to end) and Jena's tdb2.tdbloader in triples/s loading the same quads (storing
only). Standard library only; no network.
"""
import csv
import math
import sys


def num(v):
    """A number from the table, or None where the run left it out ("-": no baseline at that size)."""
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def main(src, dst):
    rows = list(csv.DictReader(open(src, encoding="utf-8"), delimiter="\t"))
    pts = [(int(r["articles"]), num(r["triples_per_s"]) or 0, num(r["tdbloader_triples_per_s"]),
            num(r["articles_per_s"]) or 0) for r in rows if r["articles"]]
    pts.sort()  # sizes may be given in any order; the lines run left to right
    if not pts:
        return
    w, h, left, right, top, bottom = 800, 420, 80, 240, 40, 60
    xs = [math.log10(p[0]) for p in pts]
    xmin, xmax = min(xs) - 0.2, max(xs) + 0.2
    ymax = max(max(p[1], p[2] or 0) for p in pts) * 1.15 or 1

    def x(v):
        return left + (math.log10(v) - xmin) / (xmax - xmin) * (w - left - right)

    def y(v):
        return top + (1 - v / ymax) * (h - top - bottom)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
           f'<rect width="{w}" height="{h}" fill="white"/>',
           f'<text x="{w / 2 - 60}" y="22" font-size="15">Throughput vs corpus size</text>']
    for i in range(6):
        v = ymax * i / 5
        out.append(f'<line x1="{left}" x2="{w - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v / 1000:.0f}k</text>')
    for p in pts:
        out.append(f'<text x="{x(p[0]):.1f}" y="{h - bottom + 18}" text-anchor="middle">{p[0]:,}</text>')
    out.append(f'<text x="{(left + w - right) / 2}" y="{h - 15}" text-anchor="middle">articles in the corpus (log scale)</text>')
    out.append(f'<text x="18" y="{(top + h - bottom) / 2}" transform="rotate(-90 18 {(top + h - bottom) / 2})" '
               f'text-anchor="middle">triples per second</text>')
    series = [(1, "#1f77b4", "diplograph build (extract + store)"), (2, "#d62728", "Jena tdb2.tdbloader (store only)")]
    for k, (idx, color, label) in enumerate(series):
        measured = [p for p in pts if p[idx] is not None]
        line = " ".join(f"{x(p[0]):.1f},{y(p[idx]):.1f}" for p in measured)
        out.append(f'<polyline points="{line}" fill="none" stroke="{color}" stroke-width="2"/>')
        for p in measured:
            out.append(f'<circle cx="{x(p[0]):.1f}" cy="{y(p[idx]):.1f}" r="4" fill="{color}"/>')
            if idx == 1:
                out.append(f'<text x="{x(p[0]) + 6:.1f}" y="{y(p[idx]) - 8:.1f}" fill="{color}">{p[3]:.0f} art/s</text>')
        ly = top + 20 + k * 20
        out.append(f'<line x1="{w - right + 12}" x2="{w - right + 32}" y1="{ly}" y2="{ly}" stroke="{color}" stroke-width="2"/>')
        out.append(f'<text x="{w - right + 36}" y="{ly + 4}" font-size="11">{label}</text>')
    out.append("</svg>")
    open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
