/* Jobs without coroutines (ac_job_new / ac_supervisor_job_new): the state
 * flags of asyncc.h's table, completion waiting for children, failure and
 * cancellation along the tree (rules 1-3, supervision), the final cause
 * (first failure wins, later ones suppressed, cancellations never), the
 * children list, completion handlers, ac_job_get_cancellation_error and
 * reference counts.  The expected results are kotlinx's, for Job() and
 * CompletableDeferred<Unit>() (a JobImpl that completes when cancelled). */
#include "frames.h"

#define STATE(j) (ac_job_is_active(j) * 100 + ac_job_is_completed(j) * 10 + \
                  ac_job_is_cancelled(j))
/* active, completed, cancelled as a three-digit number */
enum { ACTIVE = 100, COMPLETING = 100, CANCELLING = 1, CANCELLED = 11,
       COMPLETED = 10 };

static ac_error *io(const char *msg)
{
    return ac_error_new(&AC_IO_ERROR, "%s", msg);
}

/* A completion handler that logs "name:cause" and counts its runs. */
typedef struct {
    const char *name;
    int runs;
    const ac_error *cause;       /* borrowed; valid while the job lives */
    ac_job *job;
} probe;

static void probe_fn(ac_job *job, const ac_error *cause, void *arg)
{
    probe *p = arg;
    p->runs++;
    p->cause = cause;
    p->job = job;
    if (!cause)
        t_logf("%s:ok", p->name);
    else
        t_logf("%s:%s", p->name, ac_error_type_name(cause));
}

static void on_completion(ac_job *j, probe *p, const char *name)
{
    memset(p, 0, sizeof *p);
    p->name = name;
    CHECK_INT(ac_job_invoke_on_completion(j, probe_fn, p), 0);
}

static void test_complete(void)
{
    ac_job *j = ac_job_new(NULL);
    CHECK(j);
    CHECK_INT(STATE(j), ACTIVE);
    CHECK(ac_job_parent(j) == NULL);
    CHECK_STR(ac_job_name(j), "JobImpl");
    probe p;
    on_completion(j, &p, "j");
    CHECK_INT(ac_job_complete(j), 1);
    CHECK_INT(STATE(j), COMPLETED);
    CHECK_INT(p.runs, 1);
    CHECK(p.cause == NULL && p.job == j);
    /* once: later completions, failures and cancels change nothing */
    CHECK_INT(ac_job_complete(j), 0);
    CHECK_INT(ac_job_complete_exceptionally(j, io("late")), 0);
    CHECK_INT(ac_job_cancel(j, NULL), 0);
    CHECK_INT(ac_job_cancel(j, io("late")), 0);
    ac_job_cancel_children(j, NULL);
    CHECK_INT(STATE(j), COMPLETED);
    CHECK_INT(p.runs, 1);
    CHECK(ac_job_get_cancellation_error(j) == NULL);
    ac_job_release(j);

    ac_job *s = ac_supervisor_job_new(NULL);
    CHECK_STR(ac_job_name(s), "SupervisorJobImpl");
    CHECK_INT(STATE(s), ACTIVE);
    CHECK_INT(ac_job_complete(s), 1);
    CHECK_INT(STATE(s), COMPLETED);
    ac_job_release(s);
}

/* Completing: complete() with a child left is still active (rule 1). */
static void test_completing(void)
{
    t_log[0] = '\0';
    ac_job *p = ac_job_new(NULL), *c = ac_job_new(p);
    CHECK(ac_job_parent(c) == p);
    probe pp, pc;
    on_completion(p, &pp, "p");
    on_completion(c, &pc, "c");
    CHECK_INT(ac_job_complete(p), 1);
    CHECK_INT(STATE(p), COMPLETING);
    CHECK_INT(ac_job_complete(p), 0);       /* already completing */
    CHECK_INT(ac_job_complete_exceptionally(p, io("late")), 0);
    CHECK_INT(pp.runs, 0);
    ac_error *e = ac_job_get_cancellation_error(p);
    CHECK(ac_error_type_of(e) == &AC_ILLEGAL_STATE);
    ac_error_release(e);

    /* a completing job still takes children, and waits for them too */
    ac_job *d = ac_job_new(p);
    CHECK_INT(STATE(d), ACTIVE);
    CHECK_INT(ac_job_children(p, NULL, 0), 2);
    CHECK_INT(ac_job_complete(c), 1);
    CHECK_INT(STATE(c), COMPLETED);
    CHECK_INT(STATE(p), COMPLETING);
    CHECK_INT(ac_job_complete(d), 1);
    CHECK_INT(STATE(p), COMPLETED);
    CHECK_STR(t_log, "c:ok p:ok");
    CHECK_INT(pp.runs, 1);
    CHECK_INT(pc.runs, 1);
    ac_job_release(c);
    ac_job_release(d);
    ac_job_release(p);
}

