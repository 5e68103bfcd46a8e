/* Out of memory anywhere: a scenario with launches, asyncs, delays, yields,
 * scopes and deep frames is run with the first, second, ... allocation
 * failing (alone, and with every later one too).  Each run returns
 * OutOfMemoryError or the right result, and leaks nothing. */
#include "frames.h"

/* int depth(int n): n == 0 ? (delay(1), yield, 0) : depth(n - 1) + 1,
 * with 600-byte frames so the arena needs heap chunks. */
typedef struct {
    ac_frame hdr;
    int n, tmp;
    char pad[600];
} depth_frame;

static ac_frame *depth__ac_new(ac_coro *co, int *res, int n);

static ac_status depth_resume(ac_frame *self)
{
    T_FRAME(depth_frame);
    switch (self->state) {
    case 0:
        if (fr->n > 0) {
            T_CALL(fr, 1, depth__ac_new(self->coro, &fr->tmp, fr->n - 1));
            *(int *)self->result = fr->tmp + 1;
            return AC_DONE;
        }
        T_CALL(fr, 2, ac_delay__ac_new(self->coro, NULL, 1));
        T_CALL(fr, 3, ac_yield__ac_new(self->coro, NULL));
        *(int *)self->result = 0;
    }
    return AC_DONE;
}

static ac_frame *depth__ac_new(ac_coro *co, int *res, int n)
{
    depth_frame *fr = T_NEW(depth_frame, co, res, depth_resume);
    if (!fr)
        return NULL;
    fr->n = n;
    return &fr->hdr;
}

/* int root(void): three deep children and an async one in a scope. */
typedef struct {
    ac_frame hdr;
    ac_scope *scope;
    ac_deferred *d;
    void *p;
    int own, awaited;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        if (ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL) < 0)
            return AC_THROW;
        for (int i = 0; i < 3; i++)
            if (!ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, depth__ac_new(ac__coro_new(0), NULL, 10 * (i + 1)))) {
                ac__builder_failed(self);
                goto failed;
            }
        fr->d = ac__async(fr->scope, NULL, AC_START_DEFAULT, 0, depth__ac_new(ac__coro_new(sizeof(int)), NULL, 5));
        if (!fr->d) {
            ac__builder_failed(self);
            goto failed;
        }
        T_CALL_H(fr, 1, depth__ac_new(co, &fr->own, 3), failed);
        T_CALL_H(fr, 2, ac__await_ptr__ac_new(co, &fr->p, fr->d), failed);
        fr->awaited = *(int *)fr->p;
        if (0) {
    failed:     /* what generated code does when a scope's body throws */
            ac__scope_fail(fr->scope, self);
        }
        T_CALL(fr, 3, ac__scope_join__ac_new(co, NULL, fr->scope));
        {
            ac_status st = ac__scope_close(fr->scope, self);
            if (st != AC_DONE)
                return st;
        }
        *(int *)self->result = fr->own * 100 + fr->awaited;
    }
    return AC_DONE;
}

/* void full(void): a root frame that fills the arena's first chunk, so
 * that the scope block it opens needs a new chunk for its join frame.
 * That frame is reserved when the block opens: when it cannot be had, the
 * open fails (nothing to wait for yet), never the exit, which must wait
 * for the children before the block can close. */
static ac_status full_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        if (ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL) < 0)
            return AC_THROW;
        if (!ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, depth__ac_new(ac__coro_new(0), NULL, 2))) {
            ac__builder_failed(self);
            ac__scope_fail(fr->scope, self);
        }
        T_CALL(fr, 1, ac__scope_join__ac_new(co, NULL, fr->scope));
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

static ac_error *full_scenario(void)
{
    return ac__run_blocking(NULL, ac__frame_alloc(ac__coro_new(0), AC__FIRST_CHUNK, full_resume, NULL),
                            NULL, 0);
}

static ac_error *scenario(int *out)
{
    return ac__run_blocking(NULL, ac__frame_alloc(ac__coro_new(sizeof(int)), sizeof(root_frame),
                                            root_resume, NULL), out, sizeof *out);
}

int main(void)
{
    /* a NULL root is the builder's allocation failure */
    CHECK(ac__run_blocking(NULL, NULL, NULL, 0) == ac__error_oom());

    int out = 0;
    uint64_t before = ac__stat.mallocs;
    CHECK(scenario(&out) == NULL);
    CHECK_INT(out, 305);
    long total = (long)(ac__stat.mallocs - before);
    CHECK(total > 15);
    CHECK_NO_LEAK();

    /* every allocation of full_scenario failing in turn */
    before = ac__stat.mallocs;
    CHECK(full_scenario() == NULL);
    long full_total = (long)(ac__stat.mallocs - before);
    CHECK_NO_LEAK();
    for (long n = 0; n < full_total; n++) {
        ac__test_fail_alloc(n, 1);
        ac_error *err = full_scenario();
        ac__test_fail_alloc(-1, 0);
        CHECK(err && ac_error_type_of(err) == &AC_OUT_OF_MEMORY);
        ac_error_free(err);
        CHECK_NO_LEAK();
    }

    for (int mode = 0; mode < 2; mode++) {
        for (long n = 0; n <= total; n++) {
            out = -1;
            ac__test_fail_alloc(n, mode == 0 ? 1 : -1);
            ac_error *err = scenario(&out);
            ac__test_fail_alloc(-1, 0);
            if (n < total) {
                if (!err || ac_error_type_of(err) != &AC_OUT_OF_MEMORY) {
                    fprintf(stderr, "mode %d, allocation %ld failing: %s\n", mode, n,
                            err ? ac_error_message(err) : "no error");
                    return 1;
                }
                CHECK_INT(out, -1);
                ac_error_free(err);
            } else {
                CHECK(err == NULL);
                CHECK_INT(out, 305);
            }
            CHECK_NO_LEAK();
        }
    }
    return 0;
}
