/* Jobs from several threads at once: each round, threads attach children
 * (ac_job_new / ac_supervisor_job_new of a random job), install completion
 * handlers, complete, fail and cancel random jobs of one tree, and read it
 * (children, cancellation errors).  Afterwards, with every job completed,
 * the tree must be consistent: every handler ran exactly once, every job
 * is final with no children left, complete and cancel each succeeded at
 * most once, children completed before their parents unless attached to
 * an already completed one, a failed child failed its (non-supervisor)
 * parent, and nothing leaked.  Under TSan this checks the locking. */
#include "check.h"

#include <pthread.h>
#include <stdatomic.h>

#define THREADS 4
#define ROUNDS 25
#define OPS 80
#define MAX_JOBS (3 + THREADS * OPS)
#define MAX_HANDLERS (2 * MAX_JOBS + THREADS * OPS)

typedef struct {
    _Atomic(ac_job *) job;       /* published once its fields are set */
    int parent;                  /* slot index; -1 for the root */
    bool supervisor;
    int first;                   /* its first handler's record */
    atomic_int completes, cancels;  /* calls that returned 1 */
} slot;

typedef struct {
    int slot;
    ac_job *job;
    atomic_int runs;
    atomic_long seq;             /* when it ran (global order) */
    atomic_int failed;           /* its cause was a failure */
    atomic_int cancelled;        /* ... was not NULL */
} record;

static slot slots[MAX_JOBS];
static record records[MAX_HANDLERS];
static atomic_int njobs, nrecords;
static atomic_long clock_;
static atomic_ullong total_mallocs, total_frees;
static pthread_barrier_t start;

static void handler_fn(ac_job *job, const ac_error *cause, void *arg)
{
    record *r = arg;
    CHECK(job == r->job);
    CHECK(ac_job_is_completed(job));
    CHECK(!ac_job_is_active(job));
    CHECK_INT(ac_job_is_cancelled(job), cause != NULL);
    atomic_store(&r->failed, cause && !ac_error_is(cause, &AC_CANCELLATION));
    atomic_store(&r->cancelled, cause != NULL);
    atomic_store(&r->seq, atomic_fetch_add(&clock_, 1));
    atomic_fetch_add(&r->runs, 1);
}

/* Registers a handler on slot i's job; the record's index. */
static int add_handler(int i, ac_job *j)
{
    int k = atomic_fetch_add(&nrecords, 1);
    CHECK(k < MAX_HANDLERS);
    records[k].slot = i;
    records[k].job = j;
    CHECK_INT(ac_job_invoke_on_completion(j, handler_fn, &records[k]), 0);
    return k;
}

static int attach(int parent, bool supervisor)
{
    ac_job *p = parent < 0 ? NULL : atomic_load(&slots[parent].job);
    ac_job *j = supervisor ? ac_supervisor_job_new(p) : ac_job_new(p);
    CHECK(j);
    CHECK(ac_job_parent(j) == p);
    int i = atomic_fetch_add(&njobs, 1);
    CHECK(i < MAX_JOBS);
    slots[i].parent = parent;
    slots[i].supervisor = supervisor;
    /* the first handler before anyone else can see the job: it runs
     * when the job really completes */
    slots[i].first = add_handler(i, j);
    atomic_store(&slots[i].job, j);
    return i;
}

