#!/usr/bin/env python3
"""Failure-injection sweep over the run tests (issue 7); see fault-sweep.sh."""
import argparse
import concurrent.futures as cf
import glob
import os
import re
import shlex
import subprocess
import sys
import time

KINDS = ["alloc", "thread", "epoll", "eventfd", "io"]
SAN_RE = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|"
                    r"WARNING: ThreadSanitizer|Sanitizer:DEADLYSIGNAL")
# What counts as "the program reported an error" in output the clean run
# did not have.
ERR_RE = re.compile(r"OutOfMemory|out of memory|Error|error|Exception|failed|"
                    r"cannot|could not|unable", re.I)
NOTE = "asyncc-faults: note: a builder"
COUNT_RE = re.compile(r"^asyncc-faults:((?: \w+=\d+)+)$", re.M)


def site_config(build):
    """The facts of a build tree, from its test/lit.site.cfg.py."""
    text = open(os.path.join(build, "test", "lit.site.cfg.py")).read()
    def get(key):
        m = re.search(r'^config\.%s = "(.*)"$' % key, text, re.M)
        return m.group(1) if m else ""
    return {k: get(k) for k in ("asyncc_translator", "asyncc_runtime_include", "gcc",
                                "clang", "asyncc_sanitize_flags", "asyncc_src_root")}


def run_lines(path):
    lines, cur = [], ""
    for line in open(path, errors="replace"):
        m = re.search(r"(?://|/\*)\s*RUN:\s?(.*)$", line)
        if not m:
            continue
        text = m.group(1).rstrip()
        if text.endswith("\\"):
            cur += text[:-1] + " "
            continue
        lines.append(cur + text)
        cur = ""
    return lines


def plan(path, cfg, faults_lib, work):
    """(build commands, run command, binary) for one test, or a reason to skip."""
    name = os.path.splitext(os.path.basename(path))[0]
    tbase = os.path.join(work, name)
    src_dir = os.path.dirname(os.path.abspath(path))
    inc = "-I" + shlex.quote(cfg["asyncc_runtime_include"])
    san = cfg["asyncc_sanitize_flags"]
    warn = "-std=gnu11 -Wall -Wextra -g"
    subst = [
        ("%asyncc-cc", None),
        ("%asyncc", "env ASAN_OPTIONS=detect_leaks=0 " + shlex.quote(cfg["asyncc_translator"])),
        ("%seqcc", None),
        ("%clang", " ".join([shlex.quote(cfg["clang"]), warn, inc, san])),
        ("%gcc", " ".join([shlex.quote(cfg["gcc"]), warn, inc, san])),
        ("%rt_faults", " ".join([shlex.quote(faults_lib), "-lpthread", san])),
        ("%rt", " ".join([shlex.quote(faults_lib), "-lpthread", san])),
        ("%run ", ""),
        ("%inputs", os.path.join(src_dir, "Inputs")),
        ("%srcroot", cfg["asyncc_src_root"]),
        ("%s", shlex.quote(os.path.abspath(path))),
        ("%S", src_dir),
        ("%t", tbase),
    ]
    builds, binary, run = [], None, None
    for line in run_lines(path):
        for part in [p.strip() for p in line.split("&&")]:
            first = part.split()[0] if part.split() else ""
            if first == "%asyncc":
                builds.append(part)
            elif first in ("%gcc", "%clang") and binary is None and "%t.c" in part:
                m = re.search(r"-o\s+(%t\.\w+)", part)
                if m and "-DASYNCC_SEQUENTIAL" not in part:
                    binary = m.group(1)
                    builds.append(part)
            elif binary and run is None and re.search(re.escape(binary) + r"\b", part.split("|")[0]):
                cmd = part.split("|")[0]
                if re.match(r"\s*not\b", cmd):
                    continue
                cmd = re.sub(r"\d?>&\d|2>\s*/dev/null", "", cmd)
                run = cmd.strip()
    if not binary or not run or not builds:
        return None, "no translate+compile+run RUN lines"
    if any("%asyncc-cc" in b or "%seqcc" in b for b in builds):
        return None, "uses asyncc-cc / seqcc"

    def expand(s):
        for k, v in subst:
            if v is not None:
                s = s.replace(k, v)
        return s
    return {"name": name, "builds": [expand(b) for b in builds], "run": expand(run),
            "dir": work}, None


def sh(cmd, env=None, timeout=None):
    t0 = time.time()
    try:
        p = subprocess.run(["bash", "-c", cmd], env=env, capture_output=True,
                           timeout=timeout, errors="replace")
        return p.returncode, p.stdout, p.stderr, time.time() - t0, False
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        err = e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
        return None, out, err, time.time() - t0, True


def base_env(extra=None):
    env = dict(os.environ)
    for k in ("ASYNCC_FAIL", "ASYNCC_FAIL_COUNT"):
        env.pop(k, None)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    env.setdefault("TSAN_OPTIONS", "halt_on_error=1")
    env["ASYNCC_TEST"] = "1"
    if extra:
        env.update(extra)
    return env


