/* ac_delay: delays 30, 10, 20 ms end in the order 10, 20, 30, each after at
 * least its time; delay(0) and negative delays do not suspend. */
#include "frames.h"

#include <time.h>

/* void timed(int64_t ms, const char *name): delay(ms), checking the time. */
typedef struct {
    ac_frame hdr;
    int64_t ms, start;
    const char *name;
} timed_frame;

static ac_status timed_resume(ac_frame *self)
{
    T_FRAME(timed_frame);
    switch (self->state) {
    case 0:
        fr->start = ac__now_ns();
        T_CALL(fr, 1, ac_delay__ac_new(self->coro, NULL, fr->ms));
        CHECK(ac__now_ns() - fr->start >= fr->ms * 1000000);
        t_logf("%s", fr->name);
    }
    return AC_DONE;
}

static ac_frame *timed__ac_new(ac_coro *co, void *res, int64_t ms, const char *name)
{
    timed_frame *fr = T_NEW(timed_frame, co, res, timed_resume);
    if (!fr)
        return NULL;
    fr->ms = ms;
    fr->name = name;
    return &fr->hdr;
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope;
    int64_t start;
} order_frame;

static ac_status order_resume(ac_frame *self)
{
    T_FRAME(order_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        fr->start = ac__now_ns();
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, timed__ac_new(ac__coro_new(0), NULL, 30, "30")));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, timed__ac_new(ac__coro_new(0), NULL, 10, "10")));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, timed__ac_new(ac__coro_new(0), NULL, 20, "20")));
        /* equal deadlines keep the order the delays started in */
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 40, "40a")));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 40, "40b")));
        T_CALL(fr, 1, ac__scope_join__ac_new(co, NULL, fr->scope));
        CHECK_INT(ac__scope_close(fr->scope, self), AC_DONE);
        int64_t elapsed = ac__now_ns() - fr->start;
        CHECK(elapsed >= 40 * 1000000);
        CHECK(elapsed < 5000 * 1000000LL);  /* not stuck in a long sleep */
    }
    return AC_DONE;
}

typedef struct {
    ac_frame hdr;
} zero_frame;

static ac_status zero_resume(ac_frame *self)
{
    ac_coro *co = self->coro;
    uint64_t enq = ac__stat.enqueues;
    int64_t values[] = {0, -5, INT64_MIN};
    for (int i = 0; i < 3; i++) {
        ac_frame *d = ac_delay__ac_new(co, NULL, values[i]);
        CHECK(d);
        self->state = 1;
        CHECK_INT(ac__call(self, d), AC_DONE);    /* no suspension */
        CHECK(co->frames.top == self);
    }
    CHECK_INT(ac__stat.enqueues, enq);
    CHECK_INT(co->loop->timers.n, 0);
    t_logf("zero");
    return AC_DONE;
}

int main(void)
{
    /* twice: the second run, warm, also checks that the loop sleeps until
     * the next timer rather than spinning */
    for (int run = 0; run < 2; run++) {
        t_log[0] = '\0';
        ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(order_frame), order_resume, NULL);
        clock_t cpu = clock();
        int64_t wall = ac__now_ns();
        CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
        double cpu_ms = (double)(clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        double wall_ms = (double)(ac__now_ns() - wall) / 1e6;
        CHECK_STR(t_log, "10 20 30 40a 40b");
        if (run == 1) {
            fprintf(stderr, "40 ms of delays: %.1f ms wall, %.1f ms CPU\n", wall_ms, cpu_ms);
            CHECK(cpu_ms < wall_ms / 2);
        }
    }

    t_log[0] = '\0';
    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(zero_frame), zero_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
    CHECK_STR(t_log, "zero");
    CHECK_NO_LEAK();
    return 0;
}