/* Cancel (rule 2): every descendant, depth first; a job with no body
 * completes as soon as its children have. */
static void test_cancel(void)
{
    t_log[0] = '\0';
    ac_job *r = ac_job_new(NULL);
    ac_job *a = ac_job_new(r), *b = ac_supervisor_job_new(r);
    ac_job *a1 = ac_job_new(a), *a2 = ac_job_new(a), *a21 = ac_job_new(a2);
    probe pr, pa, pb, pa1, pa2, pa21;
    on_completion(r, &pr, "r");
    on_completion(a, &pa, "a");
    on_completion(b, &pb, "b");
    on_completion(a1, &pa1, "a1");
    on_completion(a2, &pa2, "a2");
    on_completion(a21, &pa21, "a21");
    CHECK_INT(ac_job_cancel(r, NULL), 1);
    CHECK_STR(t_log, "a1:JobCancellationException a21:JobCancellationException "
                     "a2:JobCancellationException a:JobCancellationException "
                     "b:JobCancellationException r:JobCancellationException");
    ac_job *all[] = {r, a, b, a1, a2, a21};
    for (int i = 0; i < 6; i++) {
        CHECK_INT(STATE(all[i]), CANCELLED);
        CHECK_INT(ac_job_children(all[i], NULL, 0), 0);
    }
    /* the default cause, shared by the whole tree */
    CHECK(ac_error_type_of(pr.cause) == &AC_JOB_CANCELLATION);
    CHECK_STR(ac_error_message(pr.cause), "Job was cancelled");
    CHECK(ac_error_cause(pr.cause) == NULL);
    CHECK(pa21.cause == pr.cause && pb.cause == pr.cause);
    ac_error *e = ac_job_get_cancellation_error(a21);
    CHECK(e == pr.cause);
    ac_error_release(e);
    /* a second cancel changes nothing: first cause wins */
    CHECK_INT(ac_job_cancel(r, ac_error_new(&AC_CANCELLATION, "second")), 0);
    CHECK_INT(ac_job_cancel(a, NULL), 0);
    e = ac_job_get_cancellation_error(r);
    CHECK_STR(ac_error_message(e), "Job was cancelled");
    ac_error_release(e);
    CHECK_INT(pr.runs + pa.runs + pb.runs + pa1.runs + pa2.runs + pa21.runs, 6);
    for (int i = 5; i >= 0; i--)
        ac_job_release(all[i]);

    /* a custom cause reaches every descendant as the same object */
    ac_job *p = ac_job_new(NULL), *c = ac_job_new(p), *g = ac_job_new(c);
    ac_error *why = ac_error_new(&AC_CANCELLATION, "User navigated away");
    CHECK_INT(ac_job_cancel(p, ac_error_retain(why)), 1);
    CHECK_INT(STATE(p), CANCELLED);
    CHECK_INT(STATE(g), CANCELLED);
    for (ac_job *j = g; j; j = ac_job_parent(j)) {
        e = ac_job_get_cancellation_error(j);
        CHECK(e == why);
        ac_error_release(e);
    }
    ac_error_release(why);
    ac_job_release(g);
    ac_job_release(c);
    ac_job_release(p);

    /* cancelling a child leaves the parent alone */
    p = ac_job_new(NULL);
    c = ac_job_new(p);
    ac_job *sib = ac_job_new(p);
    CHECK_INT(ac_job_cancel(c, NULL), 1);
    CHECK_INT(STATE(c), CANCELLED);
    CHECK_INT(STATE(p), ACTIVE);
    CHECK_INT(STATE(sib), ACTIVE);
    CHECK_INT(ac_job_complete(c), 0);       /* cancelled: already done */
    CHECK_INT(ac_job_complete(sib), 1);
    CHECK_INT(ac_job_complete(p), 1);
    CHECK_INT(STATE(p), COMPLETED);         /* a cancelled child is no failure */
    ac_job_release(sib);
    ac_job_release(c);
    ac_job_release(p);

    /* completing a child with a cancellation is no failure either */
    p = ac_job_new(NULL);
    c = ac_job_new(p);
    CHECK_INT(ac_job_complete_exceptionally(c, ac_error_new(&AC_CANCELLATION, "stop")), 1);
    CHECK_INT(STATE(c), CANCELLED);
    CHECK_INT(STATE(p), ACTIVE);
    ac_job_release(c);
    ac_job_cancel(p, NULL);
    ac_job_release(p);

    /* cancelling a completing job: its children are cancelled too */
    p = ac_job_new(NULL);
    c = ac_job_new(p);
    CHECK_INT(ac_job_complete(p), 1);
    CHECK_INT(ac_job_cancel(p, NULL), 1);
    CHECK_INT(STATE(c), CANCELLED);
    CHECK_INT(STATE(p), CANCELLED);
    ac_job_release(c);
    ac_job_release(p);

    ac_job_cancel(NULL, io("nobody"));      /* consumed */
}

