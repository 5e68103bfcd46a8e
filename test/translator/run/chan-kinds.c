// Channel kinds and edge cases on one thread: element sizes (a 100-byte
// struct, size 0 as a signal), try_send/try_receive on each kind, a buffer
// that grows (unlimited, 100000 elements, FIFO), conflated keeping its
// element at close (kotlinx 1.0.1 drops it; issue 5's no-loss rule keeps it),
// the drop function on a conflated replace, on cancel and on the last
// release, cancel waking a waiting sender and receiver with the cancellation,
// consume_each stopping early (cancels the channel) and rethrowing a close
// cause, ac_for_each over a channel closed with a cause, misuse (bad
// capacity, a NULL channel), a channel fed by a plain thread's try_send while
// the loop waits (no false deadlock), and a receive nothing will ever end
// reported as a deadlock with its position.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc 2>&1 | FileCheck %s
#include <asyncc.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

typedef struct { int id; char text[96]; } record;

static int drops;
static void count_drop(void *elem, void *arg) { (void)arg; (void)elem; drops++; }

SUSPEND static void sizes(void) {
    ac_channel *ch = ac_channel_new(sizeof(record), 2);
    record r = {7, "seven"};
    ac_channel_send(ch, &r);
    memset(&r, 0, sizeof r);
    record out;
    ac_channel_receive(ch, &out);
    printf("record %d %s\n", out.id, out.text);
    ac_channel_release(ch);
    ac_channel *sig = ac_channel_new(0, AC_CHANNEL_UNLIMITED);
    ac_channel_send(sig, NULL);
    ac_channel_send(sig, NULL);
    ac_channel_receive(sig, NULL);
    int first = ac_channel_try_receive(sig, NULL);
    int second = ac_channel_try_receive(sig, NULL);
    printf("signal channel: try_receive=%d then %d\n", first, second);
    ac_channel_release(sig);
}

SUSPEND static void tries(void) {
    long caps[] = {AC_CHANNEL_RENDEZVOUS, 1, AC_CHANNEL_UNLIMITED, AC_CHANNEL_CONFLATED};
    for (int i = 0; i < 4; i++) {
        ac_channel *ch = ac_channel_new(sizeof(int), caps[i]);
        int a = ac_channel_try_send(ch, &(int){1});
        int b = ac_channel_try_send(ch, &(int){2});
        int v = 0, c = ac_channel_try_receive(ch, &v);
        ac_channel_close(ch, NULL);
        int d = ac_channel_try_send(ch, &(int){3});
        printf("capacity %ld: send %d %d receive %d (%d) after close send %d\n", caps[i], a, b, c, v, d);
        ac_channel_release(ch);
    }
}

SUSPEND static void growth(void) {
    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_UNLIMITED);
    for (int i = 0; i < 100000; i++)
        ac_channel_send(ch, &i);
    int v, ok = 1;
    for (int i = 0; i < 100000; i++) {
        ac_channel_receive(ch, &v);
        ok &= v == i;
    }
    printf("unlimited 100000 in order: %d\n", ok);
    ac_channel_release(ch);
}

SUSPEND static void conflated(void) {
    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_CONFLATED);
    ac_channel_set_drop(ch, count_drop, NULL);
    for (int i = 1; i <= 5; i++)
        ac_channel_send(ch, &i);
    ac_channel_close(ch, NULL);
    int v = 0;
    int got = ac_channel_receive_or_closed(ch, &v);
    printf("conflated after close: %d %d, replaced (dropped) %d\n", got, v, drops);
    ac_channel_release(ch);
    drops = 0;
    ac_channel *b = ac_channel_new(sizeof(int), 8);
    ac_channel_set_drop(b, count_drop, NULL);
    for (int i = 0; i < 5; i++)
        ac_channel_send(b, &i);
    ac_channel_cancel(b, NULL);
    printf("cancel dropped %d, receive: %d\n", drops, ac_channel_try_receive(b, &v));
    ac_channel_release(b);
    drops = 0;
    ac_channel *c = ac_channel_new(sizeof(int), 8);
    ac_channel_set_drop(c, count_drop, NULL);
    ac_channel_send(c, &(int){1});
    ac_channel_send(c, &(int){2});
    ac_channel_release(c);
    printf("release dropped %d\n", drops);
}

