#!/usr/bin/env python3
"""check_run_prefix.py TESTROOT

Every RUN line of the suite that starts a compiled test program (%t.gcc,
%t.clang, %t/prog...) must start it through %run, so that valgrind mode
(lit --param valgrind=1, scripts/valgrind.sh) runs it under memcheck.
Prints each offending line and exits 1; exit 0 when there is none.
"""
import os
import re
import sys

# A command starts after "RUN:", a pipe, &&, ||, ;, `not` (and `env V=x`).
START = re.compile(
    r"(?:RUN:|&&|\|\||\||;|\bnot)\s+(?:--crash\s+)?(?:env(?:\s+[A-Za-z_][A-Za-z0-9_]*=\S*)+\s+)?"
    r"(%t(?:\.gcc|\.clang|/prog[\w.-]*|/proj/prog))(?=\s|$)")

bad = 0
root = sys.argv[1]
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if d not in ("Inputs", "Output"))
    for name in sorted(filenames):
        if not name.endswith(".c"):
            continue
        path = os.path.join(dirpath, name)
        with open(path, encoding="utf-8", errors="replace") as f:
            for no, line in enumerate(f, 1):
                if "RUN:" in line and START.search(line):
                    bad += 1
                    print("%s:%d: starts a test program without %%run: %s"
                          % (os.path.relpath(path, root), no, line.strip()))
sys.exit(1 if bad else 0)
