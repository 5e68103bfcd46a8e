"""Checks that the man page (argv[2], roff) documents every option that
`asyncc --help` (argv[1], its output) lists.  Prints each option found and
exits 1 naming any the page lacks."""
import re
import sys

help_text = open(sys.argv[1]).read()
# roff escapes dashes (\-) and marks fonts (\fB ... \fR): undo both.
page = re.sub(r"\\f[BIRP]", "", open(sys.argv[2]).read()).replace("\\-", "-")

options = []
for line in help_text.splitlines():
    m = re.match(r"^  (-[^\s,]+)(?:, (-[^\s,]+))?", line)
    if m:
        options += [o for o in m.groups() if o]
missing = []
for opt in options:
    stem = re.split(r"[=\s]|NAME|BYTES", opt)[0]   # -WNAME -> -W, --frame-size-limit=BYTES -> ...
    print(opt)
    if not re.search(re.escape(stem) + r"(?![A-Za-z-])" if stem in ("-W", "-w") else re.escape(stem), page):
        missing.append(opt)
if not options:
    print("no option found in the help text")
    sys.exit(1)
if missing:
    print("the man page does not document: " + " ".join(missing))
    sys.exit(1)
print("all %d options documented" % len(options))