/* A job cancelled while a child still runs is Cancelling: not active,
 * not completed, cancelled.  A completion handler of the child sees it. */
static ac_job *watched;
static int watched_state = -1;

static void watch_fn(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job, (void)cause, (void)arg;
    watched_state = STATE(watched);
}

static void test_cancelling(void)
{
    ac_job *p = ac_job_new(NULL), *c = ac_job_new(p);
    watched = p;
    CHECK_INT(ac_job_invoke_on_completion(c, watch_fn, NULL), 0);
    CHECK_INT(ac_job_cancel(p, NULL), 1);
    CHECK_INT(watched_state, CANCELLING);
    CHECK_INT(STATE(p), CANCELLED);
    ac_job_release(c);
    ac_job_release(p);

    /* the same while a failing child completes */
    p = ac_job_new(NULL);
    c = ac_job_new(p);
    watched = p;
    watched_state = -1;
    CHECK_INT(ac_job_invoke_on_completion(c, watch_fn, NULL), 0);
    CHECK_INT(ac_job_complete_exceptionally(c, io("boom")), 1);
    CHECK_INT(watched_state, CANCELLING);
    CHECK_INT(STATE(p), CANCELLED);
    ac_job_release(c);
    ac_job_release(p);
}

/* The same states held up by a coroutine child: run_blocking with the job
 * in its context makes its coroutine a child of it. */
typedef struct {
    ac_frame hdr;
    ac_job *parent;
    int cancel;
} child_frame;

static ac_status child_resume(ac_frame *self)
{
    T_FRAME(child_frame);
    ac_job *me = &self->coro->job;
    CHECK(ac_job_parent(me) == fr->parent);
    CHECK_INT(ac_job_children(fr->parent, NULL, 0), 1);
    if (fr->cancel) {
        CHECK_INT(ac_job_cancel(fr->parent, NULL), 1);
        CHECK_INT(STATE(fr->parent), CANCELLING);
        CHECK_INT(STATE(me), CANCELLING);
        CHECK_INT(ac_job_cancel(fr->parent, NULL), 0);
    } else {
        CHECK_INT(ac_job_complete(fr->parent), 1);
        CHECK_INT(STATE(fr->parent), COMPLETING);
        CHECK_INT(STATE(me), ACTIVE);
    }
    return AC_DONE;
}

static void test_coroutine_child(void)
{
    for (int cancel = 0; cancel < 2; cancel++) {
        ac_job *p = ac_job_new(NULL);
        child_frame *fr = T_NEW(child_frame, ac__coro_new(0), NULL, child_resume);
        CHECK(fr);
        fr->parent = p;
        fr->cancel = cancel;
        ac_error *err = ac__run_blocking(ac_ctx_job(p), &fr->hdr, NULL, 0);
        CHECK_INT(STATE(p), cancel ? CANCELLED : COMPLETED);
        CHECK_INT(ac_job_children(p, NULL, 0), 0);
        if (cancel) {
            /* the child was cancelled with the parent's own cause */
            ac_error *e = ac_job_get_cancellation_error(p);
            CHECK(err == e);
            CHECK_STR(ac_error_message(e), "Job was cancelled");
            ac_error_release(e);
        } else {
            CHECK(err == NULL);
        }
        ac_error_release(err);
        ac_job_release(p);
    }
}

/* Failure (rule 3): a failed job fails its parent and, through it, the
 * siblings; a supervisor takes no failure from its direct children. */
