/* The frame arena: a builder's lazy coroutine sized by its root frame,
 * header fields, alignment, LIFO bump allocation, chunk growth, huge
 * frames, chunk reuse (steady state), failures. */
#include "check.h"

static ac_status never_run(ac_frame *self)
{
    (void)self;
    return AC_DONE;
}

static ac_frame *push(ac_coro *co, size_t size)
{
    ac_frame *f = ac__frame_alloc(co, size, never_run, NULL);
    CHECK(f);
    f->caller = co->frames.top;
    co->frames.top = f;
    return f;
}

static size_t capacity(const ac__chunk *c)
{
    return (size_t)(c->end - c->base);
}

static void test_header_and_alignment(void)
{
    ac_coro *co = ac__coro_new(24);
    CHECK(co);
    unsigned char *res = ac__coro_result(co);
    CHECK_INT((uintptr_t)res % 16, 0);
    for (int i = 0; i < 24; i++)
        CHECK_INT(res[i], 0);

    int slot;
    ac_frame *f = ac__frame_alloc(co, 40, never_run, NULL);
    CHECK(f->resume == never_run);
    CHECK(f->coro == co);
    CHECK(f->caller == NULL);
    CHECK(f->result == ac__coro_result(co));
    CHECK_INT(f->state, 0);
    CHECK_INT(f->line, 0);
    CHECK(f->site == NULL);
    f->caller = co->frames.top;
    co->frames.top = f;
    ac_frame *g = ac__frame_alloc(co, 1, never_run, &slot);
    CHECK(g->result == &slot);
    CHECK_INT((uintptr_t)f % 16, 0);
    CHECK_INT((uintptr_t)g % 16, 0);
    /* bump allocation: a frame is at least a header (48 bytes on LP64:
     * six pointers' worth, file and function behind one site pointer) */
    CHECK_INT(sizeof(ac_frame), 6 * sizeof(void *));
    CHECK_INT((char *)g - (char *)f, 48);
    g->caller = co->frames.top;
    co->frames.top = g;
    ac__frame_pop(co);
    CHECK(co->frames.top == f);
    /* LIFO: the freed place is the next one handed out */
    ac_frame *h = ac__frame_alloc(co, 100, never_run, NULL);
    CHECK(h == g);
    ac_frame *k = (h->caller = co->frames.top, co->frames.top = h, push(co, 17));
    CHECK_INT((char *)k - (char *)h, 112);
    while (co->frames.top)
        ac__frame_pop(co);
    CHECK(co->frames.sp == co->first.base);
    ac_job_release(&co->job);
}

/* Over-aligned frames (_Alignas locals): each frame is aligned as asked,
 * in the current chunk and at the start of new chunks, and popping them
 * gives every chunk back as for ordinary frames. */
static void test_over_aligned_frames(void)
{
    ac_coro *co = ac__coro_new(0);
    CHECK(co);
    static const size_t aligns[] = { 64, 16, 128, 4096, 32, 64 };
    ac_frame *frames[600];
    int n = 0;
    for (int round = 0; round < 100; round++) {
        size_t align = aligns[round % 6];
        ac_frame *f = ac__frame_alloc_aligned(co, 72 + (size_t)round * 8, align, never_run, NULL);
        CHECK(f);
        CHECK_INT((uintptr_t)f % align, 0);
        CHECK(f->coro == co);
        f->caller = co->frames.top;
        co->frames.top = f;
        frames[n++] = f;
    }
    /* a bad alignment (not a power of two) falls back to the default */
    ac_frame *odd = ac__frame_alloc_aligned(co, 64, 24, never_run, NULL);
    CHECK(odd);
    CHECK_INT((uintptr_t)odd % 16, 0);
    odd->caller = co->frames.top;
    co->frames.top = odd;
    ac__frame_pop(co);
    while (n > 0) {
        CHECK(co->frames.top == frames[n - 1]);
        ac__frame_pop(co);
        n--;
    }
    CHECK(co->frames.top == NULL);
    CHECK(co->chunk == &co->first);
    CHECK(co->frames.sp == co->first.base);
    ac_job_release(&co->job);
}

