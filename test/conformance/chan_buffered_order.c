// Conformance pair of chan_buffered_order.kt: a buffer of 3 lets the sender run ahead until it
// is full; unlimited never suspends; conflated keeps the latest element.
// RUN: %conformance
#include "conf.h"

SUSPEND static void producer(ac_channel *ch)
{
    for (int i = 1; i <= 5; i++) {
        ac_channel_send(ch, &i);
        printf("Sent: %d\n", i);
    }
    ac_channel_close(ch, NULL);
}

SUSPEND static void body(void)
{
    ac_channel *ch = ac_channel_new(sizeof(int), 3);
    ac_coroutine_scope(s) {
        ac_launch(s, producer(ch));
        ac_delay(100);
        int value;
        ac_for_each(ch, value) {
            ac_delay(50);
            printf("Receive: %d\n", value);
        }
    }
    ac_channel_release(ch);

    ac_channel *unlimited = ac_channel_new(sizeof(int), AC_CHANNEL_UNLIMITED);
    for (int i = 1; i <= 1000; i++)
        ac_channel_send(unlimited, &i);
    ac_channel_close(unlimited, NULL);
    int sum = 0, v;
    ac_for_each(unlimited, v) sum += v;
    printf("unlimited sum=%d\n", sum);
    ac_channel_release(unlimited);

    ac_channel *conflated = ac_channel_new(sizeof(int), AC_CHANNEL_CONFLATED);
    for (int i = 1; i <= 10; i++)
        ac_channel_send(conflated, &i);
    int got;
    ac_channel_receive(conflated, &got);
    printf("conflated got %d empty=%s\n", got, tf(ac_channel_is_empty(conflated)));
    ac_channel_send(conflated, &(int){11});
    ac_channel_receive(conflated, &got);
    printf("conflated again %d\n", got);
    ac_channel_close(conflated, NULL);
    printf("conflated closedForReceive=%s\n", tf(ac_channel_is_closed_for_receive(conflated)));
    ac_channel_release(conflated);
}

int main(void)
{
    return conf_exit(ac_run_test(body(), NULL));
}
