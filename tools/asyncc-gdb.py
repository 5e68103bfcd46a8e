# asyncc-gdb.py -- gdb commands for programs using the asyncc runtime.
#
#   (gdb) source tools/asyncc-gdb.py
#   (gdb) asyncc coroutines      every live coroutine, as a tree (as ac_dump)
#   (gdb) asyncc bt ID           one coroutine's suspension points
#                                (ID: its number as shown, or 0xADDRESS)
#
# It reads only memory (works on a live process and on a core file) and
# calls no function of the program.  The roots are the runtime's registry
# of dispatchers, `ac__registry_head` (runtime/src/dump.c): one-thread loops
# (their live lists) and pools (their workers' live lists).  It needs the
# runtime's debug info (the default RelWithDebInfo build has it).
#
# Auto-loading: copy or link this file as <program>-gdb.py next to the
# program, or `add-auto-load-safe-path` and source it from ~/.gdbinit.

import gdb

AC_DISP_LOOP, AC_DISP_POOL = 0, 1
JOB_STATES = ["new", "active", "completing", "cancelling", "cancelled", "completed"]
JOB_COMPLETING, JOB_CANCELLING = 2, 3
KIND_LAUNCH, KIND_ASYNC, KIND_BLOCKING, KIND_SCOPE = 1, 2, 3, 4
CTX_NAME = 1
MAX_FRAMES = 64
PRIMITIVES = [
    ("ac__join_resume", "ac_join"),
    ("ac__await_resume", "AC_AWAIT"),
    ("ac__scope_join_resume", "the end of a coroutine scope"),
    ("ac__delay_resume", "ac_delay"),
    ("ac__yield_resume", "ac_yield"),
]
POOL_NAMES = [("asyncc-default", "Default"), ("asyncc-io", "IO")]


def _string(v, default="?"):
    try:
        if int(v) == 0:
            return default
        return v.string()
    except gdb.error:
        return default


def _addr(v):
    return int(v.cast(gdb.lookup_type("unsigned long")))


class _Runtime:
    """Types and symbols of the runtime, looked up once per command."""

    def __init__(self):
        try:
            self.head = gdb.parse_and_eval("ac__registry_head")
        except gdb.error:
            raise gdb.GdbError("asyncc: no ac__registry_head: not an asyncc program, or "
                               "no debug info for the runtime")
        self.pool_p = gdb.lookup_type("struct ac__pool").pointer()
        self.prims = {}
        for sym, shown in PRIMITIVES:
            try:
                self.prims[_addr(gdb.parse_and_eval("&" + sym))] = shown
            except gdb.error:
                pass


def _disp_name(l):
    if int(l) == 0:
        return "?"
    name = _string(l["name"].address.cast(gdb.lookup_type("char").pointer()), "")
    for prefix, shown in POOL_NAMES:
        if name.startswith(prefix):
            return shown + name[len(prefix):]
    if int(l["kind"]) == AC_DISP_LOOP and not bool(l["forever"]):
        return "loop@" + _string(l["reg_thread"].address.cast(gdb.lookup_type("char").pointer()), "?")
    return name or "?"


def _coro_name(co):
    ctx = co["job"]["ctx"]
    if int(ctx) == 0:
        return None
    for i in range(int(ctx["n"])):
        e = ctx["e"][i]
        if int(e["kind"]) == CTX_NAME:
            return _string(e["u"]["name"])
    return None


def _frames(rt, co, limit=MAX_FRAMES):
    """[(text)], number cut."""
    out, more = [], 0
    f = co["frames"]["top"]
    seen = 0
    while int(f) != 0 and seen < 1000000:
        seen += 1
        if len(out) == limit:
            more += 1
        else:
            site = f["site"]
            if int(site) != 0 and int(site["file"]) != 0:
                out.append("%s (%s:%d)" % (_string(site["func"]), _string(site["file"]), int(f["line"])))
            else:
                shown = rt.prims.get(_addr(f["resume"]))
                out.append(shown if shown else (_string(site["func"]) if int(site) != 0 else "?"))
        f = f["caller"]
    return out, more


def _coro_of_job(rt, j):
    kind = int(j["kind"])
    if kind in (KIND_LAUNCH, KIND_ASYNC, KIND_BLOCKING):
        return j["co"]
    if kind == KIND_SCOPE and int(j["co"]) != 0:
        return j["co"]
    return None


class _Entry:
    pass


def _entry(rt, co, home, rank, ghost=False):
    e = _Entry()
    e.co = co
    e.key = _addr(co)
    e.id = int(co["id"])
    e.name = _coro_name(co)
    e.state = int(co["job"]["state"])
    e.rank = rank
    e.ghost = ghost
    e.parent = None
    e.frames, e.more = [], 0
    e.all_frames = None
    if ghost:
        e.run = "waiting for children"
        e.disp = _disp_name(co["loop"]) if e.state == JOB_COMPLETING else ""
    elif int(co["park"]) != 0 and not bool(co["in_step"]):
        e.run = "suspended"
        e.disp = _disp_name(co["loop"])
        e.frames, e.more = _frames(rt, co)
    else:
        e.run = "running"
        e.disp = _disp_name(home)
    return e