static void test_growth_and_steady_state(void)
{
    ac_coro *co = ac__coro_new(0);
    uint64_t allocs = ac__stat.chunk_allocs;
    /* frames of 64 bytes fill the inline chunk */
    const int inline_frames = AC__FIRST_CHUNK / 64;
    for (int i = 0; i < inline_frames; i++)
        push(co, 64);
    CHECK_INT(ac__stat.chunk_allocs, allocs);
    CHECK(co->chunk == &co->first);
    /* then chunks double from twice its size up to the 64 KiB cap */
    size_t expected[16], nexp = 0;
    for (size_t cap = 2 * AC__FIRST_CHUNK; cap < AC__MAX_CHUNK; cap *= 2)
        expected[nexp++] = cap;
    for (int i = 0; i < 3; i++)
        expected[nexp++] = AC__MAX_CHUNK;
    for (size_t i = 0; i < nexp; i++) {
        size_t frames = expected[i] / 64;
        for (size_t j = 0; j < frames; j++) {
            push(co, 64);
            CHECK_INT(capacity(co->chunk), expected[i]);
        }
        CHECK_INT(ac__stat.chunk_allocs, allocs + i + 1);
        CHECK(co->frames.sp == co->chunk->end);    /* exactly full */
    }
    size_t total = (size_t)inline_frames;
    for (size_t i = 0; i < nexp; i++)
        total += expected[i] / 64;
    uint64_t mallocs = ac__stat.mallocs;
    /* pop everything, then do it all again: no allocation at all */
    for (int round = 0; round < 3; round++) {
        while (co->frames.top)
            ac__frame_pop(co);
        CHECK(co->chunk == &co->first);
        CHECK(co->frames.sp == co->first.base);
        for (size_t i = 0; i < total; i++)
            push(co, 64);
        CHECK(co->frames.sp == co->chunk->end);
    }
    CHECK_INT(ac__stat.mallocs, mallocs);
    while (co->frames.top)
        ac__frame_pop(co);
    /* a call/return right at a chunk boundary does not malloc either */
    for (int i = 0; i < inline_frames; i++)
        push(co, 64);
    for (int i = 0; i < 1000; i++) {
        push(co, 64);
        CHECK(co->chunk != &co->first);
        ac__frame_pop(co);
        CHECK(co->chunk == &co->first);
    }
    CHECK_INT(ac__stat.mallocs, mallocs);
    while (co->frames.top)
        ac__frame_pop(co);
    uint64_t frees = ac__stat.chunk_frees;
    ac__coro_trim(co);
    CHECK_INT(ac__stat.chunk_frees, frees + nexp);
    ac_job_release(&co->job);
}

static void test_huge_frames(void)
{
    ac_coro *co = ac__coro_new(0);
    push(co, 100);
    size_t huge = 100 * 1024 + 1;
    ac_frame *f = push(co, huge);
    /* bigger than the cap: a chunk of its own, of exactly its size */
    CHECK((char *)f == co->chunk->base);
    CHECK_INT(capacity(co->chunk), huge + 15 - (huge + 15) % 16);
    ac_frame *g = push(co, 64);             /* next one: a new chunk */
    CHECK((char *)g == co->chunk->base);
    CHECK_INT(capacity(co->chunk), 65536);
    ac__frame_pop(co);
    ac__frame_pop(co);
    CHECK_INT(capacity(co->chunk), AC__FIRST_CHUNK);   /* back in the inline chunk */
    /* a cached chunk too small for the next huge frame is replaced */
    uint64_t allocs = ac__stat.chunk_allocs;
    push(co, 300 * 1024);
    CHECK_INT(capacity(co->chunk), 300 * 1024);
    CHECK_INT(ac__stat.chunk_allocs, allocs + 1);
    ac__frame_pop(co);
    ac__frame_pop(co);
    CHECK(co->frames.sp == co->first.base);
    ac_job_release(&co->job);
}

