// Conformance pair of chan_cancel_atomic.kt: channel operations are atomically cancellable; a
// receive that got its element returns it even if its coroutine was cancelled meanwhile, a
// cancelled receive or send that moved nothing throws and leaves the channel as it was.
// RUN: %conformance
#include "conf.h"

SUSPEND static void fast_path(ac_channel *ch)
{
    ac_job_cancel(ac_current_job(), NULL);
    int v;
    ac_channel_receive(ch, &v);
    printf("fast path receive %d\n", v);
    ac_try {
        ac_yield();
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("then cancelled at yield\n");
    }
}

SUSPEND static void handed_over(ac_channel *rv)
{
    ac_try {
        int v;
        ac_channel_receive(rv, &v);
        printf("handed-over receive %d\n", v);
        ac_delay(10);
        printf("not reached\n");
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("receiver cancelled after receiving\n");
    }
}

SUSPEND static void waiting_receive(ac_channel *rv)
{
    ac_try {
        int v;
        ac_channel_receive(rv, &v);
        printf("not reached\n");
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("waiting receive cancelled\n");
    }
}

SUSPEND static void waiting_send(ac_channel *rv)
{
    ac_try {
        ac_channel_send(rv, &(int){3});
        printf("not reached\n");
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("waiting send cancelled\n");
    }
}

SUSPEND static void late(ac_channel *rv)
{
    int v;
    ac_channel_receive(rv, &v);
    printf("late receiver got %d\n", v);
}

SUSPEND static void body(void)
{
    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_UNLIMITED);
    ac_channel *rv = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_coroutine_scope(s) {
        ac_channel_send(ch, &(int){1});
        ac_join(ac_launch(s, fast_path(ch)));

        ac_job *r = ac_launch(s, handed_over(rv));
        ac_yield();
        ac_channel_send(rv, &(int){2});
        ac_job_cancel(r, NULL);
        ac_join(r);

        ac_job *w = ac_launch(s, waiting_receive(rv));
        ac_yield();
        ac_cancel_and_join(w);
        ac_job *snd = ac_launch(s, waiting_send(rv));
        ac_yield();
        ac_cancel_and_join(snd);
        printf("offer to rendezvous with no receiver: %s\n",
               tf(ac_channel_try_send(rv, &(int){4}) == AC_CHANNEL_OK));
        ac_job *l = ac_launch(s, late(rv));
        ac_yield();
        ac_channel_send(rv, &(int){5});
        ac_join(l);
    }
    ac_channel_release(ch);
    ac_channel_release(rv);
}

int main(void)
{
    return conf_exit(ac_run_test(body(), NULL));
}
