/* Scopes: the join waits for every child (also children launched while it
 * waits, and grandchildren in nested scopes), an empty scope completes at
 * once, and close releases the children. */
#include "frames.h"

static int counter;

/* void bump(int64_t ms): delay(ms); counter++; */
typedef struct {
    ac_frame hdr;
    int64_t ms;
} bump_frame;

static ac_status bump_resume(ac_frame *self)
{
    T_FRAME(bump_frame);
    switch (self->state) {
    case 0:
        T_CALL(fr, 1, ac_delay__ac_new(self->coro, NULL, fr->ms));
        counter++;
        t_logf("bump%d", (int)fr->ms);
    }
    return AC_DONE;
}

static ac_frame *bump__ac_new(ac_coro *co, void *res, int64_t ms)
{
    bump_frame *fr = T_NEW(bump_frame, co, res, bump_resume);
    if (!fr)
        return NULL;
    fr->ms = ms;
    return &fr->hdr;
}

/* void nest(ac_scope *outer): own scope with a grandchild; also launches
 * a sibling into the outer scope, late. */
typedef struct {
    ac_frame hdr;
    ac_scope *outer;
    ac_scope *scope;
} nest_frame;

static ac_status nest_resume(ac_frame *self)
{
    T_FRAME(nest_frame);
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, bump__ac_new(ac__coro_new(0), NULL, 25)));
        T_CALL(fr, 1, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        t_logf("nest-joined");
        CHECK_INT(ac__scope_close(fr->scope, self), AC_DONE);
        /* the outer scope is still waiting: it must wait for this one too */
        CHECK(ac__launch(fr->outer, NULL, AC_START_DEFAULT, 0, bump__ac_new(ac__coro_new(0), NULL, 30)));
    }
    return AC_DONE;
}

static ac_frame *nest__ac_new(ac_coro *co, void *res, ac_scope *outer)
{
    nest_frame *fr = T_NEW(nest_frame, co, res, nest_resume);
    if (!fr)
        return NULL;
    fr->outer = outer;
    return &fr->hdr;
}

/* void big(void): a 4 KiB frame (the arena needs a heap chunk), yield. */
typedef struct {
    ac_frame hdr;
    char data[4096];
} big_frame;

static ac_status big_resume(ac_frame *self)
{
    T_FRAME(big_frame);
    switch (self->state) {
    case 0:
        memset(fr->data, 1, sizeof fr->data);
        T_CALL(fr, 1, ac_yield__ac_new(self->coro, NULL));
        t_logf("big");
    }
    return AC_DONE;
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope, *empty;
    ac_job *jobs[4], *big;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        /* an empty scope: the join completes at once */
        ac__scope_open(&fr->empty, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(co->cur == ac_scope_job(fr->empty));
        {
            ac_frame *j = ac__scope_join__ac_new(co, NULL, fr->empty);
            self->state = 1;
            CHECK_INT(ac__call(self, j), AC_DONE);
        }
        CHECK_INT(ac__scope_close(fr->empty, self), AC_DONE);
        CHECK(co->cur == &co->job);

        /* a completed child gives its arena chunks back at once, though
         * its handle lives until the scope closes */
        ac__scope_open(&fr->empty, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        fr->big = ac__launch(fr->empty, NULL, AC_START_DEFAULT, 0, ac__frame_alloc(ac__coro_new(0), sizeof(big_frame),
                                                          big_resume, NULL));
        CHECK(ac__stat.chunk_allocs > ac__stat.chunk_frees);
        T_CALL(fr, 3, ac__scope_join__ac_new(co, NULL, fr->empty));
        CHECK(ac_job_is_completed(fr->big));
        CHECK_INT(ac__stat.chunk_allocs, ac__stat.chunk_frees);
        CHECK_INT(ac__scope_close(fr->empty, self), AC_DONE);

        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac_job_parent(ac_scope_job(fr->scope)) == &co->job);
        fr->jobs[0] = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, bump__ac_new(ac__coro_new(0), NULL, 15));
        fr->jobs[1] = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, bump__ac_new(ac__coro_new(0), NULL, 5));
        fr->jobs[2] = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, bump__ac_new(ac__coro_new(0), NULL, 10));
        fr->jobs[3] = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, nest__ac_new(ac__coro_new(0), NULL, fr->scope));
        CHECK_INT(t_children(fr->scope), 4);
        /* children, in the order they were launched */
        {
            ac_job *kids[4];
            CHECK_INT(ac_job_children(ac_scope_job(fr->scope), kids, 4), 4);
            for (int i = 0; i < 4; i++) {
                CHECK(kids[i] == fr->jobs[i]);
                CHECK(ac_job_parent(kids[i]) == ac_scope_job(fr->scope));
                ac_job_release(kids[i]);
            }
        }
        CHECK_INT(fr->jobs[0]->refs, 3);    /* running + scope + parent */
        T_CALL(fr, 2, ac__scope_join__ac_new(co, NULL, fr->scope));
        t_logf("joined");
        CHECK_INT(counter, 5);
        CHECK_INT(t_children(fr->scope), 0);
        for (int i = 0; i < 4; i++) {
            CHECK(ac_job_is_completed(fr->jobs[i]));
            CHECK_INT(fr->jobs[i]->refs, 1);  /* only the scope's */
        }
        CHECK_INT(ac__scope_close(fr->scope, self), AC_DONE);
        CHECK(co->cur == &co->job);
        CHECK_INT(co->loop->live, 1);       /* just us */
    }
    return AC_DONE;
}

int main(void)
{
    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(root_frame), root_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
    CHECK_STR(t_log, "big bump5 bump10 bump15 bump25 nest-joined bump30 joined");
    CHECK_NO_LEAK();
    return 0;
}