static void test_failure(void)
{
    t_log[0] = '\0';
    ac_job *g = ac_job_new(NULL), *p = ac_job_new(g), *c = ac_job_new(p);
    ac_job *sib = ac_job_new(p), *uncle = ac_job_new(g);
    probe pg, pp, pc, ps, pu;
    on_completion(g, &pg, "g");
    on_completion(p, &pp, "p");
    on_completion(c, &pc, "c");
    on_completion(sib, &ps, "sib");
    on_completion(uncle, &pu, "uncle");
    ac_error *boom = io("boom");
    CHECK_INT(ac_job_complete_exceptionally(c, ac_error_retain(boom)), 1);
    CHECK_INT(ac_job_complete_exceptionally(c, io("again")), 0);
    CHECK_INT(ac_job_complete(c), 0);
    ac_job *all[] = {g, p, c, sib, uncle};
    for (int i = 0; i < 5; i++)
        CHECK_INT(STATE(all[i]), CANCELLED);
    /* kotlinx's order: the failed job completes after it has notified
     * its parent, which cancelled the siblings on the way */
    CHECK_STR(t_log, "sib:JobCancellationException uncle:JobCancellationException "
                     "c:IOException p:IOException g:IOException");
    /* the failed jobs complete with the failure itself, the others with a
     * cancellation caused by it */
    CHECK(pc.cause == boom && pp.cause == boom && pg.cause == boom);
    CHECK(ac_error_is(ps.cause, &AC_JOB_CANCELLATION));
    CHECK(ac_error_cause(ps.cause) == boom);
    CHECK(ac_error_cause(pu.cause) == boom);
    for (int i = 0; i < 5; i++) {
        ac_error *e = ac_job_get_cancellation_error(all[i]);
        CHECK(ac_error_is(e, &AC_JOB_CANCELLATION));
        CHECK(ac_error_cause(e) == boom);
        ac_error_release(e);
    }
    CHECK_INT(ac_error_suppressed_count(boom), 0);
    ac_error_release(boom);
    for (int i = 4; i >= 0; i--)
        ac_job_release(all[i]);

    /* a failing cause given to cancel is a failure too */
    p = ac_job_new(NULL);
    c = ac_job_new(p);
    CHECK_INT(ac_job_cancel(c, io("io9")), 1);
    CHECK_INT(STATE(p), CANCELLED);
    ac_error *e = ac_job_get_cancellation_error(p);
    CHECK_STR(ac_error_message(ac_error_cause(e)), "io9");
    ac_error_release(e);
    ac_job_release(c);
    ac_job_release(p);

    /* a NULL failure is an illegal argument, still a failure */
    c = ac_job_new(NULL);
    on_completion(c, &pc, "c");
    CHECK_INT(ac_job_complete_exceptionally(c, NULL), 1);
    CHECK_INT(STATE(c), CANCELLED);
    CHECK(ac_error_type_of(pc.cause) == &AC_ILLEGAL_ARGUMENT);
    ac_job_release(c);
}

static void test_supervisor(void)
{
    ac_job *s = ac_supervisor_job_new(NULL);
    ac_job *a = ac_job_new(s), *b = ac_job_new(s);
    ac_job *p = ac_job_new(s), *pc = ac_job_new(p), *psib = ac_job_new(p);
    CHECK_INT(ac_job_complete_exceptionally(a, io("a")), 1);
    CHECK_INT(STATE(a), CANCELLED);
    CHECK_INT(STATE(s), ACTIVE);
    CHECK_INT(STATE(b), ACTIVE);
    /* a grandchild's failure fails its own parent (a direct child of the
     * supervisor) and that one's children, but not the supervisor */
    CHECK_INT(ac_job_complete_exceptionally(pc, io("pc")), 1);
    CHECK_INT(STATE(p), CANCELLED);
    CHECK_INT(STATE(psib), CANCELLED);
    CHECK_INT(STATE(s), ACTIVE);
    CHECK_INT(STATE(b), ACTIVE);
    ac_error *e = ac_job_get_cancellation_error(p);
    CHECK_STR(ac_error_message(ac_error_cause(e)), "pc");
    ac_error_release(e);
    {
        ac_job *kids[2];
        CHECK_INT(ac_job_children(s, kids, 2), 1);
        CHECK(kids[0] == b);
        ac_job_release(kids[0]);
    }
    CHECK_INT(ac_job_complete(b), 1);
    CHECK_INT(ac_job_complete(s), 1);
    CHECK_INT(STATE(s), COMPLETED);         /* its children's failures are theirs */
    ac_job *all[] = {psib, pc, p, b, a, s};
    for (int i = 0; i < 6; i++)
        ac_job_release(all[i]);

    /* a supervisor's cancellation still cancels its children (rule 2), and
     * a supervisor fails by its own failure */
    s = ac_supervisor_job_new(NULL);
    a = ac_job_new(s);
    CHECK_INT(ac_job_cancel(s, NULL), 1);
    CHECK_INT(STATE(a), CANCELLED);
    CHECK_INT(STATE(s), CANCELLED);
    ac_job_release(a);
    ac_job_release(s);

    /* a supervisor under a plain job passes its own failure up */
    p = ac_job_new(NULL);
    s = ac_supervisor_job_new(p);
    CHECK_INT(ac_job_complete_exceptionally(s, io("s")), 1);
    CHECK_INT(STATE(p), CANCELLED);
    ac_job_release(s);
    ac_job_release(p);
}

