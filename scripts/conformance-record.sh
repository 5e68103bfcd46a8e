#!/usr/bin/env bash
# Regenerate test/conformance/*.expected from the Kotlin scenarios (*.kt) by running them
# on the real kotlinx.coroutines (Debian: kotlin + libkotlinx-coroutines-java 1.0.1).
#
# usage: scripts/conformance-record.sh [--twice] [--check] [name ...]
#   name ...  only these scenarios (file stems, e.g. job_states_basic); default: all
#   --twice   run every scenario twice and fail if the two outputs differ (stability check)
#   --check   do not write anything; exit 1 if any recorded file would change
#
# For each scenario NAME.kt:
#   stdout                         -> NAME.expected
#   normalized uncaught exceptions -> NAME.expected-stderr (only when there are any; see README)
# except for scenarios whose .kt contains the marker line "// KOTLIN-1.0.1-DIFFERS": for those
# the real output goes to NAME.kotlin-1.0.1 (and NAME.kotlin-1.0.1-stderr) and NAME.expected is
# hand-written to the guide-conformant behaviour; this script never touches it.
#
# Environment: KOTLINX_CLASSPATH overrides the jar lookup (colon-separated list of
# kotlinx-coroutines-core, atomicfu, kotlin-stdlib, kotlin-reflect jars).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR="$ROOT/test/conformance"

twice=0
check=0
names=()
for arg in "$@"; do
    case "$arg" in
        --twice) twice=1 ;;
        --check) check=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        -*) echo "error: unknown option $arg" >&2; exit 2 ;;
        *) names+=("${arg%.kt}") ;;
    esac
done

if ! command -v kotlinc >/dev/null 2>&1; then
    echo "error: kotlinc not found. Install it with:" >&2
    echo "  apt-get install -y kotlin libkotlinx-coroutines-java libkotlinx-atomicfu-java" >&2
    exit 2
fi
if ! command -v java >/dev/null 2>&1; then
    echo "error: java not found (it comes with the kotlin package's dependencies)" >&2
    exit 2
fi

find_jar() {
    # first existing candidate wins
    local j
    for j in "$@"; do
        if [ -f "$j" ]; then echo "$j"; return 0; fi
    done
    return 1
}

if [ -n "${KOTLINX_CLASSPATH:-}" ]; then
    CP="$KOTLINX_CLASSPATH"
else
    missing=""
    coroutines=$(find_jar /usr/share/java/kotlinx-coroutines-core.jar /usr/share/java/kotlinx-coroutines-core-1.0.1.jar) || missing="$missing libkotlinx-coroutines-java"
    atomicfu=$(find_jar /usr/share/java/atomicfu.jar /usr/share/java/atomicfu-0.11.12.jar) || missing="$missing libkotlinx-atomicfu-java"
    stdlib=$(find_jar /usr/share/java/kotlin-stdlib.jar /usr/share/kotlin/kotlinc/lib/kotlin-stdlib.jar) || missing="$missing kotlin(stdlib)"
    reflect=$(find_jar /usr/share/java/kotlin-reflect.jar /usr/share/kotlin/kotlinc/lib/kotlin-reflect.jar) || missing="$missing kotlin(reflect)"
    if [ -n "$missing" ]; then
        echo "error: jars not found for:$missing" >&2
        echo "  apt-get install -y kotlin libkotlinx-coroutines-java libkotlinx-atomicfu-java" >&2
        echo "  (or set KOTLINX_CLASSPATH)" >&2
        exit 2
    fi
    CP="$coroutines:$atomicfu:$stdlib:$reflect"
fi

