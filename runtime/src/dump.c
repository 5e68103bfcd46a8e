/*
 * dump.c -- what every coroutine of the process is doing: ac_dump, the
 * SIGQUIT dump and the leak report at exit (ASYNCC_DEBUG=1), and the
 * registry of dispatchers they (and tools/asyncc-gdb.py) walk.
 *
 * The registry is a list of every one-thread loop (run_blocking's,
 * single-thread dispatchers, driven loops) and pool (Default, IO) that
 * exists, under reg_mu; a loop leaves it when it is freed.  Coroutines are
 * found on their home dispatcher's live list: a one-thread loop's (under
 * its live_lock) or a pool worker's (under the worker's mu).  A coroutine on a
 * list cannot be freed meanwhile (freeing unlinks it first, under the same
 * lock), and the jobs above it are kept by its counted parent reference.
 *
 * Frames are read only of a coroutine that is parked and not in a step,
 * under its park_lock: nothing can wake it (ac__wake takes the lock) and
 * so nothing can run it while they are copied.  Any other coroutine is
 * shown as running (on some thread, or queued to run), without frames.
 *
 * Lock order: reg_mu, then one list lock at a time, then a park_lock.
 * The runtime never takes reg_mu while holding any of those (loops are
 * registered and released with no lock held), list locks are leaves but
 * for park_lock, and park_lock is taken inside nothing of ours but them.
 * Nothing is printed while a lock is held: the dump copies what it needs
 * (names included: a context may be freed once its coroutine ends) into a
 * snapshot, lets go, then arranges and prints it.  Without memory for
 * the snapshot it prints each coroutine as it finds it, flat.
 */
#define _GNU_SOURCE                     /* pthread_getname_np */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* The registry                                                        */
/* ------------------------------------------------------------------ */

static pthread_mutex_t reg_mu = PTHREAD_MUTEX_INITIALIZER;
/* Global roots for debuggers: the registered dispatchers, oldest first. */
ac__loop *ac__registry_head;
static ac__loop *reg_tail;

static pthread_once_t debug_once = PTHREAD_ONCE_INIT;
static void debug_init(void);

void ac__registry_add(ac__loop *l)
{
    pthread_once(&debug_once, debug_init);
    if (l->kind == AC__DISP_LOOP && !l->forever) {   /* run_blocking's */
        if (getpid() == (pid_t)syscall(SYS_gettid))
            snprintf(l->reg_thread, sizeof l->reg_thread, "main");
        else if (pthread_getname_np(pthread_self(), l->reg_thread, sizeof l->reg_thread) != 0)
            snprintf(l->reg_thread, sizeof l->reg_thread, "?");
    }
    pthread_mutex_lock(&reg_mu);
    l->reg_prev = reg_tail;
    l->reg_next = NULL;
    if (reg_tail)
        reg_tail->reg_next = l;
    else
        ac__registry_head = l;
    reg_tail = l;
    l->registered = true;
    pthread_mutex_unlock(&reg_mu);
}

void ac__registry_remove(ac__loop *l)
{
    pthread_mutex_lock(&reg_mu);
    if (l->registered) {
        if (l->reg_prev)
            l->reg_prev->reg_next = l->reg_next;
        else
            ac__registry_head = l->reg_next;
        if (l->reg_next)
            l->reg_next->reg_prev = l->reg_prev;
        else
            reg_tail = l->reg_prev;
        l->reg_prev = l->reg_next = NULL;
        l->registered = false;
    }
    pthread_mutex_unlock(&reg_mu);
}

/* The name a dump shows for dispatcher l. */
static void disp_name(const ac__loop *l, char *out, size_t n)
{
    if (!l) {
        snprintf(out, n, "?");
        return;
    }
    const char *name = l->name;
    static const struct { const char *prefix, *shown; } pools[] = {
        {"asyncc-default", "Default"}, {"asyncc-io", "IO"}};
    for (size_t i = 0; i < sizeof pools / sizeof pools[0]; i++) {
        size_t k = strlen(pools[i].prefix);
        if (strncmp(name, pools[i].prefix, k) == 0) {
            snprintf(out, n, "%s%s", pools[i].shown, name + k);   /* views: Default/2 */
            return;
        }
    }
    if (l->kind == AC__DISP_LOOP && !l->forever)
        snprintf(out, n, "loop@%s", l->reg_thread);
    else
        snprintf(out, n, "%s", name[0] ? name : "?");
}