static void test_failures(void)
{
    CHECK(ac__frame_alloc(NULL, 64, never_run, NULL) == NULL);
    CHECK(ac_yield__ac_new(NULL, NULL) == NULL);

    /* a fresh coroutine whose first frame cannot be allocated is freed */
    uint64_t live = ac__stat.mallocs - ac__stat.frees;
    ac_coro *co = ac__coro_new(8);
    ac__test_fail_alloc_after(0);
    CHECK(ac__frame_alloc(co, 4096, never_run, NULL) == NULL);
    ac__test_fail_alloc(-1, 0);
    CHECK_INT(ac__stat.mallocs - ac__stat.frees, live);

    /* ac__coro_new itself failing */
    ac__test_fail_alloc_after(0);
    CHECK(ac__coro_new(8) == NULL);
    ac__test_fail_alloc(-1, 0);

    /* a coroutine with frames is kept; the failed frame is not pushed */
    co = ac__coro_new(0);
    ac_frame *f = push(co, 64);
    char *sp = co->frames.sp;
    ac__test_fail_alloc(0, 1);
    CHECK(ac__frame_alloc(co, 4096, never_run, NULL) == NULL);
    CHECK(co->frames.top == f);
    CHECK(co->frames.sp == sp);
    push(co, 4096);                         /* the heap is back */
    ac__frame_pop(co);
    CHECK(co->frames.sp == sp);
    ac__frame_pop(co);
    ac_job_release(&co->job);
}

/* A builder's lazy request: the root frame's allocation makes the
 * coroutine, with a first chunk that fits the root and AC__ROOT_RESERVE
 * bytes (a delay's frame, here), whatever the root's size; a failure
 * leaves nothing behind. */
static void test_lazy_root(void)
{
    size_t sizes[] = {sizeof(ac_frame), 200, 3000};
    for (int i = 0; i < 3; i++) {
        uint64_t chunks = ac__stat.chunk_allocs;
        ac_coro *lazy = ac__coro_lazy(sizeof(long));
        CHECK(lazy && ac__coro_is_lazy(lazy));
        ac_frame *root = ac__frame_alloc(lazy, sizes[i], never_run, NULL);
        CHECK(root);
        ac_coro *co = root->coro;
        CHECK(!ac__coro_is_lazy(co));
        CHECK(root->result == ac__coro_result(co));
        CHECK((char *)root == co->first.base);
        size_t need = (sizes[i] + AC__FRAME_ALIGN - 1) & ~(size_t)(AC__FRAME_ALIGN - 1);
        CHECK_INT(capacity(&co->first), need + AC__ROOT_RESERVE);
        co->frames.top = root;
        root->caller = NULL;
        ac_frame *d = ac_delay__ac_new(co, NULL, 5);    /* fits the reserve */
        CHECK(d);
        CHECK_INT(ac__stat.chunk_allocs, chunks);
        CHECK((char *)d > co->first.base && co->frames.sp <= co->first.end);
        d->caller = root;
        co->frames.top = d;
        ac__frame_pop(co);
        ac__frame_pop(co);
        CHECK(co->frames.sp == co->first.base);
        ac_job_release(&co->job);
    }
    CHECK(ac__coro_lazy(SIZE_MAX) == NULL);
    uint64_t live = ac__stat.mallocs - ac__stat.frees;
    ac__test_fail_alloc_after(0);
    CHECK(ac__frame_alloc(ac__coro_lazy(8), 64, never_run, NULL) == NULL);
    ac__test_fail_alloc(-1, 0);
    CHECK_INT(ac__stat.mallocs - ac__stat.frees, live);
}

int main(void)
{
    test_lazy_root();
    test_header_and_alignment();
    test_over_aligned_frames();
    test_growth_and_steady_state();
    test_huge_frames();
    test_failures();
    CHECK_NO_LEAK();
    CHECK_INT(ac__stat.chunk_allocs, ac__stat.chunk_frees);
    return 0;
}
