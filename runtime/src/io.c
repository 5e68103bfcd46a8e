/*
 * io.c -- suspend functions on file descriptors: ac_read, ac_write,
 * ac_recv, ac_send, ac_accept, ac_connect and ac_io_wait, each with a
 * _deadline variant.
 *
 * On a non-blocking fd the call is tried first; only EAGAIN makes the
 * coroutine wait in the reactor (reactor.c) and try again once the fd is
 * ready.  A blocking fd (no O_NONBLOCK: a regular file, a terminal, a
 * socket the program did not switch) would block the dispatcher's thread,
 * so the call moves to the IO dispatcher for its duration and comes back,
 * as ac_with_context would.  Nothing is done when the wait is cancelled or
 * its deadline passes, except by ac_write, which reports the cancellation
 * after writing part of the buffer (the count is lost, as with a signal).
 */
#define _GNU_SOURCE /* accept4, pthread_setname_np */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

int ac__reactor_wait(int fd, int events, ac__wnode *n, ac_coro *co, uint64_t seq);
int ac__reactor_unwait(int fd, int events, ac__wnode *n);

const ac_error_type AC_TIMEOUT_IO = {"SocketTimeoutException", &AC_IO_ERROR};

enum { IO_WAIT, IO_READ, IO_WRITE, IO_RECV, IO_SEND, IO_ACCEPT, IO_CONNECT };
enum { START = 0, WAITING = 1, ON_IO = 2, BACK = 3 };

static const char *const op_names[] = {"ac_io_wait", "ac_read", "ac_write", "ac_recv",
                                       "ac_send", "ac_accept", "ac_connect"};
static const ac_frame_site op_sites[] = {{NULL, "ac_io_wait"}, {NULL, "ac_read"},
                                         {NULL, "ac_write"},   {NULL, "ac_recv"},
                                         {NULL, "ac_send"},    {NULL, "ac_accept"},
                                         {NULL, "ac_connect"}};

typedef struct {
    ac_frame hdr;
    int op, fd, flags, events;
    void *buf;
    size_t n, done;                 /* ac_write: bytes written so far */
    struct sockaddr *addr;          /* accept */
    socklen_t *addrlen;
    struct sockaddr_storage caddr;  /* connect: a copy, as the caller's may go */
    socklen_t clen;
    bool connecting;                /* connect: in progress, wait for it */
    bool not_socket;                /* write: send() said ENOTSOCK */
    int64_t deadline;               /* ms, CLOCK_MONOTONIC; -1 none */
    ssize_t result;                 /* the blocking call's, on the IO pool */
    int err;
    ac__wnode rnode, wnode;
    int waiting;                    /* the directions linked */
    ac__timer timer;
    ac__loop *counted, *home;
} io_frame;

