# expect-status.sh STATUS COMMAND [ARG...]
#
# Runs COMMAND with its arguments, passing its stdout and stderr through,
# and succeeds only when it exits with exactly STATUS.  lit's `not` only
# checks for a non-zero status; the translator's contract distinguishes
# 1 (errors in the input) from 2 (usage error), and a crash (a signal) must
# not pass as either.  Run it with `sh`; it needs no execute bit.
want=$1
shift
"$@"
got=$?
if [ "$got" -ne "$want" ]; then
    echo "expect-status: '$*' exited with status $got, expected $want" >&2
    exit 1
fi
exit 0