/* First failure wins: later failures are attached to it as suppressed, in
 * order, cancellations never.  The failures reach the parent while a
 * child still holds it in Cancelling (from the child's handler). */
static ac_job *agg_parent;
static ac_error *agg_e1;

static void aggregate_fn(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job, (void)cause, (void)arg;
    CHECK_INT(STATE(agg_parent), CANCELLING);
    CHECK_INT(ac_job_cancel(agg_parent, ac_error_retain(agg_e1)), 0);
    CHECK_INT(ac_job_cancel(agg_parent, ac_error_new(&AC_CANCELLATION, "c1")), 0);
    CHECK_INT(ac_job_cancel(agg_parent, ac_error_new(&AC_ARITHMETIC, "e2")), 0);
    CHECK_INT(ac_job_cancel(agg_parent, ac_error_retain(agg_e1)), 0);  /* once */
    CHECK_INT(ac_job_cancel(agg_parent, ac_error_new(&AC_ILLEGAL_STATE, "e3")), 0);
}

static void test_first_failure_wins(void)
{
    ac_job *g = ac_job_new(NULL);
    ac_job *p = ac_job_new(g), *c = ac_job_new(p);
    agg_parent = p;
    agg_e1 = io("e1");
    probe pp, pg;
    on_completion(p, &pp, "p");
    on_completion(g, &pg, "g");
    CHECK_INT(ac_job_invoke_on_completion(c, aggregate_fn, NULL), 0);
    ac_error *c0 = ac_error_new(&AC_CANCELLATION, "c0");
    CHECK_INT(ac_job_cancel(p, ac_error_retain(c0)), 1);
    CHECK_INT(STATE(p), CANCELLED);
    CHECK(pp.cause == agg_e1);              /* the failure beats c0 */
    CHECK_INT(ac_error_suppressed_count(agg_e1), 2);
    CHECK_STR(ac_error_message(ac_error_suppressed(agg_e1, 0)), "e2");
    CHECK_STR(ac_error_message(ac_error_suppressed(agg_e1, 1)), "e3");
    /* the failure, though late, failed the grandparent too */
    CHECK(pg.cause == agg_e1);
    CHECK_INT(STATE(g), CANCELLED);
    /* the child saw only the cancellation */
    ac_error *e = ac_job_get_cancellation_error(c);
    CHECK(e == c0);
    ac_error_release(e);
    ac_error_release(c0);
    ac_error_release(agg_e1);
    ac_job_release(c);
    ac_job_release(p);
    ac_job_release(g);

    /* only cancellations: the first one is the cause, nothing suppressed */
    p = ac_job_new(NULL);
    c = ac_job_new(p);
    on_completion(p, &pp, "p");
    c0 = ac_error_new(&AC_CANCELLATION, "c0");
    ac_error *c1 = ac_error_new(&AC_CANCELLATION, "c1");
    CHECK_INT(ac_job_cancel(c, ac_error_retain(c0)), 1);
    CHECK_INT(ac_job_cancel(p, ac_error_retain(c1)), 1);
    CHECK(pp.cause == c1);
    CHECK_INT(ac_error_suppressed_count(c1), 0);
    ac_error_release(c0);
    ac_error_release(c1);
    ac_job_release(c);
    ac_job_release(p);
}

/* The children list: direct children in the order they were attached,
 * completed ones gone, each returned as a new reference. */
