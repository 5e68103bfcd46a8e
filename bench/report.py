#!/usr/bin/env python3
"""Prints bench/run.sh's table from its results.tsv (see run.sh's entry()).

One row per implementation: median and min-max of its measured rounds, and
asyncc/peer = asyncc's median / this row's median in the same workload and
group (lower is better: below 1, asyncc is faster)."""
import statistics
import sys

UNITS = {"ns/op": "ns per coroutine", "ms": "ms total"}
PER = {"spawn_join": "ns per coroutine", "yield": "ns per switch", "fanout": "ms total",
       "chan_pingpong": "ns per round trip", "chan_buffered": "ns per message"}


def fmt(v):
    if v >= 1000:
        return f"{v:.0f}"
    if v >= 100:
        return f"{v:.1f}"
    return f"{v:.2f}"


def main(path):
    rows = []
    with open(path) as f:
        for line in f:
            w, g, impl, label, status, unit, values, checks = line.rstrip("\n").split("\t")
            vals = [float(v) for v in values.split(",") if v]
            rows.append(dict(w=w, g=g, impl=impl, label=label, status=status, unit=unit,
                             vals=vals, checks=checks,
                             med=statistics.median(vals) if vals else None))
    base = {(r["w"], r["g"]): r["med"] for r in rows if r["impl"] == "asyncc" and r["med"]}
    head = ("workload", "threads", "impl", "how", "median", "min-max", "asyncc/peer")
    table = []
    for r in rows:
        w = f'{r["w"]} ({PER.get(r["w"], r["unit"])})'
        if r["med"] is None:
            table.append((w, r["g"], r["impl"], r["label"], r["status"], "", ""))
            continue
        a = base.get((r["w"], r["g"]))
        ratio = "-" if r["impl"] == "asyncc" else (f"{a / r['med']:.2f}" if a else "n/a")
        table.append((w, r["g"], r["impl"], r["label"], fmt(r["med"]),
                      f'{fmt(min(r["vals"]))}-{fmt(max(r["vals"]))}', ratio))
    # A skipped or failed row's status spans the number columns: it does not
    # widen them.
    measured = [t for r, t in zip(rows, table) if r["med"] is not None]
    widths = [max(len(str(x[i])) for x in (table if i < 4 else measured) + [head])
              for i in range(len(head))]
    def out(cols, right=(4, 5, 6)):
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
    print("threads group: below 1 asyncc is faster, above 1 slower. Not a test: no")
    print("timing is asserted, and on a shared machine the spread can be large.")
    # The fan-out and channel sums must agree across implementations (same
    # work done).
    for w in sorted({r["w"] for r in rows}):
        sums = {r["checks"] for r in rows if r["w"] == w and r["checks"] not in ("", "0")}
        if len(sums) > 1:
            print(f"WARNING: {w}: implementations computed different results: {sorted(sums)}")


if __name__ == "__main__":
    main(sys.argv[1])