/* ------------------------------------------------------------------ */
/* The snapshot                                                        */
/* ------------------------------------------------------------------ */

#define MAX_FRAMES 64                   /* shown per coroutine; the rest counted */
#define NAME_LEN 48
#define DISP_LEN 40

enum { RUN_SUSPENDED, RUN_RUNNING, RUN_CHILDREN };

typedef struct {
    const char *func, *file;            /* program text: outlives the dump */
    int line;
} frec;

typedef struct {
    const void *key, *parent;           /* coroutine addresses, only compared */
    uint64_t id;
    int jstate, run, rank;
    bool ghost;                         /* an ancestor whose body is over */
    bool named;
    char name[NAME_LEN];
    char disp[DISP_LEN];
    size_t f0, nf, more;                /* frames[f0, f0+nf), and how many cut */
    long first_child, next_sibling, last_child;
} ent;

typedef struct {
    ent *e;
    size_t n, cap;
    frec *f;
    size_t nf, fcap;
    bool oom;                           /* something could not be kept */
    FILE *flat;                         /* no memory: print as found */
    size_t flat_count;
} snap;

static bool reserve(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t c = *cap ? *cap : 16;
    while (c < need)
        c *= 2;
    void *q = ac__realloc(*p, c * size);
    if (!q)
        return false;
    *p = q;
    *cap = c;
    return true;
}

static const char *state_name(int s)
{
    switch (s) {
    case AC__JOB_NEW: return "new";
    case AC__JOB_ACTIVE: return "active";
    case AC__JOB_COMPLETING: return "completing";
    case AC__JOB_CANCELLING: return "cancelling";
    case AC__JOB_CANCELLED: return "cancelled";
    case AC__JOB_COMPLETED: return "completed";
    default: return "?";
    }
}

static const char *run_name(int r)
{
    return r == RUN_SUSPENDED ? "suspended" : r == RUN_RUNNING ? "running" : "waiting for children";
}

/* The coroutine job j stands for in the tree: its own, or for a scope
 * block's job the coroutine running the block. */
static const ac_coro *coro_of_job(const ac_job *j)
{
    if (ac__job_has_coro(j))
        return ac__coro_of(j);
    if (j->kind == AC__KIND_SCOPE)
        return j->co;
    return NULL;
}

static void fill_name(ent *e, const ac_coro *co)
{
    const char *name = ac_ctx_get_name(co->job.ctx);
    e->named = name != NULL;
    snprintf(e->name, sizeof e->name, "%s", name ? name : "");
}

static void print_frame(FILE *out, int indent, const frec *f)
{
    if (f->file)
        fprintf(out, "%*sat %s (%s:%d)\n", indent, "", f->func ? f->func : "?", f->file, f->line);
    else
        fprintf(out, "%*sat %s\n", indent, "", f->func ? f->func : "?");
}

static void print_ent(FILE *out, int depth, const ent *e, const frec *frames)
{
    int ind = 2 * (depth > 30 ? 30 : depth);
    fprintf(out, "%*s#%llu", ind, "", (unsigned long long)e->id);
    if (e->named)
        fprintf(out, " \"%s\"", e->name);
    fprintf(out, " [%s, %s]", state_name(e->jstate), run_name(e->run));
    if (e->disp[0])
        fprintf(out, " on %s", e->disp);
    fputc('\n', out);
    for (size_t i = 0; frames && i < e->nf; i++)
        print_frame(out, ind + 4, &frames[e->f0 + i]);
    if (e->more)
        fprintf(out, "%*s... %zu more frame%s\n", ind + 4, "", e->more, e->more == 1 ? "" : "s");
}

/* Copies the frames of co, parked outside a step (park_lock held), to
 * dst (room for MAX_FRAMES); returns how many, *more the rest. */
