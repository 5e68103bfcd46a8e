// The IO pool's idle threads end after the keep-alive (here 20 ms), but its
// last thread stays: a coroutine suspended on IO (in ac_delay, on a channel)
// must find a thread when it is woken.  The last worker used to idle out
// too, and the IO pool's timers are fired by its workers, so an ac_delay on
// IO longer than the keep-alive never woke (a hang, found by the fault
// sweep's review: a wake-up, unlike a start, cannot be refused when no
// thread can be made).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: env ASYNCC_IO_KEEPALIVE_MS=20 %run %t.gcc | FileCheck %s
#include <asyncc.h>
#include <dirent.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

// Threads of this process named ac-io-N.
static int io_threads(void) {
    DIR *d = opendir("/proc/self/task");
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char path[300], name[32] = "";
        snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
        FILE *f = fopen(path, "r");
        if (f) {
            n += fgets(name, sizeof name, f) && strncmp(name, "ac-io-", 6) == 0;
            fclose(f);
        }
    }
    if (d)
        closedir(d);
    return n;
}

// The idle ones end after the keep-alive (a wake-up that finds every
// thread busy starts one more, briefly): the count once it settles, or
// what it still is after 5 s.
SUSPEND static int io_threads_settled(void) {
    for (int i = 0; i < 500 && io_threads() != 1; i++)
        ac_delay(10);
    return io_threads();
}

static _Atomic int most_io_threads;   // seen by a blocker while it blocks

SUSPEND static void block_a_while(void) {
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) {
        usleep(100 * 1000);              // a blocking call: holds its thread
        int n = io_threads();            // the others are blocking too, or done
        for (int m = most_io_threads; n > m && !atomic_compare_exchange_weak(&most_io_threads, &m, n);)
            ;
        usleep(100 * 1000);
    }
}

SUSPEND static int receive_on_io(ac_channel *ch) {
    int v = 0;
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) {
        ac_channel_receive(ch, &v);
    }
    return v;
}

SUSPEND static void send_later(ac_channel *ch) {
    ac_delay(300);
    int v = 42;
    ac_channel_send(ch, &v);
}

SUSPEND static void body(void) {
    ac_coroutine_scope(s) {
        for (int i = 0; i < 4; i++)
            ac_launch(s, block_a_while());
    }
    printf("blockers done, IO threads > 1 while they blocked: %s\n", most_io_threads > 1 ? "yes" : "no");

    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) {
        ac_delay(300);                   // 15 keep-alives
    }
    printf("delay on IO woke, IO threads left: %d\n", io_threads_settled());

    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_coroutine_scope(s) {
        ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT,
                      send_later(ch));
        printf("received on IO: %d\n", receive_on_io(ch));
    }
    ac_channel_release(ch);
    printf("IO threads at the end: %d\n", io_threads_settled());
}

int main(void) {
    ac_error *e = ac_run_blocking(body(), NULL);
    if (e) {
        printf("error: %s\n", ac_error_message(e));
        ac_error_free(e);
    }
    return 0;
}
// CHECK: blockers done, IO threads > 1 while they blocked: yes
// CHECK-NEXT: delay on IO woke, IO threads left: 1
// CHECK-NEXT: received on IO: 42
// CHECK-NEXT: IO threads at the end: 1
// CHECK-NOT: error
