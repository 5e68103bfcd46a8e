/*
 * channel.c -- Kotlin's Channel: rendezvous, buffered, unlimited and
 * conflated, for coroutines on any threads.
 *
 * One lock guards everything: a ring buffer of elements and two FIFOs of
 * waiting nodes (senders, receivers), kept in the waiting frames.  An
 * element moves only under the lock, from a sender (or the buffer) to a
 * receiver (or the buffer), and the node that gave or took it is marked
 * done in the same critical section.  So a waiter that was cancelled finds
 * its node either done (the element moved: it returns normally, and the
 * cancellation waits for the next suspension point, kotlinx 1.0.1's
 * atomic cancellation) or still linked (nothing moved: it unlinks and
 * throws).  An element is never lost and never delivered twice.
 *
 *   send:    a waiting receiver?  copy to it, wake it
 *            else room in the buffer?  append
 *            else wait in `senders`
 *   receive: the buffer has one?  take it, refill from a waiting sender
 *            else a waiting sender?  take its element, wake it
 *            else closed?  fail (or report "closed")
 *            else wait in `receivers`
 *
 * close: no new sends; what was sent (buffered, or held by waiting
 * senders) is still received; then waiting receivers wake "closed".
 * cancel: close, drop the buffer, and wake everyone "closed".
 */
#include "internal.h"

#include <stdlib.h>

struct ac_channel {
    atomic_uint refs;
    ac__lock lock;
    size_t esize;
    long capacity;              /* > 0, or AC_CHANNEL_* */
    char *buf;                  /* ring of `slots` elements */
    size_t slots, head, count;
    ac__wqueue senders, receivers;
    bool closed, cancelled;
    ac_error *cause;            /* close cause, or the cancellation */
    ac_job *producer;           /* ac_produce: cancelled with the channel */
    ac_channel_drop_fn *drop;
    void *drop_arg;
};

const ac_error_type AC_CLOSED_SEND = {"ClosedSendChannelException", &AC_ILLEGAL_STATE};
const ac_error_type AC_CLOSED_RECEIVE = {"ClosedReceiveChannelException", &AC_ERROR};

ac_channel *ac_channel_new(size_t elem_size, long capacity)
{
    if (capacity < AC_CHANNEL_CONFLATED)
        return NULL;
    ac_channel *ch = ac__malloc(sizeof *ch);
    if (!ch)
        return NULL;
    *ch = (ac_channel){.esize = elem_size, .capacity = capacity};
    atomic_init(&ch->refs, 1);
    ac__lock_init(&ch->lock);
    return ch;
}

ac_channel *ac_channel_retain(ac_channel *ch)
{
    if (ch)
        atomic_fetch_add_explicit(&ch->refs, 1, memory_order_relaxed);
    return ch;
}

/* memcpy of one element; a size-0 channel may carry NULL pointers. */
static void copy_elem(const ac_channel *ch, void *dst, const void *src)
{
    if (ch->esize)
        memcpy(dst, src, ch->esize);
}

static void *slot(ac_channel *ch, size_t i)
{
    return ch->buf + ((ch->head + i) % ch->slots) * ch->esize;
}

static void drop_buffer(ac_channel *ch)
{
    for (size_t i = 0; i < ch->count; i++)
        if (ch->drop)
            ch->drop(slot(ch, i), ch->drop_arg);
    ch->count = 0;
    ch->head = 0;
}

void ac_channel_release(ac_channel *ch)
{
    if (!ch || atomic_fetch_sub_explicit(&ch->refs, 1, memory_order_acq_rel) != 1)
        return;
    drop_buffer(ch);
    ac_error_release(ch->cause);
    ac__free(ch->buf);
    ac__free(ch);
}

void ac_channel_set_drop(ac_channel *ch, ac_channel_drop_fn *drop, void *arg)
{
    if (!ch)
        return;
    ac__lock_acquire(&ch->lock);
    ch->drop = drop;
    ch->drop_arg = arg;
    ac__lock_release(&ch->lock);
}

size_t ac_channel_elem_size(const ac_channel *ch) { return ch ? ch->esize : 0; }
void ac__channel_lock(ac_channel *ch) { ac__lock_acquire(&ch->lock); }
void ac__channel_unlock(ac_channel *ch) { ac__lock_release(&ch->lock); }

