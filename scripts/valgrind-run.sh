#!/usr/bin/env bash
# valgrind-run.sh PROGRAM [ARGS...]
#
# Runs one test program under Valgrind memcheck: what %run expands to when
# lit runs with --param valgrind=1 (or ASYNCC_VALGRIND=1); scripts/valgrind.sh
# also runs the runtime unit tests through it.
#
# stdin, stdout, the environment and the program's own exit status pass
# through unchanged, so the RUN line's checks (FileCheck, `not`, compare.py)
# see the real run.  Valgrind's own report goes to a log file.  If memcheck
# found an error (invalid read/write, use of uninitialised values, invalid
# free, a definitely or indirectly lost block), the log is copied to stderr
# and this script kills itself with SIGABRT: a crash, which fails a RUN line
# even under `not` (LLVM's `not` fails on a crash unless given --crash), and
# compare.py / FileCheck fail on any non-zero exit.
#
# Possibly-lost and still-reachable blocks are not errors: a program that
# exits through exit() with a pool thread's stack or a global cache live is
# not leaking.  Extra valgrind options: ASYNCC_VALGRIND_OPTS (e.g.
# --track-origins=yes when chasing an uninitialised value).
set -u
ulimit -c 0    # no core (nor vgcore.PID) files from crashing test programs
log=$(mktemp "${TMPDIR:-/tmp}/asyncc-vg.XXXXXX") || exit 125
# 99 is only our signal that memcheck reported errors; the log being
# non-empty (with -q it holds errors only) confirms it, so a program that
# itself exits with 99 is not mistaken for a memcheck failure.
# --fair-sched=yes: Valgrind runs one thread at a time, and its default lock
# lets a thread that never blocks (dump-concurrent.c's ac_dump loop) keep
# it, so a thread that makes syscalls waits a whole time slice per call:
# that test took 20 s or over 15 min, at random.  A ticket lock is fair.
valgrind -q --tool=memcheck --error-exitcode=99 --fair-sched=yes \
    --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect \
    --num-callers=30 \
    --log-file="$log" ${ASYNCC_VALGRIND_OPTS:-} -- "$@"
rc=$?
if [ "$rc" -eq 99 ] && grep -q '^==[0-9]*==' "$log"; then
    {
        echo "valgrind-run.sh: memcheck reported errors in: $*"
        cat "$log"
    } >&2
    rm -f "$log"
    trap - ABRT
    kill -ABRT $$
    exit 134    # not reached
fi
# The program died of a signal (valgrind then dies of it too): die of the
# same one, so that `not --crash` and lit see a crash, as without valgrind.
# (A RUN line that expects a crash cannot tell a memcheck abort from the
# crash it expects; dump-sigquit.c's `not --crash` line is the one such.)
if [ "$rc" -gt 128 ] && [ "$rc" -lt 160 ]; then
    [ -s "$log" ] && cat "$log" >&2
    rm -f "$log"
    # bash itself ignores SIGQUIT (and cannot un-ignore it), so the signal
    # is raised by a process that replaces this one (same pid).
    exec python3 -c 'import os, signal, sys
s = int(sys.argv[1])
signal.signal(s, signal.SIG_DFL)
os.kill(os.getpid(), s)
sys.exit(128 + s)' "$((rc - 128))"
fi
# Anything else valgrind printed (warnings about the client, e.g. a large
# stack switch) is shown but does not fail the run.
[ -s "$log" ] && cat "$log" >&2
rm -f "$log"
exit "$rc"