static void test_children(void)
{
    ac_job *p = ac_job_new(NULL);
    ac_job *k[3];
    for (int i = 0; i < 3; i++)
        k[i] = ac_job_new(p);
    ac_job *g = ac_job_new(k[0]);
    CHECK(ac_job_parent(g) == k[0]);
    CHECK(ac_job_parent(ac_job_parent(g)) == p);

    ac_job *out[4] = {NULL, NULL, NULL, NULL};
    CHECK_INT(ac_job_children(p, out, 4), 3);
    for (int i = 0; i < 3; i++) {
        CHECK(out[i] == k[i]);              /* not g: no grandchildren */
        /* ours, the list's, out's, and g's on its parent */
        CHECK_INT(k[i]->refs, i == 0 ? 4 : 3);
        ac_job_release(out[i]);
        CHECK_INT(k[i]->refs, i == 0 ? 3 : 2);
    }
    CHECK(out[3] == NULL);
    /* a short array: the first ones, and the total */
    CHECK_INT(ac_job_children(p, out, 2), 3);
    CHECK(out[0] == k[0] && out[1] == k[1]);
    ac_job_release(out[0]);
    ac_job_release(out[1]);
    CHECK_INT(ac_job_children(p, NULL, 5), 3);
    CHECK_INT(ac_job_children(k[0], out, 4), 1);
    CHECK(out[0] == g);
    ac_job_release(out[0]);
    CHECK_INT(ac_job_children(NULL, out, 4), 0);

    /* completed and cancelled children drop out */
    CHECK_INT(ac_job_complete(k[1]), 1);
    CHECK_INT(ac_job_children(p, out, 4), 2);
    CHECK(out[0] == k[0] && out[1] == k[2]);
    ac_job_release(out[0]);
    ac_job_release(out[1]);
    CHECK_INT(ac_job_cancel(k[2], NULL), 1);
    CHECK_INT(ac_job_children(p, out, 4), 1);
    CHECK(out[0] == k[0]);
    ac_job_release(out[0]);
    /* a completing child is still a child */
    CHECK_INT(ac_job_complete(k[0]), 1);
    CHECK_INT(ac_job_children(p, NULL, 0), 1);
    CHECK_INT(ac_job_complete(g), 1);
    CHECK_INT(ac_job_children(p, NULL, 0), 0);
    CHECK_INT(ac_job_children(k[0], NULL, 0), 0);
    ac_job_release(g);
    for (int i = 0; i < 3; i++) {
        CHECK_INT(k[i]->refs, 1);
        ac_job_release(k[i]);
    }

    /* a child of a completed parent is cancelled at once, never listed */
    CHECK_INT(ac_job_complete(p), 1);
    ac_job *late = ac_job_new(p);
    CHECK(ac_job_parent(late) == p);
    CHECK_INT(STATE(late), CANCELLED);
    CHECK_INT(STATE(p), COMPLETED);
    CHECK_INT(ac_job_children(p, NULL, 0), 0);
    ac_job_release(late);
    ac_job_release(p);

    /* ... of a failed one, with a cancellation caused by the failure */
    p = ac_job_new(NULL);
    ac_error *boom = io("boom");
    ac_job_complete_exceptionally(p, ac_error_retain(boom));
    late = ac_job_new(p);
    CHECK_INT(STATE(late), CANCELLED);
    ac_error *e = ac_job_get_cancellation_error(late);
    CHECK(ac_error_is(e, &AC_JOB_CANCELLATION));
    CHECK(ac_error_cause(e) == boom);
    ac_error_release(e);
    ac_error_release(boom);
    ac_job_release(late);
    ac_job_release(p);
}

/* A child attached while its parent is cancelling is cancelled with the
 * parent's cause at once (kotlinx: active=false completed=true). */
static ac_job *attach_parent;
static ac_job *attached;

static void attach_fn(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job, (void)cause, (void)arg;
    attached = ac_job_new(attach_parent);
}

static void test_attach_to_cancelling(void)
{
    ac_job *p = ac_job_new(NULL), *c = ac_job_new(p);
    attach_parent = p;
    CHECK_INT(ac_job_invoke_on_completion(c, attach_fn, NULL), 0);
    ac_error *why = ac_error_new(&AC_CANCELLATION, "c6");
    ac_job_cancel(p, ac_error_retain(why));
    CHECK(attached);
    CHECK(ac_job_parent(attached) == p);
    CHECK_INT(STATE(attached), CANCELLED);
    ac_error *e = ac_job_get_cancellation_error(attached);
    CHECK(e == why);
    ac_error_release(e);
    CHECK_INT(STATE(p), CANCELLED);
    ac_error_release(why);
    ac_job_release(attached);
    ac_job_release(c);
    ac_job_release(p);
}

