#!/bin/bash
# Failure-injection sweep (issue 7): builds each selected run test of
# test/translator/run/ once, as its RUN lines do but linked with the faults
# runtime (libasyncc-faults.a) of an ASan build tree, counts its calls of
# each kind (ASYNCC_FAIL_COUNT=1), then runs it with each point failing in
# turn (ASYNCC_FAIL=<kind>:<n>) and classifies every run:
#   unaffected     exit status and output as in the clean run
#   clean failure  a different exit status (no signal), or an error printed
#                  that the clean run did not print
#   BAD            a crash signal, a sanitizer report (leaks included), a
#                  hang (timeout), or success with output that differs
# Exits 1 if any run is BAD (each one's output is kept in the work dir).
#
#   scripts/fault-sweep.sh [--build build-asan] [--tests GLOB[,GLOB]]
#       [--kinds alloc,thread,epoll,eventfd,io] [--sample N] [--max-points M]
#       [--from] [--timeout S] [-j N] [--report FILE] [-v]
#
# --sample N injects at every N-th point only; --max-points M caps the
# points per test and kind (spread over the range); --from also runs
# <kind>:<n>+ (every call from the n-th on fails).
set -euo pipefail
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
exec "$PY" "$(dirname "$0")/fault_sweep.py" "$@"