SUSPEND static void waiting_send(ac_channel *ch) {
    ac_try {
        ac_channel_send(ch, &(int){1});
    } ac_catch (e) {
        printf("sender: %s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
}

SUSPEND static void waiting_receive(ac_channel *ch) {
    ac_try {
        int v;
        ac_channel_receive(ch, &v);
    } ac_catch (e) {
        printf("receiver: %s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
}

static int take_two(void *elem, void *arg) {
    int *n = arg;
    printf("each %d\n", *(int *)elem);
    return ++*n == 2;
}

static int print_each(void *elem, void *arg) {
    (void)arg;
    printf("each %d\n", *(int *)elem);
    return 0;
}

SUSPEND static void cancel_and_consume(void) {
    ac_channel *full = ac_channel_new(sizeof(int), 1);
    ac_channel *empty = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_channel_send(full, &(int){0});
    ac_coroutine_scope(s) {
        ac_launch(s, waiting_send(full));
        ac_launch(s, waiting_receive(empty));
        ac_yield();
        ac_channel_cancel(full, NULL);
        ac_channel_cancel(empty, ac_error_new(&AC_CANCELLATION, "shop closed"));
    }
    ac_channel_release(full);
    ac_channel_release(empty);

    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_UNLIMITED);
    for (int i = 1; i <= 4; i++)
        ac_channel_send(ch, &i);
    int n = 0;
    ac_channel_consume_each(ch, take_two, &n);
    printf("stopped early: closed for receive %d\n", ac_channel_is_closed_for_receive(ch));
    ac_channel_release(ch);

    ac_channel *failing = ac_channel_new(sizeof(int), AC_CHANNEL_UNLIMITED);
    ac_channel_send(failing, &(int){9});
    ac_channel_close(failing, ac_error_new(&AC_IO_ERROR, "disk gone"));
    ac_try {
        ac_channel_consume_each(failing, print_each, NULL);
    } ac_catch (e) {
        printf("consume_each threw %s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
    ac_channel_release(failing);

    ac_channel *loop = ac_channel_new(sizeof(int), AC_CHANNEL_UNLIMITED);
    ac_channel_send(loop, &(int){5});
    ac_channel_close(loop, ac_error_new(&AC_IO_ERROR, "cut"));
    ac_try {
        int v;
        ac_for_each(loop, v) printf("for_each %d\n", v);
    } ac_catch (e) {
        printf("for_each threw %s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
    ac_channel_release(loop);
}

SUSPEND static void misuse(void) {
    printf("capacity -3: %s\n", ac_channel_new(4, -3) ? "made" : "NULL");
    ac_try {
        ac_channel_send(NULL, &(int){1});
    } ac_catch (e) {
        printf("%s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
}

static void *feeder(void *arg) {
    struct timespec ts = {0, 20 * 1000000L};
    nanosleep(&ts, NULL);
    for (int i = 1; i <= 3; i++)
        while (ac_channel_try_send(arg, &i) != AC_CHANNEL_OK)
            nanosleep(&ts, NULL);
    ac_channel_close(arg, NULL);
    return NULL;
}

SUSPEND static void fed_by_a_thread(void) {
    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    pthread_t t;
    pthread_create(&t, NULL, feeder, ch);
    int v, sum = 0;
    ac_for_each(ch, v) sum += v;
    pthread_join(t, NULL);
    printf("fed by a thread: %d\n", sum);
    ac_channel_release(ch);
}

SUSPEND static void all(void) {
    sizes();
    tries();
    growth();
    conflated();
    cancel_and_consume();
    misuse();
    fed_by_a_thread();
}

SUSPEND static void never(ac_channel *ch) {
    int v;
    ac_channel_receive(ch, &v);
}

int main(void) {
    ac_error *e = ac_run_blocking(all(), NULL);
    if (e) {
        ac_error_print(e, stdout);
        return 1;
    }
    /* made inside a coroutine, used by none outside: a real deadlock */
    static ac_channel *stuck;
    e = ac_run_blocking(({
        stuck = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        never(stuck);
    }), NULL);
    ac_channel_release(stuck);
    printf("%s\n", e ? ac_error_type_name(e) : "no error");
    if (e)
        ac_error_print(e, stdout);
    ac_error_release(e);
    return 0;
}
// CHECK: record 7 seven
// CHECK-NEXT: signal channel: try_receive=0 then 1
// CHECK-NEXT: capacity 0: send 1 1 receive 1 (0) after close send 2
// CHECK-NEXT: capacity 1: send 0 1 receive 0 (1) after close send 2
// CHECK-NEXT: capacity -1: send 0 0 receive 0 (1) after close send 2
// CHECK-NEXT: capacity -2: send 0 0 receive 0 (2) after close send 2
// CHECK-NEXT: unlimited 100000 in order: 1
// CHECK-NEXT: conflated after close: 1 5, replaced (dropped) 4
// CHECK-NEXT: cancel dropped 5, receive: 2
// CHECK-NEXT: release dropped 2
// CHECK-NEXT: sender: CancellationException: Channel was cancelled
// CHECK-NEXT: receiver: CancellationException: shop closed
// CHECK-NEXT: each 1
// CHECK-NEXT: each 2
// CHECK-NEXT: stopped early: closed for receive 1
// CHECK-NEXT: each 9
// CHECK-NEXT: consume_each threw IOException: disk gone
// CHECK-NEXT: for_each 5
// CHECK-NEXT: for_each threw IOException: cut
// CHECK-NEXT: capacity -3: NULL
// CHECK-NEXT: IllegalArgumentException: channel operation on a NULL channel
// CHECK-NEXT: fed by a thread: 6
// CHECK-NEXT: DeadlockError
// CHECK: ac_channel_receive
// CHECK-SAME: chan-kinds.c:
