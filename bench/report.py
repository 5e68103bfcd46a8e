#!/usr/bin/env python3
"""Prints bench/run.sh's table from its results.tsv (see run.sh's row()).

One row per implementation: median and min-max of its measured rounds, the
spread ((max - min) / median), and asyncc/peer = asyncc's median / this
row's median in the same workload and group (lower is better: below 1,
asyncc is faster, or for memory smaller).  Below the table, one line each
for the ratios that compare a system with itself (nosuspend: a suspend
call against a plain call) and for what fits in 4 GiB (memory).

bench/chart.py reads the same file through read()."""
import statistics
import sys

PER = {"spawn_join": "ns per coroutine", "yield": "ns per switch", "fanout": "ms total",
       "chan_pingpong": "ns per round trip", "chan_buffered": "ns per message",
       "memory": "bytes per coroutine", "cancel_storm": "ns per child",
       "nosuspend": "ns per call", "translate": "ms per file"}
# nosuspend: each system's suspend-call row and its plain-call row.
PLAIN = {"asyncc": ("c-plain", "a plain C call"), "kotlin": ("kt-plain", "a plain fun call, JIT inlining"),
         "kt-noinline": ("kt-plain-noinline", "a plain fun call, not inlined")}


def fmt(v):
    if abs(v) >= 1000:
        return f"{v:.0f}"
    if abs(v) >= 100:
        return f"{v:.1f}"
    return f"{v:.2f}"


def read(path):
    """The rows of results.tsv, each a dict; `ratio` is asyncc/peer (None
    for asyncc itself and where either median is missing)."""
    rows = []
    with open(path) as f:
        for line in f:
            w, g, impl, label, status, unit, values, checks = line.rstrip("\n").split("\t")
            vals = [float(v) for v in values.split(",") if v]
            rows.append(dict(w=w, g=g, impl=impl, label=label, status=status, unit=unit,
                             vals=vals, checks=checks,
                             med=statistics.median(vals) if vals else None))
    base = {(r["w"], r["g"]): r["med"] for r in rows if r["impl"] == "asyncc" and r["med"]}
    for r in rows:
        a = base.get((r["w"], r["g"]))
        r["ratio"] = a / r["med"] if r["impl"] != "asyncc" and a and r["med"] else None
        r["base"] = a
    return rows


def main(path):
    rows = read(path)
    head = ("workload", "threads", "impl", "how", "median", "min-max", "spread", "asyncc/peer")
    table = []
    for r in rows:
        w = f'{r["w"]} ({PER.get(r["w"], r["unit"])})'
        if r["med"] is None:
            table.append((w, r["g"], r["impl"], r["label"], r["status"], "", "", ""))
            continue
        if r["impl"] == "asyncc":
            ratio = "-"
        else:
            ratio = f"{r['ratio']:.2f}" if r["ratio"] else "n/a"
        lo, hi = min(r["vals"]), max(r["vals"])
        spread = f"{100 * (hi - lo) / r['med']:.0f}%" if r["med"] > 0 else "-"
        table.append((w, r["g"], r["impl"], r["label"], fmt(r["med"]),
                      f"{fmt(lo)}-{fmt(hi)}", spread, ratio))
    # A skipped or failed row's status spans the number columns: it does not
    # widen them.
    measured = [t for r, t in zip(rows, table) if r["med"] is not None]
    widths = [max(len(str(x[i])) for x in (table if i < 4 else measured) + [head])
              for i in range(len(head))]

    def out(cols, right=(4, 5, 6, 7)):
        print("  ".join(str(c).rjust(wd) if i in right else str(c).ljust(wd)
                        for i, (c, wd) in enumerate(zip(cols, widths))).rstrip())
    print()
    out(head)
    out(["-" * wd for wd in widths])
    prev = None
    for r, t in zip(rows, table):
        key = (r["w"], r["g"])
        if prev and key != prev and r["w"] != prev[0]:
            print()
        shown = list(t)
        if key == prev:
            shown[0] = shown[1] = ""
        elif prev and r["w"] == prev[0]:
            shown[0] = ""
        out(shown) if r["med"] is not None else print(
            "  ".join(str(c).ljust(wd) for c, wd in zip(shown[:4], widths[:4])) + "  " + t[4])
        prev = key
    print()
    print("asyncc/peer = asyncc's median / the peer's median in the same workload and")
    print("threads group: below 1 asyncc is faster (memory: smaller), above 1 slower")
    print("(larger). spread = (max - min) / median of the rounds. Not a test: no")
    print("timing is asserted, and on a shared machine the spread can be large.")

    med = {(r["w"], r["impl"]): r["med"] for r in rows if r["med"]}
    parts = []
    for impl, (plain, what) in PLAIN.items():
        s, p = med.get(("nosuspend", impl)), med.get(("nosuspend", plain))
        if s and p:
            parts.append(f"{impl} {s / p:.2f}x {what} ({fmt(s)} vs {fmt(p)} ns)")
    if parts:
        print("nosuspend, a suspend call that does not suspend / the same plain call:")
        for part in parts:
            print("    " + part)
    fits = [f"{r['impl']} {4 * 2**30 / r['med'] / 1e6:.2f} M" for r in rows
            if r["w"] == "memory" and r["med"] and r["med"] > 0]
    if fits:
        print("memory, how many fit in 4 GiB at the median: " + ", ".join(fits))
    a, c = med.get(("translate", "asyncc")), med.get(("translate", "clang"))
    if a and c:
        print(f"translate: asyncc takes {a / c:.2f}x as long as clang -fsyntax-only ({fmt(a)} vs {fmt(c)} ms)")
    # The fan-out and channel sums must agree across implementations (same
    # work done).
    for w in sorted({r["w"] for r in rows}):
        sums = {r["checks"] for r in rows if r["w"] == w and r["checks"] not in ("", "0")}
        if len(sums) > 1:
            print(f"WARNING: {w}: implementations computed different results: {sorted(sums)}")


if __name__ == "__main__":
    main(sys.argv[1])
