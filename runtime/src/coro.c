/*
 * coro.c -- the coroutine object and its frame arena.
 *
 * A coroutine is one allocation: its header, its result area (for async
 * and run_blocking) and the first chunk of its frame arena.  Generated
 * builders allocate it together with the root frame (ac__coro_lazy), so
 * the first chunk fits that frame and a small reserve for the calls below
 * it: a coroutine suspended in a delay carries little unused arena.  Frames of one
 * coroutine are strictly LIFO, so the arena is a bump allocator: a call
 * moves a pointer up, a return moves it down.  When a chunk is full the
 * next one comes from the heap, twice as big each time up to a cap (a frame
 * bigger than the cap gets a chunk of its own).  Emptied chunks are kept
 * above the current one and reused, so a coroutine that once went N calls
 * deep never allocates again for calls up to that depth: a call/return at
 * a chunk boundary, or a second deep recursion, costs no malloc.  The
 * cached chunks are given back when the coroutine completes.
 */
#include "internal.h"

#include <string.h>

#define ALIGN AC__FRAME_ALIGN

static size_t round_up(size_t n)
{
    return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

/* p rounded up to a multiple of align (a power of two). */
static char *align_ptr(char *p, size_t align)
{
    uintptr_t u = (uintptr_t)p;
    return p + (((u + align - 1) & ~(uintptr_t)(align - 1)) - u);
}

/* The chunk header, rounded so the data after it stays aligned. */
static size_t chunk_header(void)
{
    return round_up(sizeof(ac__chunk));
}

/* c becomes the chunk frames are pushed in. */
static void enter_chunk(ac_coro *co, ac__chunk *c)
{
    co->chunk = c;
    co->frames.base = c->base;
    co->frames.end = c->end;
}

void ac__frame_pop_chunk(ac_coro *co)
{
    ac__frames *fs = &co->frames;
    if (!fs->top) {                     /* the root: the arena is empty */
        enter_chunk(co, &co->first);
        fs->sp = co->first.base;
        return;
    }
    while (fs->sp == fs->base && co->chunk->prev) {
        fs->sp = co->chunk->prev_sp;
        enter_chunk(co, co->chunk->prev);
    }
}

/* A coroutine whose first chunk has `chunk` bytes. */
static ac_coro *coro_alloc(size_t result_size, size_t chunk)
{
    size_t res = round_up(result_size);
    ac_coro *co = ac__malloc(offsetof(ac_coro, mem) + res + chunk);
    if (!co)
        return NULL;
    memset(co, 0, offsetof(ac_coro, mem) + res);
    ac__job_init(&co->job, AC__KIND_LAUNCH, false, NULL);
    co->job.co = co;
    co->cur = &co->job;
    ac__lock_init(&co->park_lock);
    co->result_size = result_size;
    co->first.base = (char *)co->mem + res;
    co->first.end = co->first.base + chunk;
    enter_chunk(co, &co->first);
    co->frames.sp = co->first.base;
    return co;
}

ac_coro *ac__coro_new(size_t result_size)
{
    if (result_size > SIZE_MAX / 4)
        return NULL;
    return coro_alloc(result_size, AC__FIRST_CHUNK);
}

ac_coro *ac__coro_lazy(size_t result_size)
{
    if (result_size > SIZE_MAX / 4)
        return NULL;
    return (ac_coro *)(uintptr_t)(result_size << 1 | 1);
}

/* The coroutine a lazy request stands for, with room for a root frame of
 * `need` bytes aligned to `align`, and the reserve. */
static ac_coro *coro_of_request(ac_coro *request, size_t need, size_t align)
{
    size_t slack = align > ALIGN ? align - ALIGN : 0;
    if (need > SIZE_MAX / 4)
        return NULL;
    return coro_alloc((uintptr_t)request >> 1, need + slack + AC__ROOT_RESERVE);
}

void *ac__coro_result(ac_coro *co)
{
    return co->mem;
}

static void free_chunks(ac__chunk *c)
{
    while (c) {
        ac__chunk *next = c->next;
        ac__free(c);
        ac__stat.chunk_frees++;
        c = next;
    }
}

void ac__coro_trim(ac_coro *co)
{
    free_chunks(co->first.next);
    co->first.next = NULL;
}

void ac__coro_free_memory(ac_coro *co)
{
    ac__loop_unlink(co);
    free_chunks(co->first.next);
    ac_error_release(co->exc);
    ac__free(co);
}

void ac__coro_drop_frames(ac_coro *co)
{
    while (co->frames.top)
        ac__frame_pop(co);
    ac__coro_trim(co);
}

void ac__coro_body_done(ac_coro *co, ac_error *e)
{
    ac__coro_trim(co);
    ac__loop_coro_ended(co);
    /* Counted out only after the job's end has woken its waiters: a
     * run_blocking on another thread waiting for this job must never see
     * it gone while its wake-up is not yet queued, or it would take
     * itself for deadlocked (release: the queued wake-up is visible to
     * whoever sees the count drop).  The job may free co meanwhile. */
    bool counted = co->started;
    ac__job_body_done(&co->job, e);
    if (counted)
        atomic_fetch_sub_explicit(&ac__live_total, 1, memory_order_release);
}

void ac__coro_abandon(ac_coro *co)
{
    if (co->park_cleanup)
        co->park_cleanup(co, co->park_arg);
    ac__unpark(co);                     /* under park_lock: ac_dump may look */
    ac__scope_abandon_all(co);
    ac__coro_drop_frames(co);
    ac_error_release(co->exc);
    co->exc = NULL;
    ac__coro_body_done(co, ac_error_new(&AC_DEADLOCK, "coroutine abandoned: deadlocked"));
}

/* Capacity of the chunk to add above c for a frame of `need` bytes. */
static size_t next_capacity(const ac__chunk *c, size_t need)
{
    size_t cap = (size_t)(c->end - c->base) * 2;
    if (cap > AC__MAX_CHUNK)
        cap = AC__MAX_CHUNK;
    return cap < need ? need : cap;
}

/* Moves co to a chunk with room for a frame of `need` bytes aligned to
 * `align`: the cached one above if it is big enough, else a new one.  The
 * chunk's base is the frame's address.  NULL when the heap says no. */
static char *arena_grow(ac_coro *co, size_t need, size_t align)
{
    ac__chunk *c = co->chunk, *n = c->next;
    size_t slack = align > ALIGN ? align - ALIGN : 0;
    if (need > SIZE_MAX - slack)
        return NULL;
    need += slack;
    if (n && (size_t)(n->end - ((char *)n + chunk_header())) < need) {
        free_chunks(n);                 /* too small: rare, a huge frame */
        c->next = n = NULL;
    }
    if (!n) {
        size_t cap = next_capacity(c, need);
        if (cap > SIZE_MAX - chunk_header())
            return NULL;
        n = ac__malloc(chunk_header() + cap);
        if (!n)
            return NULL;
        ac__stat.chunk_allocs++;
        n->end = (char *)n + chunk_header() + cap;
        n->next = NULL;
        n->prev = c;
        c->next = n;
    }
    n->base = align_ptr((char *)n + chunk_header(), align);
    n->prev_sp = co->frames.sp;
    enter_chunk(co, n);
    return n->base;
}

void *ac__frame_alloc(ac_coro *co, size_t size,
                      ac_status (*resume)(ac_frame *), void *result)
{
    return ac__frame_alloc_aligned(co, size, ALIGN, resume, result);
}

static ac_frame *init_frame(ac_coro *co, char *p, ac_status (*resume)(ac_frame *), void *result)
{
    ac_frame *f = (ac_frame *)p;
    f->resume = resume;
    f->caller = NULL;
    f->coro = co;
    f->result = result ? result : ac__coro_result(co);
    f->state = 0;
    f->line = 0;
    f->site = NULL;
    return f;
}

/* Every case the fast path below leaves out: odd sizes and alignments,
 * a full chunk, out of memory.  Out of line, so that the fast path is a
 * leaf function with nothing to save. */
static __attribute__((noinline)) void *frame_alloc_slow(ac_coro *co, size_t size, size_t align,
                                                         ac_status (*resume)(ac_frame *), void *result)
{
    if (!co)
        return NULL;
    if (align < ALIGN || (align & (align - 1)))
        align = ALIGN;                  /* not a power of two: the default */
    if (size < sizeof(ac_frame))
        size = sizeof(ac_frame);
    size_t need = size > SIZE_MAX / 2 ? SIZE_MAX : round_up(size);
    if (ac__coro_is_lazy(co) && !(co = coro_of_request(co, need, align)))
        return NULL;
    char *p = align_ptr(co->frames.sp, align);
    if (p > co->frames.end || (size_t)(co->frames.end - p) < need) {
        p = need == SIZE_MAX ? NULL : arena_grow(co, need, align);
        if (!p) {
            /* A coroutine without frames is only reachable from the
             * expression building it: free it so nothing leaks. */
            if (!co->frames.top && !co->started && co->frames.sp == co->first.base)
                ac_job_release(&co->job);
            return NULL;
        }
    }
    co->frames.sp = p + need;
    return init_frame(co, p, resume, result);
}

/* The common call: a frame of ordinary alignment that fits in the current
 * chunk.  co->sp is always ALIGN-aligned (every frame's size is rounded
 * up to it), so the frame goes right there. */
void *ac__frame_alloc_aligned(ac_coro *co, size_t size, size_t align,
                              ac_status (*resume)(ac_frame *), void *result)
{
    if (co && align <= ALIGN && size >= sizeof(ac_frame) && size <= AC__MAX_CHUNK) {
        size_t need = round_up(size);
        if (ac__coro_is_lazy(co) && !(co = coro_of_request(co, need, ALIGN)))
            return NULL;                /* a builder's root frame */
        char *p = co->frames.sp;
        if ((size_t)(co->frames.end - p) >= need) {
            co->frames.sp = p + need;
            return init_frame(co, p, resume, result);
        }
    }
    return frame_alloc_slow(co, size, align, resume, result);
}

