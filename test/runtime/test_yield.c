/* ac_yield: three coroutines that yield take turns, round robin, and the
 * launcher's scope join resumes after the last one. */
#include "frames.h"

/* void turns(const char *name, int n): n times: log, yield. */
typedef struct {
    ac_frame hdr;
    const char *name;
    int i, n;
} turns_frame;

static ac_status turns_resume(ac_frame *self)
{
    T_FRAME(turns_frame);
    switch (self->state) {
    case 0:
        for (fr->i = 0; fr->i < fr->n; fr->i++) {
            t_logf("%s%d", fr->name, fr->i);
            T_CALL(fr, 1, ac_yield__ac_new(self->coro, NULL));
        }
    }
    return AC_DONE;
}

static ac_frame *turns__ac_new(ac_coro *co, void *res, const char *name, int n)
{
    turns_frame *fr = T_NEW(turns_frame, co, res, turns_resume);
    if (!fr)
        return NULL;
    fr->name = name;
    fr->n = n;
    return &fr->hdr;
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, turns__ac_new(ac__coro_new(0), NULL, "a", 3)));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, turns__ac_new(ac__coro_new(0), NULL, "b", 3)));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, turns__ac_new(ac__coro_new(0), NULL, "c", 3)));
        t_logf("root-wait");
        T_CALL(fr, 1, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        t_logf("root-done");
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

/* A lone yield also suspends once and comes back. */
typedef struct {
    ac_frame hdr;
    uint64_t enq;
} lone_frame;

static ac_status lone_resume(ac_frame *self)
{
    T_FRAME(lone_frame);
    switch (self->state) {
    case 0:
        fr->enq = ac__stat.enqueues;
        T_CALL(fr, 1, ac_yield__ac_new(self->coro, NULL));
        CHECK_INT(ac__stat.enqueues, fr->enq + 1);
        t_logf("lone");
    }
    return AC_DONE;
}

/* Timers fire even while coroutines keep yielding: a busy coroutine that
 * yields in a loop does not starve a delay. */
typedef struct {
    ac_frame hdr;
    ac_job *timer;
    int64_t start;
    int spins;
} busy_frame;

static ac_status busy_resume(ac_frame *self)
{
    T_FRAME(busy_frame);
    switch (self->state) {
    case 0:
        fr->start = ac__now_ns();
        while (!ac_job_is_completed(fr->timer)) {
            if (ac__now_ns() - fr->start > 2000 * 1000000LL) {
                t_logf("starved");
                return AC_DONE;
            }
            fr->spins++;
            T_CALL(fr, 1, ac_yield__ac_new(self->coro, NULL));
        }
        CHECK(fr->spins > 1);
        t_logf("busy-done");
    }
    return AC_DONE;
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope;
} fair_frame;

static ac_status fair_resume(ac_frame *self)
{
    T_FRAME(fair_frame);
    switch (self->state) {
    case 0: {
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        ac_job *timer = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 5, "timer"));
        busy_frame *b = T_NEW(busy_frame, ac__coro_new(0), NULL, busy_resume);
        CHECK(timer && b);
        b->timer = timer;
        b->spins = 0;
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, &b->hdr));
    }
        T_CALL(fr, 1, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

int main(void)
{
    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(root_frame), root_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
    CHECK_STR(t_log, "root-wait a0 b0 c0 a1 b1 c1 a2 b2 c2 root-done");

    t_log[0] = '\0';
    root = ac__frame_alloc(ac__coro_new(0), sizeof(lone_frame), lone_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
    CHECK_STR(t_log, "lone");

    t_log[0] = '\0';
    root = ac__frame_alloc(ac__coro_new(0), sizeof(fair_frame), fair_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
    CHECK_STR(t_log, "timer busy-done");
    CHECK_NO_LEAK();
    return 0;
}
