/* One event loop per thread: several threads run run_blocking at the same
 * time (yields, delays, async/await, scopes) with no shared state; under
 * TSan this proves the runtime keeps nothing global and mutable. */
#include "frames.h"

#include <pthread.h>

#define THREADS 4
#define ROUNDS 20

/* int worker(int k): k * 10 after yielding k times */
typedef struct {
    ac_frame hdr;
    int k, i;
} worker_frame;

static ac_status worker_resume(ac_frame *self)
{
    T_FRAME(worker_frame);
    switch (self->state) {
    case 0:
        for (fr->i = 0; fr->i < fr->k; fr->i++) {
            T_CALL(fr, 1, ac_yield__ac_new(self->coro, NULL));
        }
        T_CALL(fr, 2, ac_delay__ac_new(self->coro, NULL, 1));
        *(int *)self->result = fr->k * 10;
    }
    return AC_DONE;
}

static ac_frame *worker__ac_new(ac_coro *co, int *res, int k)
{
    worker_frame *fr = T_NEW(worker_frame, co, res, worker_resume);
    if (!fr)
        return NULL;
    fr->k = k;
    return &fr->hdr;
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope;
    ac_deferred *d[8];
    void *p;
    int i, sum;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    switch (self->state) {
    case 0:
        fr->sum = 0;
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        for (fr->i = 0; fr->i < 8; fr->i++) {
            fr->d[fr->i] = ac__async(fr->scope, NULL, AC_START_DEFAULT, 0, worker__ac_new(ac__coro_new(sizeof(int)), NULL, fr->i));
            CHECK(fr->d[fr->i]);
        }
        for (fr->i = 0; fr->i < 8; fr->i++) {
            T_CALL(fr, 1, ac__await_ptr__ac_new(self->coro, &fr->p, fr->d[fr->i]));
            fr->sum += *(int *)fr->p;
        }
        T_CALL(fr, 2, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        CHECK_INT(ac__scope_close(fr->scope, self), AC_DONE);
        *(int *)self->result = fr->sum;
    }
    return AC_DONE;
}

static void *thread_main(void *arg)
{
    (void)arg;
    for (int r = 0; r < ROUNDS; r++) {
        int out = 0;
        ac_frame *root = ac__frame_alloc(ac__coro_new(sizeof(int)), sizeof(root_frame),
                                         root_resume, NULL);
        CHECK(ac__run_blocking(NULL, root, &out, sizeof out) == NULL);
        CHECK_INT(out, 280);                /* 10 * (0 + 1 + ... + 7) */
    }
    CHECK_NO_LEAK();
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        CHECK(pthread_create(&t[i], NULL, thread_main, NULL) == 0);
    for (int i = 0; i < THREADS; i++)
        CHECK(pthread_join(t[i], NULL) == 0);
    return 0;
}
