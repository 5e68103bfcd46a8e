// ac_select edge cases on one thread: a losing receive clause leaves a
// waiting sender waiting and its element in place; a select waiting on two
// channels that is cancelled throws and took nothing (the next receiver gets
// the element); ac_select_unbiased picks each of two ready clauses; twelve
// clauses (beyond the inline eight); a send clause on a closed channel and a
// receive clause on a channel closed with a cause throw; an await clause
// rethrows the deferred's failure; select in a loop as a multiplexer until
// both inputs close; misuse (no clause, a NULL channel, await of a plain job).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc 2>&1 | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void send_one(ac_channel *ch, int v) { ac_channel_send(ch, &v); }

SUSPEND static void select_two(ac_channel *a, ac_channel *b) {
    int v = 0;
    ac_try {
        ac_select {
            ac_on_receive(a, &v) printf("got a %d\n", v);
            ac_on_receive(b, &v) printf("got b %d\n", v);
        }
    } ac_catch (e) {
        printf("select cancelled: %s\n", ac_error_type_name(e));
    }
}

SUSPEND static int fail_later(void) {
    ac_delay(1);
    ac_throw(ac_error_new(&AC_IO_ERROR, "no value"));
    return 0;
}

SUSPEND static void feed(ac_channel *ch, int from, int n) {
    for (int i = 0; i < n; i++) {
        int v = from + i;
        ac_channel_send(ch, &v);
        ac_yield();
    }
    ac_channel_close(ch, NULL);
}

