#!/usr/bin/env python3
"""translate: how long the asyncc translator takes on a generated file of N
suspend functions (gen.py; N = 500 is about 10,000 lines), against clang
only parsing and checking the same file.  Run as

    bench.py ASYNCC INCLUDE_DIR WORKDIR N ROUNDS WARMUP

It first writes WORKDIR/translate-N.c, checks that the translator accepts
it without a diagnostic and that its output compiles with cc -c -Wall
-Wextra without a warning (exit 1 otherwise), then, for each of WARMUP +
ROUNDS rounds, times one run of each, interleaved:

    ASYNCC FILE -o /dev/null -- -I INCLUDE_DIR
    clang-19 -fsyntax-only -D__ASYNCC__=1 -std=gnu11 -I INCLUDE_DIR FILE

(the flags the translator gives libclang itself, so both parse the same
text) and prints a RESULT line for each measured one: case=asyncc and
case=clang, unit ms, check = the file's line count.  CLANG in the
environment overrides clang-19, CC cc."""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, what):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0 or p.stderr.strip():
        sys.stderr.write(f"translate: {what} {'failed' if p.returncode else 'printed diagnostics'}:\n"
                         f"$ {' '.join(cmd)}\n{p.stderr}")
        sys.exit(1)
    return p.stdout


def timed(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ms = (time.perf_counter() - t0) * 1e3
    if p.returncode != 0:
        sys.stderr.write(f"translate: $ {' '.join(cmd)} failed:\n{p.stderr.decode()}")
        sys.exit(1)
    return ms


def main(argv):
    if len(argv) != 7:
        sys.exit("usage: bench.py ASYNCC INCLUDE_DIR WORKDIR N ROUNDS WARMUP")
    asyncc, inc, work = argv[1:4]
    n, rounds, warmup = (int(a) for a in argv[4:7])
    clang = os.environ.get("CLANG", "clang-19")
    cc = os.environ.get("CC", "cc")
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, f"translate-{n}.c")
    out = os.path.join(work, f"translate-{n}.gen.c")
    with open(src, "w") as f:
        f.write(run([sys.executable, os.path.join(HERE, "gen.py"), str(n)], "gen.py"))
    with open(src) as f:
        lines = sum(1 for _ in f)
    run([asyncc, src, "-o", out, "--", f"-I{inc}"], "asyncc")
    run([cc, "-c", "-Wall", "-Wextra", f"-I{inc}", out, "-o", os.devnull], f"{cc} -c -Wall -Wextra of the translation")
    sys.stderr.write(f"translate: {src}: {lines} lines, {n} suspend functions; "
                     f"translation ({out}) compiles with {cc} -Wall -Wextra without a warning\n")
    cmds = {
        "asyncc": [asyncc, src, "-o", os.devnull, "--", f"-I{inc}"],
        "clang": [clang, "-fsyntax-only", "-D__ASYNCC__=1", "-std=gnu11", f"-I{inc}", src],
    }
    for r in range(warmup + rounds):
        for case, cmd in cmds.items():
            ms = timed(cmd)
            if r >= warmup:
                print(f"RESULT name=translate case={case} impl={case} unit=ms value={ms:.3f} n={n} check={lines:x}",
                      flush=True)


if __name__ == "__main__":
    main(sys.argv)