if [ ${#names[@]} -eq 0 ]; then
    for f in "$DIR"/*.kt; do
        [ -e "$f" ] || { echo "error: no .kt files in $DIR" >&2; exit 2; }
        b=$(basename "$f" .kt)
        names+=("$b")
    done
fi

for n in "${names[@]}"; do
    if [ ! -f "$DIR/$n.kt" ]; then
        echo "error: no such scenario: $DIR/$n.kt" >&2; exit 2
    fi
    case "$n" in
        [a-z]*) ;;
        *) echo "error: scenario name must start with a lower-case letter: $n" >&2; exit 2 ;;
    esac
    if ! printf '%s' "$n" | grep -qE '^[a-z][a-z0-9_]*$'; then
        echo "error: scenario name must match [a-z][a-z0-9_]*: $n" >&2; exit 2
    fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/conformance-record.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src" "$WORK/classes" "$WORK/out"

# Each scenario is compiled into its own package so that top-level helpers (st(), ex(), ...)
# may be repeated across files; the file facade is renamed to Main, so the main class of
# scenario NAME is conformance.NAME.Main. Scenario files must therefore not declare a package
# or file annotations of their own.
for n in "${names[@]}"; do
    if grep -qE '^(package |@file:)' "$DIR/$n.kt"; then
        echo "error: $n.kt must not declare a package or @file: annotations" >&2; exit 2
    fi
    {
        printf '@file:JvmName("Main")\npackage conformance.%s\n' "$n"
        cat "$DIR/$n.kt"
    } > "$WORK/src/$n.kt"
done

echo "compiling ${#names[@]} scenario(s) with $(command -v kotlinc) ..."
if ! kotlinc -nowarn -Xuse-experimental=kotlin.Experimental -cp "$CP" -d "$WORK/classes" \
        "$WORK"/src/*.kt > "$WORK/compile.log" 2>&1; then
    grep -v 'warning: Options -Xverify:none' "$WORK/compile.log" >&2 || true
    echo "error: compilation failed (line numbers are +2 because of the injected header)" >&2
    exit 1
fi

# "Exception in thread "X" java.io.IOException: msg"  ->  "uncaught: IOException: msg"
normalize_stderr() {
    sed -nE 's/^Exception in thread "[^"]*" ([A-Za-z0-9_$]+\.)*([A-Za-z0-9_$]+)(.*)$/uncaught: \2\3/p' "$1"
}

run_one() { # name outprefix
    local n=$1 o=$2 rc=0
    timeout 120 java -cp "$WORK/classes:$CP" "conformance.$n.Main" \
        > "$o.stdout" 2> "$o.stderr" < /dev/null || rc=$?
    normalize_stderr "$o.stderr" > "$o.uncaught"
    return $rc
}

# write src to dst if different (or delete dst when src is empty and allow_empty=0);
# prints the status word
update() { # src dst drop_if_empty
    local src=$1 dst=$2 drop=$3
    if [ "$drop" = 1 ] && [ ! -s "$src" ]; then
        if [ -e "$dst" ]; then
            [ "$check" = 1 ] || rm -f "$dst"
            echo "removed"
        else
            echo "none"
        fi
        return
    fi
    if [ -e "$dst" ] && cmp -s "$src" "$dst"; then
        echo "same"
    else
        local st=changed
        [ -e "$dst" ] || st=new
        [ "$check" = 1 ] || cp "$src" "$dst"
        echo "$st"
    fi
}

failed=()
changed=()
unstable=()
total=0
for n in "${names[@]}"; do
    total=$((total + 1))
    o="$WORK/out/$n"
    if ! run_one "$n" "$o.1"; then
        echo "FAIL    $n: non-zero exit; stderr:" >&2
        sed 's/^/    /' "$o.1.stderr" | head -20 >&2
        if grep -q 'Main method not found' "$o.1.stderr"; then
            echo "    hint: the last expression of runBlocking { } must be Unit (end with println(...))" >&2
        fi
        failed+=("$n")
        continue
    fi
    if [ "$twice" = 1 ]; then
        rc2=0
        run_one "$n" "$o.2" || rc2=$?
        if [ "$rc2" != 0 ] || ! cmp -s "$o.1.stdout" "$o.2.stdout" \
                || ! cmp -s "$o.1.uncaught" "$o.2.uncaught"; then
            echo "UNSTABLE $n: two runs differ (second run exit status $rc2):" >&2
            [ "$rc2" = 0 ] || sed 's/^/    stderr: /' "$o.2.stderr" | head -10 >&2
            diff "$o.1.stdout" "$o.2.stdout" | sed 's/^/    /' >&2 || true
            diff "$o.1.uncaught" "$o.2.uncaught" | sed 's/^/    /' >&2 || true
            unstable+=("$n")
            continue
        fi
    fi
    if grep -q '^// KOTLIN-1.0.1-DIFFERS' "$DIR/$n.kt"; then
        out_name="$n.kotlin-1.0.1"; err_name="$n.kotlin-1.0.1-stderr"
        [ -f "$DIR/$n.expected" ] || echo "WARN    $n: marked KOTLIN-1.0.1-DIFFERS but has no hand-written $n.expected" >&2
    else
        out_name="$n.expected"; err_name="$n.expected-stderr"
    fi
    s1=$(update "$o.1.stdout" "$DIR/$out_name" 0)
    s2=$(update "$o.1.uncaught" "$DIR/$err_name" 1)
    line="$n: $out_name $s1"
    [ "$s2" = none ] || line="$line, $err_name $s2"
    if [ "$s1" = same ] && { [ "$s2" = same ] || [ "$s2" = none ]; }; then
        echo "ok      $line"
    else
        echo "CHANGED $line"
        if [ "$s1" = changed ]; then
            # in --check mode the old file is still in place; otherwise show what was replaced
            if [ "$check" = 1 ]; then
                diff "$DIR/$out_name" "$o.1.stdout" | sed 's/^/    /' | head -20 || true
            fi
        fi
        changed+=("$n")
    fi
done

# recorded files whose scenario no longer exists
for f in "$DIR"/*.expected "$DIR"/*.expected-stderr "$DIR"/*.kotlin-1.0.1 "$DIR"/*.kotlin-1.0.1-stderr; do
    [ -e "$f" ] || continue
    b=$(basename "$f"); b=${b%%.*}
    [ -f "$DIR/$b.kt" ] || echo "WARN    orphan file without $b.kt: $(basename "$f")" >&2
done

echo
echo "$total scenario(s): ${#changed[@]} changed, ${#failed[@]} failed, ${#unstable[@]} unstable"
[ ${#changed[@]} -eq 0 ] || echo "changed: ${changed[*]}"
[ ${#failed[@]} -eq 0 ] || echo "failed: ${failed[*]}"
[ ${#unstable[@]} -eq 0 ] || echo "unstable: ${unstable[*]}"
if [ ${#failed[@]} -ne 0 ] || [ ${#unstable[@]} -ne 0 ]; then
    exit 1
fi
if [ "$check" = 1 ] && [ ${#changed[@]} -ne 0 ]; then
    exit 1
fi
exit 0
