/*
 * channel_ops.c -- the suspend functions of channels: send, receive,
 * receive_or_closed and consume_each, hand-written in the frame ABI.
 *
 * One frame type serves all four.  The operation is tried under the
 * channel's lock; if it would wait, the frame parks and links its node in
 * the same critical section, so no wake-up falls between the try and the
 * wait.  Resumed, it takes the lock again: a node still linked means no
 * element moved (a cancellation: unlink and throw); otherwise the node's
 * result says what happened (see channel.c).  A waiting frame holds a
 * reference on the channel.
 */
#include "internal.h"

enum { OP_SEND, OP_RECEIVE, OP_RECEIVE_OR_CLOSED, OP_EACH };

typedef struct {
    ac_frame hdr;
    ac_channel *ch;
    int op;
    void *out;                  /* receive: the caller's destination */
    ac_channel_each_fn *fn;     /* consume_each */
    void *arg;
    ac__wnode node;
    ac__loop *counted;          /* a one-thread loop counting the wait */
    max_align_t elem[];         /* send: the element; each: the one received */
} chan_frame;

static bool is_send(const chan_frame *fr) { return fr->op == OP_SEND; }

static void *op_data(chan_frame *fr)
{
    return fr->op == OP_RECEIVE || fr->op == OP_RECEIVE_OR_CLOSED ? fr->out : fr->elem;
}

/* A plain thread may end the wait (a try_send from a callback): see
 * ac__wait_count. */
static void count_wait(chan_frame *fr, ac_coro *co)
{
    fr->counted = ac__wait_count(co, false);
}

static void uncount(chan_frame *fr)
{
    ac__wait_uncount(&fr->counted, false);
}

/* Cleanup of the park, for a coroutine the loop abandons. */
static void unwait(ac_coro *co, void *arg)
{
    (void)co;
    chan_frame *fr = arg;
    ac__channel_lock(fr->ch);
    ac__channel_unwait_locked(fr->ch, &fr->node, is_send(fr));
    ac__channel_unlock(fr->ch);
    uncount(fr);
    ac_channel_release(fr->ch);     /* the waiting reference */
}

/* The channel is closed for this operation (lock held, released here). */
static ac_status closed(chan_frame *fr, ac_channel *ch)
{
    ac_error *e = ac__channel_closed_error_locked(ch, is_send(fr));
    ac__channel_unlock(ch);
    if (e)
        return ac__fail(&fr->hdr, e);
    if (fr->op == OP_RECEIVE)
        return ac__fail(&fr->hdr, ac_error_new(&AC_CLOSED_RECEIVE, "Channel was closed"));
    if (fr->op == OP_RECEIVE_OR_CLOSED)
        *(int *)fr->hdr.result = 0;
    return AC_DONE;
}

/* Parks and links the node (lock held, released here).  The wait holds a
 * reference on the channel: the caller's may go meanwhile. */
static ac_status wait(chan_frame *fr, ac_channel *ch)
{
    ac_coro *co = fr->hdr.coro;
    uint64_t seq = ac__park(co, true, unwait, fr);
    if (!seq) {
        ac__channel_unlock(ch);
        return ac__throw_cancelled(&fr->hdr);
    }
    fr->node = (ac__wnode){.co = co, .seq = seq, .data = op_data(fr)};
    ac__channel_wait_locked(ch, &fr->node, is_send(fr));
    ac_channel_retain(ch);
    count_wait(fr, co);
    fr->hdr.state = 1;
    ac__channel_unlock(ch);
    return AC_SUSPENDED;            /* co may run elsewhere already */
}

/* An element arrived in op_data: the operation is over, except for
 * consume_each, which hands it on and goes round again (true). */
static bool got_one(chan_frame *fr)
{
    if (fr->op == OP_RECEIVE_OR_CLOSED)
        *(int *)fr->hdr.result = 1;
    if (fr->op != OP_EACH)
        return false;
    if (fr->fn(fr->elem, fr->arg) == 0)
        return true;
    ac_channel_cancel(fr->ch, NULL);    /* stopped early: Kotlin's consume */
    return false;
}

