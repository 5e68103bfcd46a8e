/* A 100,000-deep chain of suspend calls, with a suspension at the bottom,
 * run twice in one coroutine on a thread with a 256 KiB stack: the C stack
 * stays bounded (ac__call bounces to the trampoline), the arena grows in
 * chunks, and the second run allocates nothing (steady state). */
#include "check.h"

#include <pthread.h>

#define DEPTH 100000

static char *stack_top;             /* frame address at thread start */
static size_t max_stack;            /* deepest C stack use seen */

static void note_stack(void)
{
    char *here = __builtin_frame_address(0);
    size_t used = (size_t)(stack_top - here);
    if (here < stack_top && used > max_stack)
        max_stack = used;
}

/* int rec(int n): n == 0 ? (yield, 0) : rec(n - 1) + 1 */
typedef struct {
    ac_frame hdr;
    int n, tmp;
    char pad[24];                   /* make frames 96 bytes */
} rec_frame;

static ac_frame *rec__ac_new(ac_coro *co, int *res, int n);

static ac_status rec_resume(ac_frame *self)
{
    T_FRAME(rec_frame);
    note_stack();
    switch (self->state) {
    case 0:
        if (fr->n == 0) {
            T_CALL(fr, 1, ac_yield__ac_new(self->coro, NULL));
            note_stack();
            *(int *)self->result = 0;
            return AC_DONE;
        }
        T_CALL(fr, 2, rec__ac_new(self->coro, &fr->tmp, fr->n - 1));
        note_stack();
        *(int *)self->result = fr->tmp + 1;
    }
    return AC_DONE;
}

static ac_frame *rec__ac_new(ac_coro *co, int *res, int n)
{
    rec_frame *fr = T_NEW(rec_frame, co, res, rec_resume);
    if (!fr)
        return NULL;
    fr->n = n;
    return &fr->hdr;
}

/* int root(void): rec(DEPTH) twice, checking the allocation counters. */
typedef struct {
    ac_frame hdr;
    int r1, r2;
    uint64_t mallocs, chunks;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    switch (self->state) {
    case 0:
        T_CALL(fr, 1, rec__ac_new(self->coro, &fr->r1, DEPTH));
        CHECK_INT(fr->r1, DEPTH);
        CHECK(self->coro->chunk == &self->coro->first);
        /* 100,000 frames of 96 bytes: about 150 chunks of 64 KiB */
        CHECK(ac__stat.chunk_allocs > 100);
        fr->mallocs = ac__stat.mallocs;
        fr->chunks = ac__stat.chunk_allocs;
        T_CALL(fr, 2, rec__ac_new(self->coro, &fr->r2, DEPTH));
        CHECK_INT(fr->r2, DEPTH);
        CHECK_INT(ac__stat.chunk_allocs, fr->chunks);
        CHECK_INT(ac__stat.mallocs, fr->mallocs);
        *(int *)self->result = fr->r1 + fr->r2;
    }
    return AC_DONE;
}

static void *run(void *arg)
{
    (void)arg;
    stack_top = __builtin_frame_address(0);
    int out = 0;
    ac_frame *root = ac__frame_alloc(ac__coro_new(sizeof(int)), sizeof(root_frame),
                                     root_resume, NULL);
    ac_error *err = ac__run_blocking(NULL, root, &out, sizeof out);
    CHECK(err == NULL);
    CHECK_INT(out, 2 * DEPTH);
    CHECK_INT(ac__stat.chunk_allocs, ac__stat.chunk_frees);
    CHECK_NO_LEAK();
    return NULL;
}

int main(void)
{
    pthread_attr_t attr;
    pthread_t t;
    CHECK(pthread_attr_init(&attr) == 0);
    CHECK(pthread_attr_setstacksize(&attr, 256 * 1024) == 0);
    CHECK(pthread_create(&t, &attr, run, NULL) == 0);
    CHECK(pthread_join(t, NULL) == 0);
    pthread_attr_destroy(&attr);
    /* bounded by AC__INLINE_DEPTH resume calls, not by the chain's depth */
    fprintf(stderr, "max C stack used: %zu bytes\n", max_stack);
    CHECK(max_stack > 0);
    CHECK(max_stack < 128 * 1024);
    return 0;
}
