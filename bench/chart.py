#!/usr/bin/env python3
"""Draws bench/run.sh's results as one grouped bar chart (PNG, gnuplot):
for every workload and threads group, one bar per peer, its asyncc/peer
ratio of medians on a log scale; bars grow from the line at 1.0, up where
asyncc is slower (or, for memory, larger), down where it is faster.

    python3 bench/chart.py build-bench/bench/results.tsv build-bench/bench/chart.png

Writes the gnuplot script and its data next to the PNG (chart.gp,
chart.dat) and runs gnuplot on them; run.sh does this when gnuplot is
installed (bench/setup.sh installs gnuplot-nox)."""
import math
import os
import subprocess
import sys

sys.dont_write_bytecode = True        # no bench/__pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import PER, read  # noqa: E402

COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
          "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


def main(tsv, png):
    rows = [r for r in read(tsv) if r["ratio"]]
    if not rows:
        sys.exit("chart.py: no asyncc/peer ratio to draw")
    clusters = []                       # (workload, group) in table order
    for r in rows:
        if (r["w"], r["g"]) not in clusters:
            clusters.append((r["w"], r["g"]))
    peers = []
    for r in rows:
        if r["impl"] not in peers:
            peers.append(r["impl"])
    width = 0.8
    base = os.path.splitext(png)[0]
    dat, gp = base + ".dat", base + ".gp"
    with open(dat, "w") as f:
        for p in peers:                 # one data block (index) per peer
            f.write(f"# {p}: x ratio xlow xhigh\n")
            for i, key in enumerate(clusters):
                here = [r["impl"] for r in rows if (r["w"], r["g"]) == key]
                if p not in here:
                    continue
                k = len(here)
                j = here.index(p)
                bw = width / k
                x = i - width / 2 + bw * (j + 0.5)
                r = next(r for r in rows if (r["w"], r["g"], r["impl"]) == (*key, p))
                f.write(f"{x:.4f} {r['ratio']:.6g} {x - bw * 0.45:.4f} {x + bw * 0.45:.4f}\n")
            f.write("\n\n")
    lo = min(min(r["ratio"] for r in rows), 1.0)
    hi = max(max(r["ratio"] for r in rows), 1.0)
    ymin, ymax = 10 ** (math.floor(math.log10(lo) * 4) / 4 - 0.1), 10 ** (math.ceil(math.log10(hi) * 4) / 4 + 0.1)
    yt = ", ".join(f'"{v:g}" {v:g}' for e in range(-3, 4) for m in (1, 2, 5)
                   if ymin <= (v := m * 10.0 ** e) <= ymax)
    tics = ", ".join(f'"{w}\\n{g}" {i}' for i, (w, g) in enumerate(clusters))
    units = "; ".join(f"{w}: {PER.get(w, '')}" for w in dict.fromkeys(w for w, _ in clusters))
    plots = []
    for n, p in enumerate(peers):
        c = COLORS[n % len(COLORS)]
        plots.append(f"'{dat}' index {n} using 1:2:3:4:(1):2 with boxxyerror "
                     f"fillstyle solid 0.8 border lc rgb '#333333' lc rgb '{c}' title '{p}'")
        plots.append(f"'{dat}' index {n} using 1:($2 >= 1 ? $2 * 1.12 : $2 / 1.12):"
                     f"(sprintf('%.2f', $2)) with labels font ',8' notitle")
    script = f"""\
set terminal pngcairo size {max(900, 110 * len(clusters) + 200)},620 font ',10'
set output '{png}'
set title "asyncc / peer, ratio of medians (log scale): below 1 asyncc is faster (memory: smaller)"
set label 1 "{units}" at screen 0.01, screen 0.02 font ',8'
set termoption noenhanced
set logscale y
set ytics ({yt})
set yrange [{ymin:.4g}:{ymax:.4g}]
set ylabel 'asyncc / peer'
set xrange [-0.6:{len(clusters) - 0.4}]
set xtics ({tics}) rotate by 30 right font ',9'
set grid ytics
set key outside right top
set bmargin 8
set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 lc rgb 'black' front
plot {", ".join(plots)}
"""
    with open(gp, "w") as f:
        f.write(script)
    p = subprocess.run(["gnuplot", gp], stderr=subprocess.PIPE, text=True)
    if p.returncode != 0 and "pngcairo" in p.stderr:
        with open(gp, "w") as f:                  # a gnuplot built without cairo
            f.write(script.replace("set terminal pngcairo", "set terminal png"))
        p = subprocess.run(["gnuplot", gp], stderr=subprocess.PIPE, text=True)
    sys.stderr.write(p.stderr)
    if p.returncode != 0:
        sys.exit(f"chart.py: gnuplot {gp} failed")
    print(png)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: chart.py RESULTS.tsv CHART.png")
    main(sys.argv[1], sys.argv[2])