static size_t copy_frames(const ac_coro *co, frec *dst, size_t *more)
{
    size_t n = 0, rest = 0;
    for (const ac_frame *f = co->frames.top; f; f = f->caller) {
        if (n == MAX_FRAMES) {
            rest++;
            continue;
        }
        dst[n].file = ac__frame_file(f);
        dst[n].line = f->line;
        dst[n].func = dst[n].file ? ac__frame_func(f) : ac__frame_primitive(f);
        n++;
    }
    *more = rest;
    return n;
}

/* A new entry, or NULL (the snapshot is then incomplete). */
static ent *new_ent(snap *s)
{
    if (!reserve((void **)&s->e, &s->cap, s->n + 1, sizeof *s->e)) {
        s->oom = true;
        return NULL;
    }
    ent *e = &s->e[s->n++];
    memset(e, 0, sizeof *e);
    e->first_child = e->next_sibling = e->last_child = -1;
    return e;
}

/* Records co's coroutine ancestor as its entry's parent; ancestors whose
 * body is over (completing, or maybe cancelling) are not on any list and
 * get an entry of their own here (duplicates are merged later). */
static void add_ancestry(snap *s, size_t idx, const ac_coro *co, int rank)
{
    const ac_job *j = co->job.parent;
    for (unsigned guard = 0; j && guard < 100000; guard++) {
        const ac_coro *a = coro_of_job(j);
        if (!a || a == co) {
            j = j->parent;
            continue;
        }
        s->e[idx].parent = a;
        int st = ac__job_state(&a->job);
        if (st != AC__JOB_COMPLETING && st != AC__JOB_CANCELLING)
            return;
        ent *g = new_ent(s);
        if (!g)
            return;
        g->key = a;
        g->id = a->id;
        g->jstate = st;
        g->run = RUN_CHILDREN;
        g->rank = rank;
        g->ghost = true;
        fill_name(g, a);
        /* the body is over once completing (its state's release makes
         * the last step's writes visible); cancelling, it may still run */
        if (st == AC__JOB_COMPLETING)
            disp_name(a->loop, g->disp, sizeof g->disp);
        idx = (size_t)(g - s->e);
        co = a;
        j = a->job.parent;
    }
}

/* co, on the list of home (whose lock is held). */
static void collect(snap *s, ac_coro *co, const ac__loop *home, int rank)
{
    frec local[MAX_FRAMES];
    frec *dst = local;
    if (!s->flat && reserve((void **)&s->f, &s->fcap, s->nf + MAX_FRAMES, sizeof *s->f))
        dst = s->f + s->nf;
    ent flat_e, *e = s->flat ? NULL : new_ent(s);
    if (!e) {                           /* no memory: print it now */
        if (!s->flat)
            return;                     /* counted as missing by s->oom */
        memset(&flat_e, 0, sizeof flat_e);
        e = &flat_e;
    }
    e->key = co;
    e->id = co->id;
    e->rank = rank;
    e->jstate = ac__job_state(&co->job);
    fill_name(e, co);
    ac__lock_acquire(&((ac_coro *)co)->park_lock);
    /* park first: in_step is written without the lock while running */
    bool parked = co->park != AC__RUNNING && !co->in_step;
    if (parked) {
        e->run = RUN_SUSPENDED;
        e->nf = copy_frames(co, dst, &e->more);
        disp_name(co->loop, e->disp, sizeof e->disp);
    }
    ac__lock_release(&((ac_coro *)co)->park_lock);
    if (!parked) {
        e->run = RUN_RUNNING;
        disp_name(home, e->disp, sizeof e->disp);
    }
    if (s->flat) {
        print_ent(s->flat, 0, e, dst);
        s->flat_count++;
        return;
    }
    if (dst == local) {                 /* no room for them: shown as cut */
        e->more += e->nf;
        e->nf = 0;
        s->oom |= parked;
    } else {
        e->f0 = s->nf;
        s->nf += e->nf;
    }
    add_ancestry(s, (size_t)(e - s->e), co, rank);
}

