// Conformance pair of chan_produce_consume.kt: ac_produce closes its channel when the producer
// ends (with its failure as the cause, which the consumer sees instead of a handler), and
// cancelling the channel cancels the producer.
// RUN: %conformance
#include "conf.h"

SUSPEND static void numbers(ac_channel *ch, int from, int to)
{
    for (int i = from; i <= to; i++) {
        ac_delay(100);
        ac_channel_send(ch, &i);
    }
}

static int process(void *elem, void *arg)
{
    (void)arg;
    printf("Process: %d\n", *(int *)elem);
    return 0;
}

SUSPEND static void failing(ac_channel *ch)
{
    ac_channel_send(ch, &(int){1});
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "producer broke"));
}

SUSPEND static void endless(ac_channel *ch)
{
    int i = 0;
    ac_try {
        for (;;) {
            ac_channel_send(ch, &i);
            i++;
        }
    } ac_finally {
        printf("producer finally\n");
    }
}

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler %s\n", ex(e));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(s) {
        ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_produce(s, ch, numbers(ch, 1, 5));
        ac_channel_consume_each(ch, process, NULL);
        ac_channel_release(ch);
    }

    ac_job *sup = ac_supervisor_job_new(NULL);
    ac_scope *scope = ac_scope_new(ac_ctx_plus(ac_ctx_job(sup),
                                               ac_exception_handler(handler, NULL)));
    ac_channel *bad = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_produce(scope, bad, failing(bad));
    ac_try {
        int v;
        ac_for_each(bad, v) printf("got %d\n", v);
    } ac_catch (e) {
        printf("consumer saw %s\n", ex(e));
    }

    ac_channel *more = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_produce(scope, more, endless(more));
    int first, second;
    ac_channel_receive(more, &first);
    ac_channel_receive(more, &second);
    printf("first %d second %d\n", first, second);
    ac_channel_cancel(more, NULL);
    ac_delay(50);
    printf("closedForReceive=%s\n", tf(ac_channel_is_closed_for_receive(more)));
    ac_cancel_and_join(ac_scope_job(scope));
    ac_scope_release(scope);
    ac_job_release(sup);
    ac_channel_release(bad);
    ac_channel_release(more);
}

int main(void)
{
    return conf_exit(ac_run_blocking(body(), NULL));
}
