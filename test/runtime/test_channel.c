/* Channels from ordinary code (try_send / try_receive, no coroutine): the
 * ring buffer's order across growth and wrap-around, the capacity limit,
 * conflated replacement, close and cancel, the drop function, a buffer that
 * cannot grow (allocation failure: AC_CHANNEL_NO_MEMORY), a NULL channel
 * refused by every call, and four threads sending and four
 * receiving at once through a buffer of 8 (every element exactly once). */
#include "check.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

static void test_ring_order(void)
{
    ac_channel *ch = ac_channel_new(sizeof(long), AC_CHANNEL_UNLIMITED);
    long next_in = 0, next_out = 0, v;
    /* uneven push/pop runs: the head walks around every ring size */
    for (int round = 0; round < 200; round++) {
        for (int i = 0; i < round % 37 + 3; i++)
            CHECK_INT(ac_channel_try_send(ch, &(long){next_in++}), AC_CHANNEL_OK);
        for (int i = 0; i < round % 23 + 1 && next_out < next_in; i++) {
            CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_OK);
            CHECK_INT(v, next_out++);
        }
    }
    while (next_out < next_in) {
        CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_OK);
        CHECK_INT(v, next_out++);
    }
    CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_WOULD_SUSPEND);
    CHECK(ac_channel_is_empty(ch));
    ac_channel_release(ch);
}

static void test_capacity(void)
{
    ac_channel *ch = ac_channel_new(sizeof(int), 20);
    for (int i = 0; i < 20; i++)
        CHECK_INT(ac_channel_try_send(ch, &i), AC_CHANNEL_OK);
    CHECK_INT(ac_channel_try_send(ch, &(int){99}), AC_CHANNEL_WOULD_SUSPEND);
    int v;
    CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_OK);
    CHECK_INT(v, 0);
    CHECK_INT(ac_channel_try_send(ch, &(int){20}), AC_CHANNEL_OK);
    for (int i = 1; i <= 20; i++) {
        CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_OK);
        CHECK_INT(v, i);
    }
    ac_channel_release(ch);
    ac_channel *rv = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    CHECK_INT(ac_channel_try_send(rv, &v), AC_CHANNEL_WOULD_SUSPEND);
    CHECK_INT(ac_channel_try_receive(rv, &v), AC_CHANNEL_WOULD_SUSPEND);
    ac_channel_release(rv);
    CHECK(ac_channel_new(4, -3) == NULL);
}

static int drops;
static void count_drop(void *elem, void *arg)
{
    CHECK(arg == &drops);
    drops += *(int *)elem;
}

static void test_conflated_close_cancel(void)
{
    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_CONFLATED);
    ac_channel_set_drop(ch, count_drop, &drops);
    for (int i = 1; i <= 4; i++)
        CHECK_INT(ac_channel_try_send(ch, &i), AC_CHANNEL_OK);
    CHECK_INT(drops, 1 + 2 + 3);
    CHECK_INT(ac_channel_close(ch, NULL), 1);
    CHECK_INT(ac_channel_close(ch, NULL), 0);
    CHECK(ac_channel_is_closed_for_send(ch));
    CHECK(!ac_channel_is_closed_for_receive(ch));
    int v;
    CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_OK);
    CHECK_INT(v, 4);
    CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_CLOSED);
    CHECK(ac_channel_is_closed_for_receive(ch));
    CHECK(ac_channel_close_cause(ch) == NULL);
    ac_channel_release(ch);

    drops = 0;
    ch = ac_channel_new(sizeof(int), 8);
    ac_channel_set_drop(ch, count_drop, &drops);
    for (int i = 1; i <= 5; i++)
        ac_channel_try_send(ch, &i);
    ac_channel_cancel(ch, ac_error_new(&AC_CANCELLATION, "stop"));
    CHECK_INT(drops, 15);
    CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_CLOSED);
    ac_error *cause = ac_channel_close_cause(ch);
    CHECK_STR(ac_error_message(cause), "stop");
    ac_error_release(cause);
    CHECK(ac_channel_retain(ch) == ch);
    ac_channel_release(ch);
    ac_channel_release(ch);
    ac_channel_release(NULL);
}

static void test_growth_failure(void)
{
    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_UNLIMITED);
    ac__test_fail_alloc(0, -1);
    /* the first element needs the ring: refused, and said so (not "full") */
    CHECK_INT(ac_channel_try_send(ch, &(int){1}), AC_CHANNEL_NO_MEMORY);
    ac__test_fail_alloc(-1, 0);
    CHECK_INT(ac_channel_try_send(ch, &(int){2}), AC_CHANNEL_OK);
    int v;
    CHECK_INT(ac_channel_try_receive(ch, &v), AC_CHANNEL_OK);
    CHECK_INT(v, 2);
    ac_channel_release(ch);
}

#define PER 20000
static ac_channel *shared;
static atomic_uchar seen[4 * PER];
static atomic_int dup, received;

static void *sender(void *arg)
{
    int id = (int)(intptr_t)arg;
    for (int k = 0; k < PER; k++) {
        int v = id * PER + k;
        while (ac_channel_try_send(shared, &v) != AC_CHANNEL_OK)
            sched_yield();
    }
    return NULL;
}

static void *receiver(void *arg)
{
    (void)arg;
    int v;
    for (;;) {
        int r = ac_channel_try_receive(shared, &v);
        if (r == AC_CHANNEL_CLOSED)
            return NULL;
        if (r == AC_CHANNEL_WOULD_SUSPEND) {
            sched_yield();
            continue;
        }
        if (atomic_fetch_add(&seen[v], 1))
            atomic_fetch_add(&dup, 1);
        atomic_fetch_add(&received, 1);
    }
}

static void test_threads(void)
{
    shared = ac_channel_new(sizeof(int), 8);
    pthread_t s[4], r[4];
    for (int i = 0; i < 4; i++) {
        pthread_create(&s[i], NULL, sender, (void *)(intptr_t)i);
        pthread_create(&r[i], NULL, receiver, NULL);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(s[i], NULL);
    ac_channel_close(shared, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(r[i], NULL);
    CHECK_INT(atomic_load(&received), 4 * PER);
    CHECK_INT(atomic_load(&dup), 0);
    ac_channel_release(shared);
}

/* A NULL channel is refused, never dereferenced. */
static void test_null_channel(void)
{
    int v = 0;
    CHECK_INT(ac_channel_try_send(NULL, &v), AC_CHANNEL_INVALID);
    CHECK_INT(ac_channel_try_receive(NULL, &v), AC_CHANNEL_INVALID);
    CHECK_INT(ac_channel_close(NULL, ac_error_new(&AC_ERROR, "consumed")), 0);
    ac_channel_cancel(NULL, NULL);
    CHECK_INT(ac_channel_is_closed_for_send(NULL), 1);
    CHECK_INT(ac_channel_is_closed_for_receive(NULL), 1);
    CHECK_INT(ac_channel_is_empty(NULL), 1);
    CHECK(ac_channel_close_cause(NULL) == NULL);
    CHECK_INT((int)ac_channel_elem_size(NULL), 0);
    ac_channel_set_drop(NULL, NULL, NULL);
    ac_channel_release(NULL);
}

int main(void)
{
    test_ring_order();
    test_capacity();
    test_conflated_close_cancel();
    test_growth_failure();
    test_null_channel();
    CHECK_NO_LEAK();
    test_threads();                 /* allocations on other threads: after the check */
    return 0;
}