static ac_status attempt(chan_frame *fr)
{
    ac_channel *ch = fr->ch;
    for (;;) {
        ac__channel_lock(ch);
        int r = is_send(fr) ? ac__channel_send_locked(ch, fr->elem)
                            : ac__channel_receive_locked(ch, op_data(fr));
        if (r == AC_CHANNEL_WOULD_SUSPEND)
            return wait(fr, ch);
        if (r == AC_CHANNEL_CLOSED)
            return closed(fr, ch);
        ac__channel_unlock(ch);
        if (r < 0)
            return ac__fail_oom(&fr->hdr);
        if (is_send(fr) || !got_one(fr))
            return AC_DONE;
    }
}

/* consume_each left by a failure or a cancellation cancels the channel
 * (Kotlin's consume). */
static ac_status consumed(chan_frame *fr, ac_status st)
{
    if (st == AC_THROW && fr->op == OP_EACH)
        ac_channel_cancel(fr->ch, NULL);
    return st;
}

/* Resumed after a wait: the node says what happened. */
static ac_status woken(chan_frame *fr)
{
    ac_channel *ch = fr->ch;
    bool cancelled = ac__park_interrupted(fr->hdr.coro);
    ac__channel_lock(ch);
    int result = fr->node.linked ? AC__WAITING : fr->node.result;
    ac__channel_unwait_locked(ch, &fr->node, is_send(fr));
    uncount(fr);
    ac_status st;
    if (result == AC__DONE) {       /* moved: returns even if cancelled */
        ac__channel_unlock(ch);
        st = got_one(fr) ? attempt(fr) : AC_DONE;
    } else if (result == AC__CLOSED) {
        st = closed(fr, ch);
    } else {
        ac__channel_unlock(ch);
        st = cancelled ? ac__throw_cancelled(&fr->hdr) : ac__bad_state(&fr->hdr);
    }
    st = consumed(fr, st);
    ac_channel_release(ch);         /* the waiting reference; a new wait took its own */
    return st;
}

static ac_status chan_resume(ac_frame *self)
{
    chan_frame *fr = (chan_frame *)self;
    if (self->state == 1)
        return woken(fr);
    if (!fr->ch)
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_ARGUMENT, "channel operation on a NULL channel"));
    if (fr->op == OP_EACH && !fr->fn)
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_ARGUMENT, "ac_channel_consume_each with a NULL function"));
    return consumed(fr, attempt(fr));
}

static ac_frame *new_op(ac_coro *co, void *res, ac_channel *ch, int op, size_t extra)
{
    chan_frame *fr = ac__frame_alloc(co, sizeof *fr + extra, chan_resume, res);
    if (!fr)
        return NULL;
    static const ac_frame_site sites[] = {{NULL, "ac_channel_send"},
                                          {NULL, "ac_channel_receive"},
                                          {NULL, "ac_channel_receive_or_closed"},
                                          {NULL, "ac_channel_consume_each"}};
    fr->hdr.site = &sites[op];          /* for deadlock reports (no file) */
    fr->ch = ch;
    fr->op = op;
    fr->out = NULL;
    fr->fn = NULL;
    fr->arg = NULL;
    fr->counted = NULL;
    fr->node = (ac__wnode){0};
    return &fr->hdr;
}

ac_frame *ac_channel_send__ac_new(ac_coro *co, void *res, ac_channel *ch, const void *elem)
{
    size_t n = ch ? ac_channel_elem_size(ch) : 0;
    ac_frame *f = new_op(co, res, ch, OP_SEND, n);
    if (f && n)
        memcpy(((chan_frame *)f)->elem, elem, n);   /* the caller's may not outlive the call */
    return f;
}

ac_frame *ac_channel_receive__ac_new(ac_coro *co, void *res, ac_channel *ch, void *out)
{
    ac_frame *f = new_op(co, res, ch, OP_RECEIVE, 0);
    if (f)
        ((chan_frame *)f)->out = out;
    return f;
}

ac_frame *ac_channel_receive_or_closed__ac_new(ac_coro *co, void *res, ac_channel *ch,
                                               void *out)
{
    ac_frame *f = new_op(co, res, ch, OP_RECEIVE_OR_CLOSED, 0);
    if (f)
        ((chan_frame *)f)->out = out;
    return f;
}

ac_frame *ac_channel_consume_each__ac_new(ac_coro *co, void *res, ac_channel *ch,
                                          ac_channel_each_fn *fn, void *arg)
{
    ac_frame *f = new_op(co, res, ch, OP_EACH, ch ? ac_channel_elem_size(ch) : 0);
    if (f) {
        ((chan_frame *)f)->fn = fn;
        ((chan_frame *)f)->arg = arg;
    }
    return f;
}
