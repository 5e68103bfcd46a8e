// Conformance pair of chan_close_errors.kt: close returns 1 only the first time; what was sent
// before is still received, then receive throws ClosedReceiveChannelException and
// receive_or_closed returns 0; send after close throws ClosedSendChannelException (try_send
// reports AC_CHANNEL_CLOSED, where Kotlin's offer throws); a close cause is thrown instead of
// both; a sender waiting at close still delivers its element.
// RUN: %conformance
#include "conf.h"

static const ac_error_type MyFailure = {"MyFailure", &AC_ERROR};

static const char *poll_text(ac_channel *ch, char *buf)
{
    int v;
    if (ac_channel_try_receive(ch, &v) != AC_CHANNEL_OK)
        return "null";
    sprintf(buf, "%d", v);
    return buf;
}

SUSPEND static void waiting_receive(ac_channel *ch)
{
    ac_try {
        int v;
        ac_channel_receive(ch, &v);
    } ac_catch (e) {
        printf("waiting receive threw %s\n", ex(e));
    }
}

SUSPEND static void waiting_send(ac_channel *ch)
{
    ac_try {
        ac_channel_send(ch, &(int){9});
    } ac_catch (e) {
        printf("waiting send threw %s\n", ex(e));
    }
}

SUSPEND static const char *receive_or_null(ac_channel *ch, char *buf)
{
    int v;
    if (!ac_channel_receive_or_closed(ch, &v))
        return "null";
    sprintf(buf, "%d", v);
    return buf;
}

SUSPEND static void body(void)
{
    char buf[32];
    ac_channel *ch = ac_channel_new(sizeof(int), 2);
    for (int i = 1; i <= 3; i++)
        printf("offer %d: %s\n", i, tf(ac_channel_try_send(ch, &i) == AC_CHANNEL_OK));
    printf("close: %s\n", tf(ac_channel_close(ch, NULL)));
    printf("close again: %s\n", tf(ac_channel_close(ch, NULL)));
    printf("closedForSend=%s closedForReceive=%s\n", tf(ac_channel_is_closed_for_send(ch)),
           tf(ac_channel_is_closed_for_receive(ch)));
    int v;
    ac_channel_receive(ch, &v);
    printf("receive %d\n", v);
    printf("poll %s\n", poll_text(ch, buf));
    printf("closedForReceive=%s\n", tf(ac_channel_is_closed_for_receive(ch)));
    printf("poll %s\n", poll_text(ch, buf));
    printf("receiveOrNull %s\n", receive_or_null(ch, buf));
    ac_try {
        ac_channel_receive(ch, &v);
    } ac_catch (e) {
        printf("receive threw %s\n", ex(e));
    }
    ac_try {
        ac_channel_send(ch, &(int){4});
    } ac_catch (e) {
        printf("send threw %s\n", ex(e));
    }
    if (ac_channel_try_send(ch, &(int){4}) == AC_CHANNEL_CLOSED)
        printf("offer threw ClosedSendChannelException: Channel was closed\n");
    ac_channel_release(ch);

    ac_coroutine_scope(s) {
        ac_channel *failed = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_job *waiter = ac_launch(s, waiting_receive(failed));
        ac_yield();
        printf("close with cause: %s\n", tf(ac_channel_close(failed, ac_error_new(&MyFailure, "boom"))));
        ac_join(waiter);
        ac_try {
            (void)receive_or_null(failed, buf);
        } ac_catch (e) {
            printf("receiveOrNull threw %s\n", ex(e));
        }
        ac_try {
            ac_channel_send(failed, &(int){1});
        } ac_catch (e) {
            printf("send threw %s\n", ex(e));
        }
        ac_channel_release(failed);

        ac_channel *rv = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_job *sender = ac_launch(s, waiting_send(rv));
        ac_yield();
        ac_channel_close(rv, NULL);
        printf("closed with a waiting sender: closedForSend=%s closedForReceive=%s\n",
               tf(ac_channel_is_closed_for_send(rv)), tf(ac_channel_is_closed_for_receive(rv)));
        printf("rendezvous closed, receiveOrNull %s\n", receive_or_null(rv, buf));
        ac_join(sender);
        printf("sender done, receiveOrNull %s\n", receive_or_null(rv, buf));
        ac_channel_release(rv);
    }
}

int main(void)
{
    return conf_exit(ac_run_blocking(body(), NULL));
}