/* ------------------------------------------------------------------ */
/* The buffer                                                          */
/* ------------------------------------------------------------------ */

static bool has_room(const ac_channel *ch)
{
    return ch->capacity == AC_CHANNEL_UNLIMITED || ch->capacity == AC_CHANNEL_CONFLATED ||
           ch->count < (size_t)ch->capacity;
}

/* Doubles the ring (up to the capacity), unrolling it to start at 0. */
static int grow(ac_channel *ch)
{
    size_t want = ch->slots ? 2 * ch->slots : 8;
    if (ch->capacity > 0 && want > (size_t)ch->capacity)
        want = (size_t)ch->capacity;
    size_t esize = ch->esize ? ch->esize : 1;
    if (want <= ch->slots || want > SIZE_MAX / esize)
        return -1;
    char *nb = ac__malloc(want * esize);
    if (!nb)
        return -1;
    for (size_t i = 0; i < ch->count; i++)
        copy_elem(ch, nb + i * ch->esize, slot(ch, i));
    ac__free(ch->buf);
    ch->buf = nb;
    ch->slots = want;
    ch->head = 0;
    return 0;
}

/* Appends elem (room checked by the caller); -1 if out of memory. */
static int buffer_put(ac_channel *ch, const void *elem)
{
    if (ch->capacity == AC_CHANNEL_CONFLATED && ch->count) {
        if (ch->drop)
            ch->drop(slot(ch, 0), ch->drop_arg);
        copy_elem(ch, slot(ch, 0), elem);
        return 0;
    }
    if (ch->count == ch->slots && grow(ch) != 0)
        return -1;
    copy_elem(ch, slot(ch, ch->count), elem);
    ch->count++;
    return 0;
}

static void buffer_take(ac_channel *ch, void *out)
{
    copy_elem(ch, out, slot(ch, 0));
    ch->head = (ch->head + 1) % ch->slots;
    ch->count--;
}

/* ------------------------------------------------------------------ */
/* The operations, lock held                                           */
/* ------------------------------------------------------------------ */

int ac__channel_send_locked(ac_channel *ch, const void *elem)
{
    if (ch->closed)
        return AC_CHANNEL_CLOSED;
    ac__wnode *r = ac__wq_take(&ch->receivers);
    if (r) {
        copy_elem(ch, r->data, elem);
        ac__wnode_complete(r, AC__DONE);
        return AC_CHANNEL_OK;
    }
    if (!has_room(ch))
        return AC_CHANNEL_WOULD_SUSPEND;
    return buffer_put(ch, elem) == 0 ? AC_CHANNEL_OK : -1;
}

int ac__channel_receive_locked(ac_channel *ch, void *out)
{
    if (ch->count) {
        buffer_take(ch, out);
        ac__wnode *s = ac__wq_take(&ch->senders);
        if (s) {                    /* a full buffer refills in order */
            buffer_put(ch, s->data);    /* a slot was just freed */
            ac__wnode_complete(s, AC__DONE);
        }
        return AC_CHANNEL_OK;
    }
    ac__wnode *s = ac__wq_take(&ch->senders);
    if (s) {
        copy_elem(ch, out, s->data);
        ac__wnode_complete(s, AC__DONE);
        return AC_CHANNEL_OK;
    }
    return ch->closed ? AC_CHANNEL_CLOSED : AC_CHANNEL_WOULD_SUSPEND;
}

void ac__channel_wait_locked(ac_channel *ch, ac__wnode *n, bool send)
{
    n->result = AC__WAITING;
    ac__wq_push(send ? &ch->senders : &ch->receivers, n);
}

void ac__channel_unwait_locked(ac_channel *ch, ac__wnode *n, bool send)
{
    ac__wq_remove(send ? &ch->senders : &ch->receivers, n);
}

ac_error *ac__channel_closed_error_locked(ac_channel *ch, bool send)
{
    if (ch->cause)
        return ac_error_retain(ch->cause);
    if (!send)
        return NULL;
    return ac_error_new(&AC_CLOSED_SEND, "Channel was closed");
}

/* ------------------------------------------------------------------ */
/* Ordinary code: try, close, cancel                                   */
/* ------------------------------------------------------------------ */