/* Handlers: once, in registration order, after the children's, with the
 * final cause; at once when the job has completed. */
static int nested_runs;

static void nested_fn(ac_job *job, const ac_error *cause, void *arg)
{
    (void)cause;
    nested_runs++;
    /* registering from a handler of a completed job runs it at once */
    if (arg)
        CHECK_INT(ac_job_invoke_on_completion(job, nested_fn, NULL), 0);
}

static void test_handlers(void)
{
    t_log[0] = '\0';
    ac_job *p = ac_job_new(NULL), *c = ac_job_new(p);
    probe h1, h2, h3, hc, late;
    on_completion(p, &h1, "p1");
    on_completion(c, &hc, "c");
    on_completion(p, &h2, "p2");
    on_completion(p, &h3, "p3");
    CHECK_INT(ac_job_complete(p), 1);
    CHECK_STR(t_log, "");
    t_logf("completing");
    CHECK_INT(ac_job_complete(c), 1);
    CHECK_STR(t_log, "completing c:ok p1:ok p2:ok p3:ok");
    CHECK(h1.cause == NULL && h1.job == p);
    on_completion(p, &late, "late");        /* runs now */
    CHECK_INT(late.runs, 1);
    CHECK_STR(t_log, "completing c:ok p1:ok p2:ok p3:ok late:ok");
    CHECK_INT(ac_job_invoke_on_completion(p, nested_fn, &nested_runs), 0);
    CHECK_INT(nested_runs, 2);
    CHECK_INT(ac_job_cancel(p, NULL), 0);
    CHECK_INT(h1.runs + h2.runs + h3.runs + hc.runs + late.runs, 5);
    ac_job_release(c);
    ac_job_release(p);

    /* cancellation and failure causes; a handler of a cancelled job */
    t_log[0] = '\0';
    p = ac_job_new(NULL);
    on_completion(p, &h1, "p");
    ac_job_cancel(p, NULL);
    CHECK(ac_error_type_of(h1.cause) == &AC_JOB_CANCELLATION);
    on_completion(p, &late, "late");
    CHECK(late.cause == h1.cause);
    ac_job_release(p);
    p = ac_job_new(NULL);
    on_completion(p, &h1, "p");
    ac_error *boom = io("boom");
    ac_job_complete_exceptionally(p, ac_error_retain(boom));
    CHECK(h1.cause == boom);
    on_completion(p, &late, "late");
    CHECK(late.cause == boom);
    CHECK_STR(t_log, "p:JobCancellationException late:JobCancellationException "
                     "p:IOException late:IOException");
    ac_error_release(boom);
    ac_job_release(p);

    /* refused: no job, no function, no memory (the handler never runs) */
    CHECK_INT(ac_job_invoke_on_completion(NULL, probe_fn, &h1), -1);
    p = ac_job_new(NULL);
    CHECK_INT(ac_job_invoke_on_completion(p, NULL, NULL), -1);
    h1.runs = 0;
    ac__test_fail_alloc_after(0);
    CHECK_INT(ac_job_invoke_on_completion(p, probe_fn, &h1), -1);
    ac__test_fail_alloc(-1, 0);
    ac_job_complete(p);
    CHECK_INT(h1.runs, 0);
    ac_job_release(p);
}

static void test_cancellation_error(void)
{
    ac_job *j = ac_job_new(NULL);
    ac_error *e = ac_job_get_cancellation_error(j);
    CHECK(ac_error_type_of(e) == &AC_ILLEGAL_STATE);
    CHECK_CONTAINS(ac_error_message(e), "still new or active");
    ac_error_release(e);
    ac_job_cancel(j, NULL);
    e = ac_job_get_cancellation_error(j);
    CHECK(ac_error_type_of(e) == &AC_JOB_CANCELLATION);
    CHECK_STR(ac_error_message(e), "Job was cancelled");
    CHECK(ac_error_cause(e) == NULL);
    ac_error *again = ac_job_get_cancellation_error(j);
    CHECK(again == e);                      /* the recorded cause itself */
    ac_error_release(again);
    ac_error_release(e);
    ac_job_release(j);

    j = ac_job_new(NULL);
    ac_error *boom = io("boom");
    ac_job_complete_exceptionally(j, ac_error_retain(boom));
    e = ac_job_get_cancellation_error(j);
    CHECK(ac_error_is(e, &AC_JOB_CANCELLATION));
    CHECK(ac_error_cause(e) == boom);
    ac_error_release(e);
    ac_error_release(boom);
    ac_job_release(j);

    e = ac_job_get_cancellation_error(NULL);
    CHECK(ac_error_type_of(e) == &AC_ILLEGAL_ARGUMENT);
    ac_error_release(e);
}