int64_t ac_monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int ac_fd_set_nonblocking(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return -1;
    return (fl & O_NONBLOCK) ? 0 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static ac_status io_error(io_frame *fr, int err)
{
    errno = err;
    return ac__fail(&fr->hdr, ac_error_new(&AC_IO_ERROR, "%s(%d): %s", op_names[fr->op],
                                           fr->fd, strerror(err)));
}

/* ac_write: on a socket, send() with MSG_NOSIGNAL, so that a peer that
 * hung up is an EPIPE error rather than a SIGPIPE that kills the program;
 * anything else (pipe, file, tty) gets write(). */
static ssize_t write_some(io_frame *fr)
{
    const char *p = (const char *)fr->buf + fr->done;
    size_t left = fr->n - fr->done;
    if (!fr->not_socket) {
        ssize_t w = send(fr->fd, p, left, MSG_NOSIGNAL);
        if (w >= 0 || errno != ENOTSOCK)
            return w;
        fr->not_socket = true;
    }
    return write(fr->fd, p, left);
}

/* The call itself: >= 0 done, -1 with errno. */
static ssize_t call_once(io_frame *fr)
{
    if (ac__fault(AC__FAULT_IO)) {
        errno = EIO;
        return -1;
    }
    switch (fr->op) {
    case IO_READ:
        return read(fr->fd, fr->buf, fr->n);
    case IO_WRITE:
        while (fr->done < fr->n) {
            ssize_t w = write_some(fr);
            if (w < 0)
                return -1;
            fr->done += (size_t)w;
        }
        return (ssize_t)fr->n;
    case IO_RECV:
        return recv(fr->fd, fr->buf, fr->n, fr->flags);
    case IO_SEND:
        return send(fr->fd, fr->buf, fr->n, fr->flags | MSG_NOSIGNAL);
    case IO_ACCEPT:
        return accept4(fr->fd, fr->addr, fr->addrlen, SOCK_NONBLOCK | SOCK_CLOEXEC);
    case IO_CONNECT:
        if (fr->connecting) {       /* woken: how did it end? */
            int soerr = 0;
            socklen_t len = sizeof soerr;
            if (getsockopt(fr->fd, SOL_SOCKET, SO_ERROR, &soerr, &len) < 0)
                return -1;
            errno = soerr;
            return soerr ? -1 : 0;
        }
        if (connect(fr->fd, (struct sockaddr *)&fr->caddr, fr->clen) == 0)
            return 0;
        if (errno == EINPROGRESS) {
            fr->connecting = true;
            errno = EAGAIN;
        }
        return -1;
    default:
        errno = EAGAIN;             /* ac_io_wait: always wait */
        return -1;
    }
}

static int wanted(const io_frame *fr)
{
    switch (fr->op) {
    case IO_WAIT:
        return fr->events;
    case IO_READ: case IO_RECV: case IO_ACCEPT:
        return AC_IO_READABLE;
    default:
        return AC_IO_WRITABLE;
    }
}

/* ------------------------------------------------------------------ */
/* Waiting in the reactor                                              */
/* ------------------------------------------------------------------ */

/* Takes the wait back: the events it was woken with, or 0. */
static int unwait_all(io_frame *fr)
{
    int got = 0;
    if (fr->waiting & AC_IO_READABLE)
        got |= ac__reactor_unwait(fr->fd, AC_IO_READABLE, &fr->rnode);
    if (fr->waiting & AC_IO_WRITABLE)
        got |= ac__reactor_unwait(fr->fd, AC_IO_WRITABLE, &fr->wnode);
    fr->waiting = 0;
    if (fr->deadline >= 0)
        ac__loop_remove_timer(&fr->timer);
    ac__wait_uncount(&fr->counted, true);
    return got;
}

static void cleanup(ac_coro *co, void *arg)
{
    (void)co;
    unwait_all(arg);
}

static ac_status timed_out(io_frame *fr)
{
    errno = ETIMEDOUT;
    return ac__fail(&fr->hdr, ac_error_new(&AC_TIMEOUT_IO, "%s(%d): deadline passed",
                                           op_names[fr->op], fr->fd));
}

static ac_status wait_ready(io_frame *fr)
{
    ac_coro *co = fr->hdr.coro;
    int64_t left = fr->deadline < 0 ? -1 : fr->deadline - ac_monotonic_ms();
    if (fr->deadline >= 0 && left <= 0)
        return timed_out(fr);
    uint64_t seq = ac__park(co, true, cleanup, fr);
    if (!seq)
        return ac__throw_cancelled(&fr->hdr);
    fr->hdr.state = WAITING;        /* before a wake-up can come */
    int want = wanted(fr), err = 0;
    if (want & AC_IO_READABLE) {
        err = ac__reactor_wait(fr->fd, AC_IO_READABLE, &fr->rnode, co, seq);
        if (!err)
            fr->waiting |= AC_IO_READABLE;
    }
    if (!err && (want & AC_IO_WRITABLE)) {
        err = ac__reactor_wait(fr->fd, AC_IO_WRITABLE, &fr->wnode, co, seq);
        if (!err)
            fr->waiting |= AC_IO_WRITABLE;
    }
    if (!err && fr->deadline >= 0) {
        fr->timer = (ac__timer){.co = co, .wake_seq = seq};
        if (ac__loop_add_timer(co->loop, &fr->timer, left) != 0)
            err = ENOMEM;
    }
    if (err) {
        int64_t d = fr->deadline;
        fr->deadline = -1;          /* no timer to remove */
        unwait_all(fr);
        fr->deadline = d;
        ac__unpark(co);
        return io_error(fr, err);
    }
    fr->counted = ac__wait_count(co, true);    /* the reactor thread ends it */
    return AC_SUSPENDED;            /* co may run elsewhere already */
}

/* Try, and wait on EAGAIN, until the call is done. */
static ac_status attempt(io_frame *fr)
{
    for (;;) {
        ssize_t r = call_once(fr);
        if (r >= 0) {
            if (fr->hdr.result) {
                if (fr->op == IO_ACCEPT || fr->op == IO_CONNECT)
                    *(int *)fr->hdr.result = (int)r;
                else
                    *(ssize_t *)fr->hdr.result = r;
            }
            return AC_DONE;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return io_error(fr, errno);
        return wait_ready(fr);
    }
}

static ac_status woken(io_frame *fr)
{
    bool cancelled = ac__park_interrupted(fr->hdr.coro);
    int got = unwait_all(fr);
    if (cancelled)
        return ac__throw_cancelled(&fr->hdr);
    if (!got)
        return timed_out(fr);
    if (fr->op == IO_WAIT) {
        *(int *)fr->hdr.result = got;
        return AC_DONE;
    }
    return attempt(fr);
}

/* ------------------------------------------------------------------ */
/* Blocking fds: the call runs on the IO dispatcher                    */
/* ------------------------------------------------------------------ */

static bool is_blocking(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    return fl >= 0 && !(fl & O_NONBLOCK);
}

static ac_status hop_failed(io_frame *fr)
{
    fr->hdr.coro->hop_failed = false;
    ac__loop *to = fr->hdr.state == ON_IO ? ac_dispatcher_io() : fr->home;
    return ac__fail(&fr->hdr, ac__refused_error(to, op_names[fr->op]));
}

static ac_status on_io(io_frame *fr)
{
    ac_coro *co = fr->hdr.coro;
    if (co->hop_failed)
        return hop_failed(fr);
    ssize_t r;
    do
        r = call_once(fr);
    while (r < 0 && errno == EINTR);
    fr->result = r;
    fr->err = r < 0 ? errno : 0;
    fr->hdr.state = BACK;
    ac__coro_hop_after_step(co, fr->home);
    return AC_SUSPENDED;
}

static ac_status back_home(io_frame *fr)
{
    if (fr->hdr.coro->hop_failed)
        return hop_failed(fr);
    if (fr->result < 0)
        return io_error(fr, fr->err);
    if (fr->hdr.result) {
        if (fr->op == IO_ACCEPT || fr->op == IO_CONNECT)
            *(int *)fr->hdr.result = (int)fr->result;
        else
            *(ssize_t *)fr->hdr.result = fr->result;
    }
    return AC_DONE;
}

static ac_status io_resume(ac_frame *self)
{
    io_frame *fr = (io_frame *)self;
    ac_coro *co = self->coro;
    switch (self->state) {
    case WAITING: return woken(fr);
    case ON_IO: return on_io(fr);
    case BACK: return back_home(fr);
    default: break;
    }
    if (fr->fd < 0)
        return io_error(fr, EBADF);
    if (fr->op == IO_CONNECT && fr->clen == 0)
        return io_error(fr, EINVAL);
    if (fr->op == IO_WAIT && !(fr->events & (AC_IO_READABLE | AC_IO_WRITABLE)))
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_ARGUMENT, "ac_io_wait for no event"));
    ac__loop *io = ac_dispatcher_io();
    if (fr->op != IO_WAIT && is_blocking(fr->fd) && co->loop != io) {
        if (!io)                    /* the IO pool could not be made */
            return ac__fail_oom(self);
        fr->home = co->loop;
        self->state = ON_IO;
        ac__coro_hop_after_step(co, io);
        return AC_SUSPENDED;
    }
    if (ac__job_is_cancelling(co->cur) && fr->op == IO_WAIT)
        return ac__throw_cancelled(self);
    return attempt(fr);
}

