# -*- Python -*-
# lit configuration of the asyncc test suite.  Run through a build tree:
#   python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv build/test
#   python3 .../lit.py -sv build/test/translator/foo.c     (one test: the
#       path under build/test mirrors the source path under test/)
# or `ctest -R lit` / `ninja check-lit` in the build tree.
import os
import shlex
import sys

import lit.formats

config.name = "asyncc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c"]
# Inputs/: helper files of tests; runtime/: the ctest unit tests of the runtime.
config.excludes = ["Inputs", "runtime", "CMakeLists.txt"]

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
    ("%rt", flags(shlex.quote(config.asyncc_runtime_lib), "-lpthread", san)),
    ("%inputs", "%S/Inputs"),
    ("%python", shlex.quote(sys.executable)),
    ("%srcroot", shlex.quote(os.path.dirname(config.test_source_root))),
]

import shutil
if shutil.which("gdb"):
    config.available_features.add("gdb")   # test/tools/asyncc-gdb.c

# A hung test (a coroutine that never wakes) must fail, not stall the suite.
lit_config.maxIndividualTestTime = 120