/* cancel_children: the children go, the parent stays active and usable. */
static void test_cancel_children(void)
{
    ac_job *p = ac_job_new(NULL);
    ac_job *a = ac_job_new(p), *a1 = ac_job_new(a), *b = ac_job_new(p);
    ac_job_cancel_children(p, NULL);
    CHECK_INT(STATE(a), CANCELLED);
    CHECK_INT(STATE(a1), CANCELLED);
    CHECK_INT(STATE(b), CANCELLED);
    CHECK_INT(STATE(p), ACTIVE);
    CHECK_INT(ac_job_children(p, NULL, 0), 0);
    ac_error *e = ac_job_get_cancellation_error(a);
    CHECK_STR(ac_error_message(e), "Job was cancelled");
    ac_error_release(e);

    ac_job *c = ac_job_new(p);
    CHECK_INT(STATE(c), ACTIVE);
    ac_error *why = ac_error_new(&AC_CANCELLATION, "why");
    ac_job_cancel_children(p, ac_error_retain(why));
    e = ac_job_get_cancellation_error(c);
    CHECK(e == why);
    ac_error_release(e);
    ac_error_release(why);
    CHECK_INT(STATE(p), ACTIVE);
    ac_job_cancel_children(p, io("no children: released"));
    CHECK_INT(ac_job_complete(p), 1);
    CHECK_INT(STATE(p), COMPLETED);
    ac_job *all[] = {c, b, a1, a, p};
    for (int i = 0; i < 5; i++)
        ac_job_release(all[i]);
    ac_job_cancel_children(NULL, NULL);
}

/* References: a child keeps its parent, a parent its unfinished children;
 * the last release frees. */
static void test_refcount(void)
{
    ac_job *p = ac_job_new(NULL);
    CHECK(ac_job_retain(p) == p);
    CHECK_INT(p->refs, 2);
    ac_job_release(p);
    CHECK_INT(p->refs, 1);
    ac_job_release(NULL);
    CHECK(ac_job_retain(NULL) == NULL);

    ac_job *c = ac_job_new(p);
    CHECK_INT(p->refs, 2);                  /* ours and the child's */
    ac_job_release(p);                      /* the child keeps it */
    CHECK_INT(STATE(p), ACTIVE);
    CHECK_INT(ac_job_complete(p), 1);
    CHECK_INT(STATE(p), COMPLETING);

    /* a released child that has not completed stays the parent's */
    ac_job *d = ac_job_new(p);
    ac_job_release(d);
    ac_job *out[2];
    CHECK_INT(ac_job_children(p, out, 2), 2);
    CHECK(out[0] == c && out[1] == d);
    ac_job_release(out[0]);
    ac_job_release(out[1]);
    CHECK_INT(ac_job_complete(c), 1);
    CHECK_INT(STATE(p), COMPLETING);
    CHECK_INT(ac_job_cancel(d, NULL), 1);   /* frees d, then p */
    CHECK_INT(STATE(c), COMPLETED);
    CHECK(ac_job_parent(c) == p);
    CHECK_INT(STATE(ac_job_parent(c)), COMPLETED);
    ac_job_release(c);                      /* frees c */

    /* out of memory: NULL */
    ac__test_fail_alloc_after(0);
    CHECK(ac_job_new(NULL) == NULL);
    CHECK(ac_supervisor_job_new(NULL) == NULL);
    ac__test_fail_alloc(-1, 0);
}

int main(void)
{
    test_complete();
    test_completing();
    test_cancel();
    test_cancelling();
    test_coroutine_child();
    test_failure();
    test_supervisor();
    test_first_failure_wins();
    test_children();
    test_attach_to_cancelling();
    test_handlers();
    test_cancellation_error();
    test_cancel_children();
    test_refcount();
    CHECK_NO_LEAK();
    return 0;
}