static io_frame *new_io(ac_coro *co, void *res, int op, int fd, int64_t deadline)
{
    io_frame *fr = ac__frame_alloc(co, sizeof *fr, io_resume, res);
    if (fr) {
        memset((char *)fr + sizeof fr->hdr, 0, sizeof *fr - sizeof fr->hdr);
        fr->hdr.site = &op_sites[op];
        fr->op = op;
        fr->fd = fd;
        fr->deadline = deadline < 0 ? -1 : deadline;
    }
    return fr;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

ac_frame *ac_io_wait_deadline__ac_new(ac_coro *co, void *res, int fd, int events,
                                      int64_t deadline)
{
    io_frame *fr = new_io(co, res, IO_WAIT, fd, deadline);
    if (fr)
        fr->events = events;
    return fr ? &fr->hdr : NULL;
}

ac_frame *ac_io_wait__ac_new(ac_coro *co, void *res, int fd, int events)
{
    return ac_io_wait_deadline__ac_new(co, res, fd, events, -1);
}

static ac_frame *new_rw(ac_coro *co, void *res, int op, int fd, const void *buf, size_t n,
                        int flags, int64_t deadline)
{
    io_frame *fr = new_io(co, res, op, fd, deadline);
    if (fr) {
        fr->buf = (void *)buf;
        fr->n = n;
        fr->flags = flags;
    }
    return fr ? &fr->hdr : NULL;
}

ac_frame *ac_read_deadline__ac_new(ac_coro *co, void *res, int fd, void *buf, size_t n,
                                   int64_t deadline)
{
    return new_rw(co, res, IO_READ, fd, buf, n, 0, deadline);
}

ac_frame *ac_read__ac_new(ac_coro *co, void *res, int fd, void *buf, size_t n)
{
    return new_rw(co, res, IO_READ, fd, buf, n, 0, -1);
}

ac_frame *ac_write_deadline__ac_new(ac_coro *co, void *res, int fd, const void *buf,
                                    size_t n, int64_t deadline)
{
    return new_rw(co, res, IO_WRITE, fd, buf, n, 0, deadline);
}

ac_frame *ac_write__ac_new(ac_coro *co, void *res, int fd, const void *buf, size_t n)
{
    return new_rw(co, res, IO_WRITE, fd, buf, n, 0, -1);
}

ac_frame *ac_recv_deadline__ac_new(ac_coro *co, void *res, int fd, void *buf, size_t n,
                                   int flags, int64_t deadline)
{
    return new_rw(co, res, IO_RECV, fd, buf, n, flags, deadline);
}

ac_frame *ac_recv__ac_new(ac_coro *co, void *res, int fd, void *buf, size_t n, int flags)
{
    return new_rw(co, res, IO_RECV, fd, buf, n, flags, -1);
}

ac_frame *ac_send_deadline__ac_new(ac_coro *co, void *res, int fd, const void *buf,
                                   size_t n, int flags, int64_t deadline)
{
    return new_rw(co, res, IO_SEND, fd, buf, n, flags, deadline);
}

ac_frame *ac_send__ac_new(ac_coro *co, void *res, int fd, const void *buf, size_t n,
                          int flags)
{
    return new_rw(co, res, IO_SEND, fd, buf, n, flags, -1);
}

ac_frame *ac_accept_deadline__ac_new(ac_coro *co, void *res, int fd, struct sockaddr *addr,
                                     socklen_t *len, int64_t deadline)
{
    io_frame *fr = new_io(co, res, IO_ACCEPT, fd, deadline);
    if (fr) {
        fr->addr = addr;
        fr->addrlen = len;
    }
    return fr ? &fr->hdr : NULL;
}

ac_frame *ac_accept__ac_new(ac_coro *co, void *res, int fd, struct sockaddr *addr,
                            socklen_t *len)
{
    return ac_accept_deadline__ac_new(co, res, fd, addr, len, -1);
}

ac_frame *ac_connect_deadline__ac_new(ac_coro *co, void *res, int fd,
                                      const struct sockaddr *addr, socklen_t len,
                                      int64_t deadline)
{
    io_frame *fr = new_io(co, res, IO_CONNECT, fd, deadline);
    if (fr) {
        if (!addr || len > sizeof fr->caddr) {
            fr->clen = 0;           /* reported as EINVAL */
        } else {
            memcpy(&fr->caddr, addr, len);
            fr->clen = len;
        }
    }
    return fr ? &fr->hdr : NULL;
}

ac_frame *ac_connect__ac_new(ac_coro *co, void *res, int fd, const struct sockaddr *addr,
                             socklen_t len)
{
    return ac_connect_deadline__ac_new(co, res, fd, addr, len, -1);
}