SUSPEND static void all(void) {
    ac_supervisor_scope(s) {
        ac_channel *a = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_channel *b = ac_channel_new(sizeof(int), 1);
        ac_launch(s, send_one(a, 1));
        ac_channel_send(b, &(int){2});
        ac_yield();
        int v = 0;
        ac_select {
            ac_on_receive(b, &v) printf("winner b %d\n", v);
            ac_on_receive(a, &v) printf("winner a %d\n", v);
        }
        ac_channel_receive(a, &v);
        printf("the sender still waited: a %d\n", v);

        ac_job *j = ac_launch(s, select_two(a, b));
        ac_yield();
        ac_job_cancel(j, NULL);
        ac_join(j);
        ac_launch(s, send_one(a, 3));
        ac_channel_receive(a, &v);
        printf("after the cancelled select: a %d\n", v);

        int seen_a = 0, seen_b = 0;
        for (int i = 0; i < 200; i++) {
            ac_channel *x = ac_channel_new(sizeof(int), 1), *y = ac_channel_new(sizeof(int), 1);
            ac_channel_send(x, &(int){1});
            ac_channel_send(y, &(int){2});
            ac_select_unbiased {
                ac_on_receive(x, &v) seen_a++;
                ac_on_receive(y, &v) seen_b++;
            }
            ac_channel_release(x);
            ac_channel_release(y);
        }
        printf("unbiased: both picked %d, total %d\n", seen_a > 0 && seen_b > 0, seen_a + seen_b);

        ac_channel *many[12];
        for (int i = 0; i < 12; i++)
            many[i] = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_launch(s, send_one(many[10], 110));
        int got = -1, which = -1;
        ac_select {
            ac_on_receive(many[0], &got) which = 0;
            ac_on_receive(many[1], &got) which = 1;
            ac_on_receive(many[2], &got) which = 2;
            ac_on_receive(many[3], &got) which = 3;
            ac_on_receive(many[4], &got) which = 4;
            ac_on_receive(many[5], &got) which = 5;
            ac_on_receive(many[6], &got) which = 6;
            ac_on_receive(many[7], &got) which = 7;
            ac_on_receive(many[8], &got) which = 8;
            ac_on_receive(many[9], &got) which = 9;
            ac_on_receive(many[10], &got) which = 10;
            ac_on_receive(many[11], &got) which = 11;
        }
        printf("twelve clauses: clause %d got %d\n", which, got);
        for (int i = 0; i < 12; i++)
            ac_channel_release(many[i]);

        ac_channel_close(b, NULL);
        ac_try {
            ac_select {
                ac_on_send(b, &(int){5}) printf("not reached\n");
            }
        } ac_catch (e) {
            printf("send clause: %s\n", ac_error_type_name(e));
        }
        ac_channel *c = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_channel_close(c, ac_error_new(&AC_IO_ERROR, "cause"));
        ac_try {
            ac_select {
                ac_on_receive(c, &v) printf("not reached\n");
                ac_on_timeout(1000) printf("not reached\n");
            }
        } ac_catch (e) {
            printf("receive clause: %s: %s\n", ac_error_type_name(e), ac_error_message(e));
        }
        ac_deferred *d = ac_async(s, fail_later());
        ac_try {
            ac_select {
                ac_on_await(d, &v) printf("not reached\n");
            }
        } ac_catch (e) {
            printf("await clause: %s: %s\n", ac_error_type_name(e), ac_error_message(e));
        }

        ac_channel *in1 = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_channel *in2 = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_launch(s, feed(in1, 100, 3));
        ac_launch(s, feed(in2, 200, 4));
        int open1 = 1, open2 = 1, sum = 0, count = 0;
        while (open1 || open2) {
            int ok;
            if (open1 && open2) {
                ac_select {
                    ac_on_receive_or_closed(in1, &v, &ok) { if (ok) { sum += v; count++; } else open1 = 0; }
                    ac_on_receive_or_closed(in2, &v, &ok) { if (ok) { sum += v; count++; } else open2 = 0; }
                }
            } else {
                ac_channel *rest = open1 ? in1 : in2;
                if (ac_channel_receive_or_closed(rest, &v)) { sum += v; count++; }
                else open1 = open2 = 0;
            }
        }
        printf("multiplexed %d values, sum %d\n", count, sum);
        ac_channel_release(in1);
        ac_channel_release(in2);

        ac_try {
            ac_select {
                if (0) ac_on_timeout(1) {}
            }
        } ac_catch (e) {
            printf("%s: %s\n", ac_error_type_name(e), ac_error_message(e));
        }
        ac_try {
            ac_select {
                ac_on_receive((ac_channel *)0, &v) {}
            }
        } ac_catch (e) {
            printf("%s: %s\n", ac_error_type_name(e), ac_error_message(e));
        }
        ac_job *plain = ac_job_new(NULL);
        ac_try {
            ac_select {
                ac_on_await(plain, &v) {}
            }
        } ac_catch (e) {
            printf("%s: %s\n", ac_error_type_name(e), ac_error_message(e));
        }
        ac_job_cancel(plain, NULL);
        ac_job_release(plain);
        ac_channel_release(a);
        ac_channel_release(b);
        ac_channel_release(c);
    }
}

int main(void) {
    ac_error *e = ac_run_test(all(), NULL);
    if (e) {
        ac_error_print(e, stdout);
        return 1;
    }
    return 0;
}
// CHECK: winner b 2
// CHECK-NEXT: the sender still waited: a 1
// CHECK-NEXT: select cancelled: JobCancellationException
// CHECK-NEXT: after the cancelled select: a 3
// CHECK-NEXT: unbiased: both picked 1, total 200
// CHECK-NEXT: twelve clauses: clause 10 got 110
// CHECK-NEXT: send clause: ClosedSendChannelException
// CHECK-NEXT: receive clause: IOException: cause
// CHECK-NEXT: await clause: IOException: no value
// CHECK-NEXT: multiplexed 7 values, sum 1109
// CHECK-NEXT: IllegalArgumentException: ac_select with no clause
// CHECK-NEXT: IllegalArgumentException: a select clause on a NULL channel or job
// CHECK-NEXT: IllegalArgumentException: ac_on_await of a job that is not a deferred