static unsigned next_rand(unsigned *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* A published job, at random. */
static int pick(unsigned *rng)
{
    for (;;) {
        int n = atomic_load(&njobs);
        int i = (int)(next_rand(rng) % (unsigned)n);
        if (atomic_load(&slots[i].job))
            return i;
    }
}

static void *worker(void *arg)
{
    unsigned rng = (unsigned)(uintptr_t)arg * 2654435761u + 1;
    pthread_barrier_wait(&start);
    /* all at once on the same jobs first: one complete, one cancel wins */
    if (ac_job_complete(atomic_load(&slots[1].job)))
        atomic_fetch_add(&slots[1].completes, 1);
    if (ac_job_cancel(atomic_load(&slots[2].job), NULL))
        atomic_fetch_add(&slots[2].cancels, 1);
    for (int op = 0; op < OPS; op++) {
        int i = pick(&rng);
        ac_job *j = atomic_load(&slots[i].job);
        unsigned r = next_rand(&rng) % 100;
        if (r < 35) {
            /* mostly under a live job (else it is cancelled at once) */
            for (int k = 0; k < 4 && !ac_job_is_active(j); k++)
                j = atomic_load(&slots[i = pick(&rng)].job);
            attach(i, next_rand(&rng) % 4 == 0);
        } else if (r < 55) {
            add_handler(i, j);
        } else if (r < 77) {
            if (i == 0)
                continue;                   /* keep the tree growing */
            if (r < 63) {
                if (ac_job_complete(j))
                    atomic_fetch_add(&slots[i].completes, 1);
                continue;
            }
            if (r < 69) {
                if (ac_job_complete_exceptionally(j, ac_error_new(&AC_IO_ERROR, "t%d", op)))
                    atomic_fetch_add(&slots[i].completes, 1);
                continue;
            }
            ac_error *cause = next_rand(&rng) % 3 == 0
                                  ? ac_error_new(&AC_ARITHMETIC, "c%d", op) : NULL;
            if (ac_job_cancel(j, cause))
                atomic_fetch_add(&slots[i].cancels, 1);
        } else if (r < 80) {
            ac_job_cancel_children(j, NULL);
        } else if (r < 92) {
            ac_job *kids[8];
            size_t n = ac_job_children(j, kids, 8);
            for (size_t k = 0; k < n && k < 8; k++) {
                CHECK(ac_job_parent(kids[k]) == j);
                ac_job_release(kids[k]);
            }
        } else {
            ac_error *e = ac_job_get_cancellation_error(j);
            CHECK(e || ac_job_is_completed(j));
            ac_error_release(e);
        }
    }
    atomic_fetch_add(&total_mallocs, ac__stat.mallocs);
    atomic_fetch_add(&total_frees, ac__stat.frees);
    return NULL;
}

static void check_round(void)
{
    int n = atomic_load(&njobs);
    for (int i = 0; i < n; i++) {
        slot *s = &slots[i];
        ac_job *j = atomic_load(&s->job);
        CHECK(ac_job_is_completed(j));
        CHECK(!ac_job_is_active(j));
        CHECK_INT(ac_job_children(j, NULL, 0), 0);
        CHECK(atomic_load(&s->completes) <= 1);
        CHECK(atomic_load(&s->cancels) <= 1);
        record *first = &records[s->first];
        CHECK_INT(first->slot, i);
        CHECK_INT(atomic_load(&first->cancelled), ac_job_is_cancelled(j));
        if (!ac_job_is_cancelled(j)) {
            /* completed normally: by exactly one complete, never cancelled */
            CHECK_INT(atomic_load(&s->completes), 1);
            CHECK_INT(atomic_load(&s->cancels), 0);
        }
        if (s->parent < 0)
            continue;
        slot *ps = &slots[s->parent];
        ac_job *p = atomic_load(&ps->job);
        CHECK(ac_job_parent(j) == p);
        record *pfirst = &records[ps->first];
        /* rule 1: a child completes before its parent, unless the parent
         * had completed when it was attached: then it was cancelled */
        if (atomic_load(&first->seq) > atomic_load(&pfirst->seq))
            CHECK(ac_job_is_cancelled(j));
        /* rule 3: a failed child failed its parent, unless a supervisor */
        if (atomic_load(&first->failed) && !ps->supervisor)
            CHECK(ac_job_is_cancelled(p));
    }
    int m = atomic_load(&nrecords);
    for (int k = 0; k < m; k++)
        CHECK_INT(atomic_load(&records[k].runs), 1);
}

int main(void)
{
    CHECK(pthread_barrier_init(&start, NULL, THREADS) == 0);
    for (int round = 0; round < ROUNDS; round++) {
        memset(slots, 0, sizeof slots);
        memset(records, 0, sizeof records);
        atomic_store(&njobs, 0);
        atomic_store(&nrecords, 0);
        /* the root, slot 0: a supervisor, so that a failure does not
         * end the whole tree at once */
        attach(-1, true);
        attach(0, false);                   /* slots 1 and 2 */
        attach(0, false);
        pthread_t t[THREADS];
        for (int i = 0; i < THREADS; i++)
            CHECK(pthread_create(&t[i], NULL, worker,
                                 (void *)(uintptr_t)(round * THREADS + i + 1)) == 0);
        for (int i = 0; i < THREADS; i++)
            CHECK(pthread_join(t[i], NULL) == 0);
        /* finish what is left: every job's body is done, so every job
         * completes once its children have */
        int n = atomic_load(&njobs);
        for (int i = 0; i < n; i++)
            if (ac_job_complete(atomic_load(&slots[i].job)))
                atomic_fetch_add(&slots[i].completes, 1);
        check_round();
        for (int i = n - 1; i >= 0; i--)
            ac_job_release(atomic_load(&slots[i].job));
    }
    pthread_barrier_destroy(&start);
    /* nothing leaked: a job may be freed on another thread than the one
     * that made it, so the counters are summed over all threads */
    CHECK_INT(atomic_load(&total_mallocs) + ac__stat.mallocs,
              atomic_load(&total_frees) + ac__stat.frees);
    CHECK_INT(ac__stat.torn_down, t_torn_down);
    return 0;
}
