#!/usr/bin/env python3
"""compare.py SCENARIO.c [WRAPPER...] PROGRAM

Runs PROGRAM (the scenario built; through WRAPPER, e.g. the valgrind
runner that %run expands to in valgrind mode) and compares its output with what Kotlin
printed:
  its exit status must be 0, as the Kotlin program's was;
  its stdout must equal SCENARIO.expected, line by line;
  the uncaught errors on its stderr must equal SCENARIO.expected-stderr
  (absent: none).
The runtime's default handler prints
    asyncc: uncaught error in coroutine#N:          (or coroutine "name"#N)
    IOException: msg
    ...
which becomes "uncaught: IOException: msg", the line the Kotlin recording
makes of the JVM's "Exception in thread ... java.io.IOException: msg".
Exit 0 if all match, else 1 with a unified diff of each mismatch and the
program's stderr.
"""
import difflib
import os
import subprocess
import sys


def read_lines(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().splitlines()


def uncaught(stderr_lines):
    out = []
    for i, line in enumerate(stderr_lines):
        if line.startswith("asyncc: uncaught error in coroutine") and i + 1 < len(stderr_lines):
            out.append("uncaught: " + stderr_lines[i + 1])
    return out


def check(what, expected, actual, exp_name):
    if expected == actual:
        return True
    sys.stdout.write("mismatch in %s (expected: %s)\n" % (what, exp_name))
    sys.stdout.writelines(
        l + "\n" for l in difflib.unified_diff(expected, actual, "expected", "actual", lineterm="")
    )
    return False


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    src, cmd = sys.argv[1], sys.argv[2:]
    prog = cmd[-1]
    base = os.path.splitext(src)[0]
    if not os.path.exists(base + ".expected"):
        sys.exit("compare.py: no %s.expected" % base)
    run = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True)
    out = run.stdout.decode("utf-8", "replace").splitlines()
    err = run.stderr.decode("utf-8", "replace").splitlines()
    ok = run.returncode == 0
    if not ok:
        sys.stdout.write("%s exited with status %d\n" % (prog, run.returncode))
    ok &= check("stdout", read_lines(base + ".expected"), out, base + ".expected")
    ok &= check("uncaught errors", read_lines(base + ".expected-stderr"), uncaught(err),
                base + ".expected-stderr")
    if not ok:
        sys.stdout.write("--- stderr of the program:\n" + "\n".join(err) + "\n")
    sys.exit(0 if ok else 1)


main()