def _ancestry(rt, e, co, rank, out):
    j = co["job"]["parent"]
    guard = 0
    while int(j) != 0 and guard < 100000:
        guard += 1
        a = _coro_of_job(rt, j)
        if a is None or _addr(a) == _addr(co):
            j = j["parent"]
            continue
        e.parent = _addr(a)
        st = int(a["job"]["state"])
        if st not in (JOB_COMPLETING, JOB_CANCELLING):
            return
        g = _entry(rt, a, None, rank, ghost=True)
        out.append(g)
        e, co = g, a
        j = a["job"]["parent"]


def collect(rt):
    out = []
    l = rt.head
    rank = 0
    while int(l) != 0:
        kind = int(l["kind"])
        lists = []
        if kind == AC_DISP_POOL and int(l["pool"]) != 0:
            p = l["pool"].cast(rt.pool_p)
            for i in range(int(p["nslots"])):
                lists.append(p["workers"][i]["live_head"])
        elif kind == AC_DISP_LOOP:
            lists.append(l["live_head"])
        for c in lists:
            n = 0
            while int(c) != 0 and n < 10000000:
                n += 1
                e = _entry(rt, c, l, rank)
                out.append(e)
                _ancestry(rt, e, c, rank, out)
                c = c["next_live"]
        l = l["reg_next"]
        rank += 1
    merged = {}
    for e in out:                       # the real entry wins over ghosts
        old = merged.get(e.key)
        if old is None or (old.ghost and not e.ghost):
            merged[e.key] = e
    return list(merged.values())


def _line(e):
    s = "#%d" % e.id
    if e.name is not None:
        s += ' "%s"' % e.name
    st = JOB_STATES[e.state] if 0 <= e.state < len(JOB_STATES) else "?"
    s += " [%s, %s]" % (st, e.run)
    if e.disp:
        s += " on " + e.disp
    return s


def _print_entry(e, depth, frames=None, more=None):
    ind = " " * (2 * min(depth, 30))
    gdb.write(ind + _line(e) + "\n")
    for f in (e.frames if frames is None else frames):
        gdb.write(ind + "    at " + f + "\n")
    more = e.more if more is None else more
    if more:
        gdb.write(ind + "    ... %d more frame%s\n" % (more, "" if more == 1 else "s"))


def print_tree(entries):
    by_key = {e.key: e for e in entries}
    order = sorted(entries, key=lambda e: (e.rank, e.id, e.key))
    children = {}
    roots = []
    for e in order:
        if e.parent is not None and e.parent in by_key and e.parent != e.key:
            children.setdefault(e.parent, []).append(e)
        else:
            roots.append(e)
    seen = set()
    for r in roots:
        stack = [(r, 0)]
        while stack:
            e, d = stack.pop()
            if e.key in seen:
                continue
            seen.add(e.key)
            _print_entry(e, d)
            for c in reversed(children.get(e.key, [])):
                stack.append((c, d + 1))
    for e in order:
        if e.key not in seen:
            _print_entry(e, 0)


class AsynccPrefix(gdb.Command):
    """asyncc runtime commands: asyncc coroutines, asyncc bt ID."""

    def __init__(self):
        super().__init__("asyncc", gdb.COMMAND_DATA, gdb.COMPLETE_NONE, True)


class AsynccCoroutines(gdb.Command):
    """Print every live coroutine of the program as a tree of jobs:
id, name, job state, suspended or running, dispatcher, and the
suspension points of each suspended one (as ac_dump prints them)."""

    def __init__(self):
        super().__init__("asyncc coroutines", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        rt = _Runtime()
        entries = collect(rt)
        gdb.write("asyncc: coroutine dump: %d coroutine%s\n"
                  % (len(entries), "" if len(entries) == 1 else "s"))
        print_tree(entries)
        gdb.write("asyncc: end of coroutine dump\n")


class AsynccBt(gdb.Command):
    """asyncc bt ID: the async backtrace of coroutine ID (the number
`asyncc coroutines` shows; several dispatchers may use it: each is
printed), or of the coroutine at address 0x...  Frames of a running
coroutine are printed too, marked as possibly mid-change."""

    def __init__(self):
        super().__init__("asyncc bt", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        arg = arg.strip()
        if not arg:
            raise gdb.GdbError("usage: asyncc bt ID")
        rt = _Runtime()
        try:
            want = int(arg, 0)
        except ValueError:
            raise gdb.GdbError("asyncc bt: not a number: " + arg)
        hits = [e for e in collect(rt)
                if (e.key == want if arg.lower().startswith("0x") else e.id == want)]
        if not hits:
            raise gdb.GdbError("asyncc bt: no live coroutine " + arg)
        for e in sorted(hits, key=lambda e: (e.rank, e.key)):
            frames, more = _frames(rt, e.co, 1000)
            if e.run != "suspended" and frames:
                gdb.write("(running: its frames may be changing)\n")
            _print_entry(e, 0, frames, more)


AsynccPrefix()
AsynccCoroutines()
AsynccBt()
