// ac_dump from a plain thread, over and over, while coroutines start, hop
// between the run_blocking loop and Default, wait in delays and channels,
// and end: the dump takes the locks the live lists need and reads frames
// only of parked coroutines, so ThreadSanitizer and ASan stay quiet and it
// never crashes on a coroutine that ends under it.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// CHECK: dumps done
// CHECK: coroutines done 2000
#define _GNU_SOURCE
#include <asyncc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

static atomic_int stop;
static atomic_int done;

static void *dumper(void *arg) {
    (void)arg;
    int n = 0;
    while (!atomic_load(&stop) || n < 20) {
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        ac_dump(m);
        fclose(m);
        free(text);
        n++;
    }
    return NULL;
}

SUSPEND static void leaf(ac_channel *ch, int i) {
    ac_yield();
    if (i % 3 == 0)
        ac_delay(1);
    if (i % 2 == 0) {
        int v = i;
        ac_channel_send(ch, &v);
    } else {
        int v;
        ac_channel_receive(ch, &v);
    }
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_default())) {
        ac_yield();
    }
    atomic_fetch_add(&done, 1);
}

SUSPEND static int main_co(void) {
    for (int round = 0; round < 100; round++) {
        ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_coroutine_scope(s) {
            for (int i = 0; i < 20; i++) {
                ac_ctx *ctx = i % 4 == 0 ? ac_ctx_dispatcher(ac_dispatcher_default()) : NULL;
                ac_launch_ctx(s, ctx, AC_START_DEFAULT, leaf(ch, i));
            }
        }
        ac_channel_release(ch);
    }
    return 0;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, dumper, NULL);
    int v = 0;
    ac_error *e = ac_run_blocking(main_co(), &v);
    if (e) {
        ac_error_print(e, stdout);
        ac_error_free(e);
    }
    atomic_store(&stop, 1);
    pthread_join(t, NULL);
    printf("dumps done\n");
    printf("coroutines done %d\n", atomic_load(&done));
    return 0;
}
