/* ac_run_test's virtual clock (vtime.c): the context element, timers armed
 * on a test loop's clock, ac__vtime_idle moving the clock to the earliest
 * timer (never to "forever", never while a coroutine is away), and a run
 * of hours of delays that takes no real time, in deadline then arming
 * order. */
#include "frames.h"

static void fired(ac__timer *t)
{
    t_logf("%lld", (long long)(t->deadline / 1000000));
}

static void unit_idle(void)
{
    ac__loop l;
    CHECK_INT(ac__loop_init(&l), 0);
    l.vtime = true;
    CHECK(!ac__vtime_idle(&l));                 /* nothing at all: stuck */
    ac__timer a = {.fire = fired}, b = {.fire = fired}, c = {.fire = fired},
              never = {.fire = fired};
    CHECK_INT(ac__loop_add_timer(&l, &a, 3600 * 1000), 0);
    CHECK_INT(ac__loop_add_timer(&l, &b, 20), 0);
    CHECK_INT(ac__loop_add_timer(&l, &never, INT64_MAX), 0);
    CHECK(b.deadline == 20 * 1000000LL);        /* virtual: from 0 */
    CHECK(never.deadline == INT64_MAX);
    atomic_store(&l.away, 1);
    CHECK(!ac__vtime_idle(&l));                 /* waits for the away one */
    CHECK(ac__loop_now(&l) == 0);
    atomic_store(&l.away, 0);
    CHECK(ac__vtime_idle(&l));
    CHECK(ac__loop_now(&l) == 20 * 1000000LL);
    CHECK(ac__vtime_idle(&l));                  /* b not fired: stays */
    CHECK(ac__loop_now(&l) == 20 * 1000000LL);
    ac__loop_remove_timer(&b);
    CHECK_INT(ac__loop_add_timer(&l, &c, 5), 0);
    CHECK(c.deadline == 25 * 1000000LL);        /* from the virtual now */
    ac__loop_remove_timer(&c);
    CHECK(ac__vtime_idle(&l));
    CHECK(ac__loop_now(&l) == 3600 * 1000 * 1000000LL);
    ac__loop_remove_timer(&a);
    CHECK(!ac__vtime_idle(&l));                 /* only "forever" is left */
    CHECK(ac__loop_now(&l) == 3600 * 1000 * 1000000LL);
    ac__loop_remove_timer(&never);
    ac__timer_heap_free(&l.timers);
    pthread_mutex_destroy(&l.mu);
    pthread_cond_destroy(&l.cv);
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope;
} order_frame;

static ac_status order_resume(ac_frame *self)
{
    T_FRAME(order_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        CHECK(co->loop->vtime);
        CHECK_INT(ac_test_current_time(), 0);
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 7200000, "2h-a")));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 10, "10ms")));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 7200000, "2h-b")));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 3600000, "1h")));
        T_CALL(fr, 1, ac__scope_join__ac_new(co, NULL, fr->scope));
        CHECK_INT(ac__scope_close(fr->scope, self), AC_DONE);
        CHECK_INT(ac_test_current_time(), 7200000);
        CHECK(ac__loop_now(co->loop) == 7200000 * 1000000LL);
    }
    return AC_DONE;
}

int main(void)
{
    CHECK(!ac__ctx_is_test(NULL));
    ac_ctx *t = ac_ctx_test_clock();
    CHECK(ac__ctx_is_test(t));
    ac_ctx *named = ac_coroutine_name("x");
    CHECK(!ac__ctx_is_test(named));
    ac_ctx *both = ac_ctx_plus(named, ac_ctx_retain(t));
    CHECK(ac__ctx_is_test(both));
    ac_ctx_release(both);
    CHECK_INT(ac_test_current_time(), -1);

    t_log[0] = '\0';
    unit_idle();
    CHECK_STR(t_log, "");                       /* idle moves, run() fires */

    int64_t wall = ac__now_ns();
    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(order_frame), order_resume, NULL);
    CHECK(ac__run_blocking(t, root, NULL, 0) == NULL);
    CHECK_STR(t_log, "10ms 1h 2h-a 2h-b");
    CHECK(ac__now_ns() - wall < 5000 * 1000000LL); /* hours in no time */
    CHECK_INT(ac_test_current_time(), -1);
    CHECK_NO_LEAK();
    return 0;
}
