# run-each.py [--timeout S] [--cut SRC:N:DIR] PATH... -- TRANSLATOR...
#
# Runs the translator (the words after --) on each input: every .c file of
# each PATH that is a directory, each PATH that is a file, and with --cut,
# N prefixes of SRC (the file cut at N offsets spread over its length,
# written to DIR).  Each run must exit with status 0 or 1 -- translated, or
# errors reported -- within S seconds (default 60): a signal, another
# status or a timeout fails.  Prints one line per input and a summary.
import os
import subprocess
import sys

args = sys.argv[1:]
sep = args.index("--")
opts, cmd = args[:sep], args[sep + 1:]
timeout = 60.0
inputs = []
i = 0
while i < len(opts):
    if opts[i] == "--timeout":
        timeout = float(opts[i + 1])
        i += 2
    elif opts[i] == "--cut":
        src, n, outdir = opts[i + 1].split(":", 2)
        n = int(n)
        data = open(src, "rb").read()
        os.makedirs(outdir, exist_ok=True)
        for k in range(n):
            off = (len(data) * (k + 1)) // (n + 1)
            path = os.path.join(outdir, "cut-%05d.c" % off)
            with open(path, "wb") as f:
                f.write(data[:off])
            inputs.append(path)
        i += 2
    elif os.path.isdir(opts[i]):
        inputs += sorted(os.path.join(opts[i], f) for f in os.listdir(opts[i]) if f.endswith(".c"))
        i += 1
    else:
        inputs.append(opts[i])
        i += 1

bad = 0
counts = {}
for path in inputs:
    out = path + ".out"
    try:
        p = subprocess.run(cmd + [path, "-o", out], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout)
        rc = p.returncode
        err = p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        rc, err = "timeout", ""
    counts[rc] = counts.get(rc, 0) + 1
    if rc not in (0, 1):
        bad += 1
        print("FAIL %s: status %s\n%s" % (path, rc, err[-2000:]))
    elif rc == 1 and "error" not in err:
        bad += 1
        print("FAIL %s: status 1 without a diagnostic" % path)
    else:
        print("ok %s: status %s" % (os.path.basename(path), rc))
print("run-each: %d inputs, %d bad, statuses %s" % (len(inputs), bad,
      " ".join("%s:%d" % (k, v) for k, v in sorted(counts.items(), key=str))))
sys.exit(1 if bad else 0)