int ac_channel_try_send(ac_channel *ch, const void *elem)
{
    if (!ch)
        return AC_CHANNEL_INVALID;
    ac__lock_acquire(&ch->lock);
    int r = ac__channel_send_locked(ch, elem);
    ac__lock_release(&ch->lock);
    return r < 0 ? AC_CHANNEL_NO_MEMORY : r;
}

int ac_channel_try_receive(ac_channel *ch, void *out)
{
    if (!ch)
        return AC_CHANNEL_INVALID;
    ac__lock_acquire(&ch->lock);
    int r = ac__channel_receive_locked(ch, out);
    ac__lock_release(&ch->lock);
    return r;
}

/* Wakes every waiter of q "closed". */
static void wake_all_closed(ac__wqueue *q)
{
    ac__wnode *n;
    while ((n = ac__wq_take(q)))
        ac__wnode_complete(n, AC__CLOSED);
}

static int close_locked(ac_channel *ch, ac_error *cause)
{
    if (ch->closed) {
        ac_error_release(cause);
        return 0;
    }
    ch->closed = true;
    ch->cause = cause;
    if (!ch->count && !ch->senders.head)
        wake_all_closed(&ch->receivers);
    return 1;
}

int ac_channel_close(ac_channel *ch, ac_error *cause)
{
    if (!ch) {
        ac_error_release(cause);
        return 0;
    }
    ac__lock_acquire(&ch->lock);
    int r = close_locked(ch, cause);
    ac__lock_release(&ch->lock);
    return r;
}

void ac_channel_cancel(ac_channel *ch, ac_error *cause)
{
    if (!ch) {
        ac_error_release(cause);
        return;
    }
    if (!cause)
        cause = ac_error_new(&AC_CANCELLATION, "Channel was cancelled");
    ac_error *why = ac_error_is(cause, &AC_CANCELLATION) ? ac_error_retain(cause) : NULL;
    ac__lock_acquire(&ch->lock);
    close_locked(ch, cause);        /* a closed channel keeps its own cause */
    ch->cancelled = true;
    drop_buffer(ch);
    wake_all_closed(&ch->senders);
    wake_all_closed(&ch->receivers);
    ac_job *producer = ch->producer;
    ch->producer = NULL;
    ac__lock_release(&ch->lock);
    if (producer) {                 /* outside the lock: cancelling runs handlers */
        ac_job_cancel(producer, why);
        ac_job_release(producer);
    } else {
        ac_error_release(why);
    }
}

static int locked_flag(ac_channel *ch, int which)
{
    if (!ch)
        return 1;
    ac__lock_acquire(&ch->lock);
    int r = which == 0 ? ch->closed
          : which == 1 ? ch->closed && !ch->count && !ch->senders.head
                       : !ch->count && !ch->senders.head;
    ac__lock_release(&ch->lock);
    return r;
}

int ac_channel_is_closed_for_send(ac_channel *ch) { return locked_flag(ch, 0); }
int ac_channel_is_closed_for_receive(ac_channel *ch) { return locked_flag(ch, 1); }
int ac_channel_is_empty(ac_channel *ch) { return locked_flag(ch, 2); }

ac_error *ac_channel_close_cause(ac_channel *ch)
{
    if (!ch)
        return NULL;
    ac__lock_acquire(&ch->lock);
    ac_error *e = ac_error_retain(ch->cause);
    ac__lock_release(&ch->lock);
    return e;
}

/* ------------------------------------------------------------------ */
/* produce                                                             */
/* ------------------------------------------------------------------ */

/* The producer is started only once the channel knows it (it is launched
 * lazily by ac_produce), so that its end always closes the channel. */
ac_job *ac__produce(ac_channel *ch, ac_job *producer)
{
    if (!producer || !ch)
        return producer;
    ac__lock_acquire(&ch->lock);
    ch->producer = ac_job_retain(producer);
    ac__lock_release(&ch->lock);
    producer->produces = ac_channel_retain(ch);
    ac_job_start(producer);
    return producer;
}

bool ac__channel_producer_done(ac_channel *ch, const ac_error *cause)
{
    ac__lock_acquire(&ch->lock);
    int closed = close_locked(ch, cause ? ac_error_retain((ac_error *)cause) : NULL);
    ac_job *producer = ch->producer;
    ch->producer = NULL;
    ac__lock_release(&ch->lock);
    ac_job_release(producer);
    return closed;
}
