# -*- Python -*-
# lit configuration of the asyncc test suite.  Run through a build tree:
#   python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv build/test
#   python3 .../lit.py -sv build/test/translator/foo.c     (one test: the
#       path under build/test mirrors the source path under test/)
# or `ctest -R lit` / `ninja check-lit` in the build tree.
import os
import shlex
import shutil
import sys

import lit.formats

config.name = "asyncc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c"]
# Inputs/: helper files of tests; runtime/: the ctest unit tests of the runtime;
# soak/: the soak program (ctest test `soak`, scripts/soak.sh).
config.excludes = ["Inputs", "runtime", "soak", "CMakeLists.txt"]

config.test_source_root = os.path.dirname(__file__)
if getattr(config, "asyncc_obj_root", None) is None:
    lit_config.fatal(
        "run lit on a build tree's test/ directory (it holds lit.site.cfg.py), "
        "not on the source test/ directory"
    )
config.test_exec_root = os.path.join(config.asyncc_obj_root, "test")

# --- environment ----------------------------------------------------------
# FileCheck, not, count, llvm-symbolizer from LLVM 19 come first.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))]
)
config.environment["ASYNCC_TEST"] = "1"

sanitize = [s for s in config.asyncc_sanitize.replace(";", ",").split(",") if s]
if "address" in sanitize:
    config.available_features.add("asan")
    # Leak checking stays on for the test programs.  ASAN_OPTIONS from the
    # caller's environment is passed through by lit and wins.
    config.environment.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
if "undefined" in sanitize:
    config.available_features.add("ubsan")
    config.environment.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
if "thread" in sanitize:
    config.available_features.add("tsan")
    config.environment.setdefault("TSAN_OPTIONS", "halt_on_error=1:second_deadlock_stack=1")
if sanitize:
    config.available_features.add("sanitizer")

# --- substitutions --------------------------------------------------------
# lit applies these in list order, before its own %s %S %t ...; keep a longer
# name before any name that is a prefix of it (e.g. a future %asyncc-cc
# before %asyncc).
san = config.asyncc_sanitize_flags
inc = "-I" + shlex.quote(config.asyncc_runtime_include)
warn = "-std=gnu11 -Wall -Wextra"

# Environment for the translator's own runs.  The translator is a batch tool
# that lets process exit reclaim its IR and libclang's objects (see
# docs/decisions.md), so LeakSanitizer is off for it; ASan and UBSan stay on.
asyncc_env = "ASAN_OPTIONS=detect_leaks=0" if san else ""
translator = shlex.quote(config.asyncc_translator)
if asyncc_env:
    translator = "env " + asyncc_env + " " + translator


# The compiler wrapper runs the translator as a child, which inherits the
# environment: the same ASAN_OPTIONS as the translator's own runs.
cc_wrapper = shlex.quote(config.asyncc_cc)
if asyncc_env:
    cc_wrapper = "env " + asyncc_env + " " + cc_wrapper


def flags(*parts):
    return " ".join(p for p in parts if p)


config.substitutions += [
    ("%asyncc-cc", cc_wrapper),
    ("%asyncc", translator),
    # -O2: the sequential reference recurses as deep as the tests' call chains
    # (100000 levels), which at -O0 is close to an 8 MiB stack.
    ("%seqcc", flags(shlex.quote(config.gcc), warn, "-O2 -g -DASYNCC_SEQUENTIAL", inc)),
    ("%clang", flags(shlex.quote(config.clang), warn, "-Werror -g", inc, san)),
    ("%gcc", flags(shlex.quote(config.gcc), warn, "-Werror -g", inc, san)),
    # %rt_faults: libasyncc-faults.a, the runtime with failure injection
    # (ASYNCC_FAIL=<kind>:<n>; runtime/src/fault.c), for the fault-*.c tests.
    ("%rt_faults", flags(shlex.quote(getattr(config, "asyncc_runtime_faults_lib", "") or
                                     "libasyncc-faults.a-not-built"), "-lpthread", san)),
    ("%rt", flags(shlex.quote(config.asyncc_runtime_lib), "-lpthread", san)),
    ("%inputs", "%S/Inputs"),
    ("%python", shlex.quote(sys.executable)),
    ("%srcroot", shlex.quote(os.path.dirname(config.test_source_root))),
]

# --- Valgrind memcheck mode -------------------------------------------------
# `lit --param valgrind=1 build/test` (or ASYNCC_VALGRIND=1 in the
# environment) runs every test program a RUN line starts with `%run` under
# memcheck (scripts/valgrind-run.sh; a memcheck error fails the line even
# under `not`).  Only in a plain tree: Valgrind and the sanitizers exclude
# each other.  Tests that cannot run under Valgrind say `UNSUPPORTED: valgrind`.
# Normally %run expands to nothing.  scripts/valgrind.sh runs this mode and
# the runtime unit tests; docs/robustness.md describes it.
def _truthy(v):
    return str(v).strip().lower() not in ("", "0", "false", "no", "off")


valgrind_mode = _truthy(lit_config.params.get("valgrind", os.environ.get("ASYNCC_VALGRIND", "")))
if valgrind_mode:
    if sanitize:
        lit_config.fatal("valgrind mode needs a plain tree (this one is built with -fsanitize=%s)"
                         % ",".join(sanitize))
    if not shutil.which("valgrind"):
        lit_config.fatal("valgrind mode: valgrind is not installed")
    config.available_features.add("valgrind")
    _vg_opts = lit_config.params.get("valgrind_opts", os.environ.get("ASYNCC_VALGRIND_OPTS"))
    if _vg_opts:
        config.environment["ASYNCC_VALGRIND_OPTS"] = _vg_opts
    # Valgrind 3.19's debug-info reader fails on clang 19's DWARF 5 (forms
    # strx1/addrx: "ensure_valid failed ... ML_(img_get)", then the run
    # aborts); gcc 12's DWARF 5 reads fine.  Programs %clang builds get
    # DWARF 4 in this mode.
    config.substitutions = [(k, v + " -gdwarf-4") if k == "%clang" else (k, v)
                            for k, v in config.substitutions]
    run_prefix = "bash " + shlex.quote(
        os.path.join(os.path.dirname(config.test_source_root), "scripts", "valgrind-run.sh"))
    # Memcheck runs a program 10-50 times slower.
    lit_config.maxIndividualTestTime = int(lit_config.params.get("valgrind_timeout", 900))
    # A few run tests order real-time wake-ups a few ms apart; slowed down
    # on a loaded machine their order can flip.  A failing test runs again
    # (at most twice more); lit counts it as "Passed With Retry", so a flaky
    # one stays visible.  A memcheck error usually repeats and still fails.
    config.test_retry_attempts = 2
else:
    run_prefix = ""
# A run test's program invocations: `%run %t.gcc args | FileCheck %s`.
config.substitutions.insert(0, ("%run", run_prefix))

import shutil
if getattr(config, "asyncc_runtime_faults_lib", ""):
    config.available_features.add("faults")     # test/translator/run/fault-*.c
if shutil.which("gdb"):
    config.available_features.add("gdb")   # test/tools/asyncc-gdb.c

# A hung test (a coroutine that never wakes) must fail, not stall the suite.
if not valgrind_mode:
    lit_config.maxIndividualTestTime = 120
