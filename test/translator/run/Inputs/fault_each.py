#!/usr/bin/env python3
"""Runs a program linked with libasyncc-faults.a once with each call of one
kind failing in turn, and prints what happened, for FileCheck.

    fault_each.py KIND [--max N] [--timeout S] -- [RUN PREFIX...] PROGRAM [ARGS...]

First a clean run with ASYNCC_FAIL_COUNT=1 counts the program's calls of
KIND (alloc, thread, epoll, eventfd, io); then ASYNCC_FAIL=KIND:n for n = 1
.. min(count, N).  Output, one line per distinct outcome, sorted:

    outcome: <the run's stdout, lines joined by ' | '> (K runs)
    crash: KIND:n signal S            (a run killed by a signal)
    hang: KIND:n                      (a run over the timeout)
    exit: KIND:n status S             (a non-zero exit status)
    runs: M

A run test states which outcomes are allowed (the clean result, or a clear
error) and that the one under test appears, without depending on the
position of the failing call: that moves whenever the runtime allocates
differently."""
import os
import re
import subprocess
import sys


def main(argv):
    if "--" not in argv:
        sys.exit("usage: fault_each.py KIND [--max N] [--timeout S] -- PROGRAM...")
    opts, cmd = argv[:argv.index("--")], argv[argv.index("--") + 1:]
    kind, limit, timeout = opts[0], 60, 30.0
    i = 1
    while i < len(opts):
        if opts[i] == "--max":
            limit = int(opts[i + 1])
        elif opts[i] == "--timeout":
            timeout = float(opts[i + 1])
        else:
            sys.exit("fault_each.py: unknown option " + opts[i])
        i += 2
    cmd = [c for c in cmd if c]          # an empty %run prefix
    env = dict(os.environ, ASYNCC_FAIL_COUNT="1")
    env.pop("ASYNCC_FAIL", None)
    clean = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    m = re.search(r"asyncc-faults:.*\b%s=(\d+)" % re.escape(kind), clean.stderr)
    if not m:
        sys.exit("fault_each.py: no asyncc-faults count for %s (linked with %%rt_faults?)" % kind)
    count = min(int(m.group(1)), limit)
    outcomes, events = {}, []
    for n in range(1, count + 1):
        env = dict(os.environ, ASYNCC_FAIL="%s:%d" % (kind, n))
        env.pop("ASYNCC_FAIL_COUNT", None)
        try:
            r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            events.append("hang: %s:%d" % (kind, n))
            continue
        if r.returncode < 0:
            events.append("crash: %s:%d signal %d" % (kind, n, -r.returncode))
        elif r.returncode != 0:
            events.append("exit: %s:%d status %d" % (kind, n, r.returncode))
        key = " | ".join(r.stdout.splitlines())
        outcomes[key] = outcomes.get(key, 0) + 1
    for key in sorted(outcomes):
        print("outcome: %s (%d runs)" % (key, outcomes[key]))
    for e in events:
        print(e)
    print("runs: %d" % count)


if __name__ == "__main__":
    main(sys.argv[1:])