/* Every registered dispatcher's coroutines. */
static void collect_all(snap *s)
{
    pthread_mutex_lock(&reg_mu);
    int rank = 0;
    for (ac__loop *l = ac__registry_head; l; l = l->reg_next, rank++) {
        if (l->kind == AC__DISP_POOL && l->pool) {
            ac__pool *p = l->pool;
            int nslots = ac__pool_slots(p);
            for (int i = 0; i < nslots; i++) {
                pthread_mutex_t *mu = ac__pool_worker_lock(p, i);
                pthread_mutex_lock(mu);
                for (ac_coro *c = ac__pool_worker_live(p, i); c; c = c->next_live)
                    collect(s, c, l, rank);
                pthread_mutex_unlock(mu);
            }
        } else if (l->kind == AC__DISP_LOOP) {
            ac__lock_acquire(&l->live_lock);
            for (ac_coro *c = l->live_head; c; c = c->next_live)
                collect(s, c, l, rank);
            ac__lock_release(&l->live_lock);
        }
    }
    pthread_mutex_unlock(&reg_mu);
}

/* ------------------------------------------------------------------ */
/* Arranging and printing                                              */
/* ------------------------------------------------------------------ */

static int by_key(const void *a, const void *b)
{
    const ent *x = a, *y = b;
    if (x->key != y->key)
        return (uintptr_t)x->key < (uintptr_t)y->key ? -1 : 1;
    return (int)x->ghost - (int)y->ghost;       /* the real one first */
}

/* Siblings (and roots) in the order of their dispatcher, then their id. */
static int by_place(const void *a, const void *b, void *arg)
{
    const ent *e = arg;
    const ent *x = &e[*(const size_t *)a], *y = &e[*(const size_t *)b];
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return (uintptr_t)x->key < (uintptr_t)y->key ? -1 : (uintptr_t)x->key > (uintptr_t)y->key;
}

static long find_key(const ent *e, size_t n, const void *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)e[mid].key < (uintptr_t)key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && e[lo].key == key ? (long)lo : -1;
}

static void merge(snap *s)
{
    if (s->n == 0)
        return;                         /* s->e may be NULL */
    qsort(s->e, s->n, sizeof *s->e, by_key);
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++)
        if (n == 0 || s->e[n - 1].key != s->e[i].key)
            s->e[n++] = s->e[i];
    s->n = n;
}

/* Prints the merged snapshot as a tree of parents and children (flat
 * without memory for it). */
static void print_tree(FILE *out, snap *s)
{
    size_t n = s->n;
    ent *e = s->e;
    long *par = ac__malloc((n ? n : 1) * (sizeof(long) + sizeof(size_t) + 1));
    if (!par) {
        for (size_t i = 0; i < n; i++)
            print_ent(out, 0, &e[i], s->f);
        return;
    }
    size_t *ord = (size_t *)(par + n);
    bool *seen = (bool *)(ord + n);
    for (size_t i = 0; i < n; i++) {
        long p = e[i].parent ? find_key(e, n, e[i].parent) : -1;
        par[i] = p == (long)i ? -1 : p;
        ord[i] = i;
        seen[i] = false;
    }
    if (n)
        qsort_r(ord, n, sizeof *ord, by_place, e);
    for (size_t k = 0; k < n; k++) {    /* children in place order */
        size_t i = ord[k];
        long p = par[i];
        if (p < 0)
            continue;
        if (e[p].last_child >= 0)
            e[e[p].last_child].next_sibling = (long)i;
        else
            e[p].first_child = (long)i;
        e[p].last_child = (long)i;
    }
    for (size_t k = 0; k < n; k++) {
        size_t root = ord[k];
        if (par[root] >= 0)
            continue;
        /* depth first without a stack: down, along, back up */
        long i = (long)root;
        int depth = 0;
        while (i >= 0) {
            seen[i] = true;
            print_ent(out, depth, &e[i], s->f);
            if (e[i].first_child >= 0) {
                i = e[i].first_child;
                depth++;
                continue;
            }
            while (i >= 0 && i != (long)root && e[i].next_sibling < 0) {
                i = par[i];
                depth--;
            }
            i = i == (long)root || i < 0 ? -1 : e[i].next_sibling;
        }
    }
    for (size_t k = 0; k < n; k++)      /* in a cycle (addresses reused) */
        if (!seen[ord[k]])
            print_ent(out, 0, &e[ord[k]], s->f);
    ac__free(par);
}

