// Conformance pair of chan_rendezvous_basic.kt: a rendezvous channel between a launched
// producer and the main coroutine's ac_for_each loop, which ends at close.
// RUN: %conformance
#include "conf.h"

SUSPEND static void producer(ac_channel *ch)
{
    for (int i = 1; i <= 5; i++) {
        printf("Send: %d\n", i);
        ac_channel_send(ch, &i);
    }
    ac_channel_close(ch, NULL);
}

SUSPEND static void body(void)
{
    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_coroutine_scope(s) {
        ac_launch(s, producer(ch));
        int value;
        ac_for_each(ch, value) printf("Receive: %d\n", value);
        printf("Channel consumption complete\n");
    }
    ac_channel_release(ch);
}

int main(void)
{
    return conf_exit(ac_run_blocking(body(), NULL));
}