def leaks(err):
    """LeakSanitizer's direct leaks: (allocated by the runtime, is an ac_error)."""
    out = []
    for block in re.split(r"\n(?=Direct leak|Indirect leak|SUMMARY)", err):
        if not block.startswith("Direct leak"):
            continue
        frames = [l for l in block.splitlines()[1:] if re.match(r"\s+#\d+", l)]
        frames = [f for f in frames if "libsanitizer" not in f and "asan_" not in f]
        top = frames[:4]
        by_rt = bool(top) and "runtime/src/" in top[0]
        is_err = any(re.search(r"error\.c:", f) for f in top)
        # Made by a public ac_* function the program called (a channel, a
        # context, a scope object...): the program owns it.
        for i, f in enumerate(frames):
            if "runtime/src/" not in f:
                m = re.search(r" in (\w+) ", frames[i - 1]) if i else None
                # (ac_ctx_dispatcher's tail calls leave its helpers on top)
                if m and (re.match(r"ac_[a-z]", m.group(1)) or
                          m.group(1) in ("ac__ctx_for_loop", "ac__ctx_for_loop_or_fail")):
                    by_rt = False
                break
        out.append((by_rt, is_err))
    return out


def classify(res, base, nondet):
    rc, out, err, _, timed_out = res
    if timed_out:
        if NOTE in err:
            return "IGNORED", "hang after a builder returned NULL (the program ignored it?)"
        return "BAD", "hang (timeout)"
    old = set((base["out"] + base["err"]).splitlines())
    new = [l for l in (out + err).splitlines() if l not in old and ERR_RE.search(l)
           and not l.startswith("asyncc-faults:")
           and not SAN_RE.search(l) and "LeakSanitizer" not in l and "SUMMARY:" not in l]
    failed = (rc is not None and rc != base["rc"]) or bool(new)
    report = SAN_RE.search(err) or SAN_RE.search(out)
    if report and "LeakSanitizer" in report.group(0):
        # The test programs do not free what they own on their failure
        # paths (the error ac_run_blocking returned, a buffer a throw
        # skipped over): a leak is BAD when the program claims success, or
        # when the runtime allocated the leaked root and it is no ac_error.
        lk = leaks(err)
        if not failed or any(by_rt and not is_err for by_rt, is_err in lk):
            return "BAD", "leak" + ("" if failed else " on success")
        report = None
        if rc == 23:                    # LeakSanitizer's exit status
            rc = base["rc"] + 1
    if report:
        return "BAD", "sanitizer: " + report.group(0)
    if rc in (-6, 134) and re.search(r"test/\S+\.c:\d+: \w+: Assertion", err):
        return "CLEAN", "the program's assert() failed"
    if rc < 0 or rc >= 128:
        return "BAD", "crash (signal %d)" % (-rc if rc < 0 else rc - 128)
    if rc != base["rc"]:
        return "CLEAN", "exit %d" % rc
    if new:
        return "CLEAN", "error printed: " + new[0][:100]
    if out == base["out"] or nondet:
        return "OK", "unaffected"
    if NOTE in err:
        return "IGNORED", "the program ignored a NULL from a builder"
    return "BAD", "claims success with different output"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build", default=os.environ.get("ASYNCC_BUILD", os.path.join(root, "build-asan")),
                    help="build tree with libasyncc-faults.a (an ASan one: leaks are checked)")
    ap.add_argument("--tests", default="*", help="glob of test names under test/translator/run/ "
                    "(comma-separated globs allowed), or paths")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--sample", type=int, default=1, help="inject at every N-th point only")
    ap.add_argument("--max-points", type=int, default=0,
                    help="at most this many points per test and kind (spread evenly; 0: all)")
    ap.add_argument("--from", dest="from_mode", action="store_true",
                    help="also run <kind>:<n>+ (every call from the n-th fails)")
    ap.add_argument("--timeout", type=float, default=30, help="seconds per run (at least)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--work", default=None, help="directory for the built programs")
    ap.add_argument("--report", default=None, help="append a markdown summary here")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    build = os.path.abspath(args.build)
    cfg = site_config(build)
    faults_lib = os.path.join(build, "runtime", "libasyncc-faults.a")
    if not os.path.exists(faults_lib):
        sys.exit("fault-sweep: %s missing: build target asyncc_runtime_faults "
                 "(-DASYNCC_FAULT_INJECTION=ON)" % faults_lib)
    work = os.path.abspath(args.work or os.path.join(build, "fault-sweep"))
    os.makedirs(work, exist_ok=True)
    kinds = [k for k in args.kinds.split(",") if k]
    for k in kinds:
        if k not in KINDS:
            sys.exit("fault-sweep: unknown kind %s (have %s)" % (k, ",".join(KINDS)))

    run_dir = os.path.join(root, "test", "translator", "run")
    files = []
    for g in args.tests.split(","):
        if os.path.exists(g):
            files.append(g)
            continue
        pat = g if g.endswith(".c") else g + ".c"
        files += sorted(glob.glob(os.path.join(run_dir, pat)))
    files = sorted(set(files))
    if not files:
        sys.exit("fault-sweep: no test matches %s" % args.tests)

    # 1. build every program once (and its clean runs and call counts)
    def prepare(path):
        p, why = plan(path, cfg, faults_lib, work)
        if not p:
            return path, None, why
        for b in p["builds"]:
            rc, out, err, _, _ = sh(b, env=base_env(), timeout=300)
            if rc != 0:
                return path, None, "build failed: %s\n%s" % (b, (out + err)[-2000:])
        runs = [sh(p["run"], env=base_env(), timeout=max(args.timeout, 120)) for _ in range(2)]
        if runs[0][4]:
            return path, None, "clean run timed out"
        p["base"] = {"rc": runs[0][0], "out": runs[0][1], "err": runs[0][2], "secs": runs[0][3]}
        p["nondet"] = runs[0][1] != runs[1][1] or runs[0][0] != runs[1][0]
        if SAN_RE.search(runs[0][2]):
            return path, None, "clean run has a sanitizer report"
        rc, out, err, _, _ = sh(p["run"], env=base_env({"ASYNCC_FAIL_COUNT": "1"}),
                                timeout=max(args.timeout, 120))
        m = COUNT_RE.findall(err)
        if not m:
            return path, None, "no asyncc-faults count (not linked with the faults library?)"
        p["counts"] = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", m[-1])}
        return path, p, None

    programs = []
    with cf.ThreadPoolExecutor(args.jobs) as ex:
        for path, p, why in ex.map(prepare, files):
            if p:
                programs.append(p)
                if args.verbose:
                    print("built %s: %s%s" % (p["name"], p["counts"],
                                               " (nondeterministic output)" if p["nondet"] else ""))
            else:
                print("skip %s: %s" % (os.path.basename(path), why))
    sys.stdout.flush()

    # 2. the injected runs
    jobs = []
    for p in programs:
        for k in kinds:
            n = p["counts"].get(k, 0)
            if n == 0:
                continue
            points = list(range(1, n + 1, max(1, args.sample)))
            if args.max_points and len(points) > args.max_points:
                step = len(points) / args.max_points
                points = sorted({points[int(i * step)] for i in range(args.max_points)} | {points[-1]})
            for pt in points:
                jobs.append((p, "%s:%d" % (k, pt)))
                if args.from_mode:
                    jobs.append((p, "%s:%d+" % (k, pt)))

    def one(job):
        p, spec = job
        t = max(args.timeout, 5 * p["base"]["secs"] + 5)
        res = sh(p["run"], env=base_env({"ASYNCC_FAIL": spec}), timeout=t)
        verdict, why = classify(res, p["base"], p["nondet"])
        return p, spec, verdict, why, res

    stats = {}
    bad = []
    t0 = time.time()
    with cf.ThreadPoolExecutor(args.jobs) as ex:
        for p, spec, verdict, why, res in ex.map(one, jobs):
            kind = spec.split(":")[0]
            s = stats.setdefault((p["name"], kind), {"OK": 0, "CLEAN": 0, "IGNORED": 0, "BAD": 0})
            s[verdict] += 1
            if verdict in ("BAD", "IGNORED") or args.verbose:
                print("%-5s %s ASYNCC_FAIL=%s: %s" % (verdict, p["name"], spec, why))
                sys.stdout.flush()
            if verdict == "BAD":
                log = os.path.join(work, "%s.%s.log" % (p["name"], spec.replace(":", "_").replace("+", "p")))
                with open(log, "w") as f:
                    f.write("ASYNCC_FAIL=%s %s\n--- exit %s\n--- stdout\n%s\n--- stderr\n%s\n"
                            % (spec, p["run"], res[0], res[1], res[2]))
                bad.append((p["name"], spec, why, log))

    total = {"OK": 0, "CLEAN": 0, "IGNORED": 0, "BAD": 0}
    lines = ["| test | kind | calls | injected | unaffected | clean failure | ignored by program | BAD |",
             "|---|---|---|---|---|---|---|---|"]
    for (name, kind), s in sorted(stats.items()):
        for v in total:
            total[v] += s[v]
        prog = next(p for p in programs if p["name"] == name)
        lines.append("| %s | %s | %d | %d | %d | %d | %d | %d |" % (
            name, kind, prog["counts"].get(kind, 0), sum(s.values()), s["OK"], s["CLEAN"],
            s["IGNORED"], s["BAD"]))
    summary = ("fault-sweep: %d programs, %d runs in %.0fs: %d unaffected, %d clean failures, "
               "%d ignored by the program, %d BAD"
               % (len(programs), sum(total.values()), time.time() - t0, total["OK"], total["CLEAN"],
                  total["IGNORED"], total["BAD"]))
    if args.verbose:
        print("\n".join(lines))
    print(summary)
    for name, spec, why, log in bad:
        print("BAD %s ASYNCC_FAIL=%s: %s (%s)" % (name, spec, why, log))
    if args.report:
        with open(args.report, "a") as f:
            f.write("\n%s\n\n%s\n" % (summary, "\n".join(lines)))
            for name, spec, why, log in bad:
                f.write("- BAD %s ASYNCC_FAIL=%s: %s\n" % (name, spec, why))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