/* Dumps to out; `header`: how the list is introduced ("%zu" coroutines).
 * Prints nothing at all when quiet_if_none and there is nothing. */
static void dump(FILE *out, const char *header_fmt, bool quiet_if_none, bool trailer)
{
    snap s = {0};
    collect_all(&s);
    if (s.oom && s.n == 0) {
        /* not even one entry: walk again, printing as we go */
        ac__free(s.f);
        ac__free(s.e);
        memset(&s, 0, sizeof s);
        s.flat = out;
        fprintf(out, "asyncc: out of memory: coroutines listed as found, without their tree\n");
        collect_all(&s);
        if (trailer)
            fprintf(out, "asyncc: end of coroutine dump\n");
        fflush(out);
        return;
    }
    merge(&s);
    if (s.n || !quiet_if_none) {
        fprintf(out, header_fmt, s.n, s.n == 1 ? "" : "s");
        print_tree(out, &s);
        if (s.oom)
            fprintf(out, "asyncc: out of memory: some coroutines or frames are not shown\n");
        if (trailer)
            fprintf(out, "asyncc: end of coroutine dump\n");
        fflush(out);
    }
    ac__free(s.f);
    ac__free(s.e);
}

void ac_dump(FILE *out)
{
    if (!out)
        return;
    dump(out, "asyncc: coroutine dump: %zu coroutine%s\n", false, true);
}

/* ------------------------------------------------------------------ */
/* ASYNCC_DEBUG=1: SIGQUIT and the report at exit                      */
/* ------------------------------------------------------------------ */

static void leak_report(void)
{
    dump(stderr, "asyncc: %zu coroutine%s still alive at exit:\n", true, false);
}

static atomic_int quit_fd = -1;         /* the pipe's write end */

static void on_sigquit(int sig)
{
    (void)sig;
    int saved = errno;
    int fd = atomic_load_explicit(&quit_fd, memory_order_relaxed);
    char c = 'q';
    if (fd >= 0) {
        ssize_t r = write(fd, &c, 1);   /* full pipe: a dump is coming anyway */
        (void)r;
    }
    errno = saved;
}

static void *dump_thread(void *arg)
{
    int fd = (int)(intptr_t)arg;
    ac__name_thread("asyncc-dump");
    for (;;) {
        char buf[64];
        ssize_t r = read(fd, buf, sizeof buf);  /* several signals: one dump */
        if (r > 0)
            ac_dump(stderr);
        else if (r == 0 || errno != EINTR)
            break;
    }
    atomic_fetch_sub(&ac__runtime_threads, 1);
    return NULL;
}

/* SIGQUIT's handler writes a byte to a pipe (async-signal-safe); a thread
 * of ours reads it and dumps.  Only if the program left SIGQUIT alone. */
static void install_sigquit(void)
{
    struct sigaction old;
    if (sigaction(SIGQUIT, NULL, &old) != 0 || (old.sa_flags & SA_SIGINFO) ||
        old.sa_handler != SIG_DFL)
        return;                         /* the program's own, or ignored */
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0)
        return;
    fcntl(p[1], F_SETFL, O_NONBLOCK);
    /* counted before it exists: deadlock detection must never see it as
     * a thread of the program's */
    atomic_fetch_add(&ac__runtime_threads, 1);
    pthread_t t;
    pthread_attr_t attr;
    bool ok = pthread_attr_init(&attr) == 0;
    if (ok) {
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        ok = ac__thread_create(&t, &attr, dump_thread, (void *)(intptr_t)p[0]) == 0;
        pthread_attr_destroy(&attr);
    }
    if (!ok) {
        atomic_fetch_sub(&ac__runtime_threads, 1);
        close(p[0]);
        close(p[1]);
        fprintf(stderr, "asyncc: ASYNCC_DEBUG: could not start the dump thread; "
                "SIGQUIT keeps its default action\n");
        return;
    }
    atomic_store(&quit_fd, p[1]);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigquit;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGQUIT, &sa, NULL);
}

static void debug_init(void)
{
    if (!ac__debug_mode())
        return;
    atexit(leak_report);
    install_sigquit();
}
