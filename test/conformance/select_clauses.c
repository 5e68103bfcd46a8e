// Conformance pair of select_clauses.kt: ac_select takes the clause that is ready first, the
// first listed when several are (biased), a closed channel's receive clause is ready at once;
// ac_on_send sends to one channel only; ac_on_timeout, ac_on_await and ac_on_join.
// RUN: %conformance
#include "conf.h"

typedef const char *str;

SUSPEND static void fast_server(ac_channel *ch)
{
    ac_delay(50);
    ac_channel_send(ch, &(str){"Fast server response"});
}

SUSPEND static void slow_server(ac_channel *ch)
{
    ac_delay(200);
    ac_channel_send(ch, &(str){"Slow server response"});
}

SUSPEND static void send_one(ac_channel *ch1, ac_channel *ch2)
{
    str a = "Send to channel 1", b = "Send to channel 2";
    ac_select {
        ac_on_send(ch1, &a) printf("Sent to ch1\n");
        ac_on_send(ch2, &b) printf("Sent to ch2\n");
    }
}

SUSPEND static int forty_two(void)
{
    ac_delay(20);
    return 42;
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(s) {
        ac_channel *fast = ac_channel_new(sizeof(str), AC_CHANNEL_RENDEZVOUS);
        ac_channel *slow = ac_channel_new(sizeof(str), AC_CHANNEL_RENDEZVOUS);
        ac_produce(s, fast, fast_server(fast));
        ac_produce(s, slow, slow_server(slow));
        str result = NULL;
        ac_select {
            ac_on_receive(fast, &result) {}
            ac_on_receive(slow, &result) {}
        }
        printf("Selected: %s\n", result);
        int got;
        ac_select {
            ac_on_receive_or_closed(fast, &result, &got) if (!got) result = "fast is closed";
            ac_on_receive_or_closed(slow, &result, &got) if (!got) result = "slow is closed";
        }
        printf("Selected: %s\n", result);
        ac_select {
            ac_on_receive(slow, &result) {}
        }
        printf("Selected: %s\n", result);
        ac_channel_cancel(fast, NULL);
        ac_channel_cancel(slow, NULL);
        ac_channel_release(fast);
        ac_channel_release(slow);

        ac_channel *ch1 = ac_channel_new(sizeof(str), 1);
        ac_channel *ch2 = ac_channel_new(sizeof(str), 1);
        ac_launch(s, send_one(ch1, ch2));
        ac_delay(100);
        str got1 = NULL;
        if (ac_channel_try_receive(ch1, &got1) != AC_CHANNEL_OK)
            ac_channel_try_receive(ch2, &got1);
        printf("%s\n", got1 ? got1 : "null");
        printf("ch2 empty=%s\n", tf(ac_channel_is_empty(ch2)));
        ac_channel_release(ch1);
        ac_channel_release(ch2);

        ac_channel *a = ac_channel_new(sizeof(int), 1);
        ac_channel *b = ac_channel_new(sizeof(int), 1);
        ac_channel_send(a, &(int){1});
        ac_channel_send(b, &(int){2});
        int va = 0, vb = 0;
        char first[16];
        ac_select {
            ac_on_receive(a, &va) snprintf(first, sizeof first, "a:%d", va);
            ac_on_receive(b, &vb) snprintf(first, sizeof first, "b:%d", vb);
        }
        int left = 0;
        ac_channel_try_receive(b, &left);
        printf("both ready: %s, b still has %d\n", first, left);
        ac_channel_release(a);
        ac_channel_release(b);

        ac_channel *none = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        const char *t = NULL;
        int nv;
        ac_select {
            ac_on_receive(none, &nv) t = "received";
            ac_on_timeout(30) t = "timeout";
        }
        printf("select: %s\n", t);
        ac_channel_release(none);

        ac_deferred *d = ac_async(s, forty_two());
        ac_job *j = ac_launch(s, ac_delay(60));
        for (int round = 0; round < 2; round++) {
            int value = 0;
            if (!ac_job_is_completed(d)) {
                ac_select {
                    ac_on_join(j) printf("select: joined\n");
                    ac_on_await(d, &value) printf("select: await %d\n", value);
                }
            } else {
                ac_select {
                    ac_on_join(j) printf("select: joined\n");
                }
            }
        }
    }
}

int main(void)
{
    return conf_exit(ac_run_test(body(), NULL));
}
