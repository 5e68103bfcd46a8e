/* channel.c -- plain C against libasyncc.so: a buffered channel used with
 * the non-suspending calls.  Prints "received 42". */
#include <asyncc.h>
#include <stdio.h>

int main(void) {
    ac_channel *ch = ac_channel_new(sizeof(int), 2);
    int in = 42, out = 0;
    if (!ch || ac_channel_try_send(ch, &in) != AC_CHANNEL_OK ||
        ac_channel_try_receive(ch, &out) != AC_CHANNEL_OK) {
        fprintf(stderr, "channel failed\n");
        return 1;
    }
    ac_channel_release(ch);
    printf("received %d\n", out);
    return 0;
}
