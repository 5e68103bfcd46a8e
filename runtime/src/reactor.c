/*
 * reactor.c -- the process's epoll reactor: coroutines wait here for a
 * file descriptor to become readable or writable.
 *
 * One epoll instance and one thread ("ac-reactor", started on first use)
 * serve every dispatcher.  Each fd has an entry (a two-level table indexed
 * by fd, entries never freed) with a FIFO of waiting nodes per direction.
 * A wait parks, links its node and arms the fd one-shot for the directions
 * that have waiters (EPOLL_CTL_MOD, or ADD when the kernel does not know
 * the fd: after a close() the number may come back as another file).  The
 * thread wakes every waiter of a direction that became ready, then re-arms
 * for those still waiting; the woken retry their call, which may find
 * EAGAIN again (someone else took the data) and wait again.
 *
 * The thread lives as long as the process, idle in epoll_wait when nobody
 * waits (ac_shutdown leaves it: a later wait may need it).
 *
 * A wait's deadline is a timer on the coroutine's dispatcher, on the same
 * park; whichever of readiness, timer and cancellation comes first wins,
 * and the waiter unlinks its node if it is still linked.
 */
#define _GNU_SOURCE /* accept4, pthread_setname_np */
#include "internal.h"

#include <errno.h>
#include <signal.h>
#include <sys/epoll.h>
#include <unistd.h>

#define PAGE_BITS 10
#define PAGE_SIZE (1 << PAGE_BITS)
#define PAGES 4096                  /* fds below 4M */

typedef struct {
    ac__lock lock;
    ac__wqueue readers, writers;
    uint32_t armed;                 /* the events the kernel waits for */
} fd_entry;

static struct {
    pthread_once_t once;
    int epfd;                       /* -1: could not start */
    int error;                      /* errno of a failed start */
    pthread_t thread;
    _Atomic(fd_entry *) pages[PAGES];
} R = {.once = PTHREAD_ONCE_INIT, .epfd = -1};

static fd_entry *entry_of(int fd)
{
    if (fd < 0 || fd >= PAGES * PAGE_SIZE)
        return NULL;
    _Atomic(fd_entry *) *page = &R.pages[fd >> PAGE_BITS];
    fd_entry *p = atomic_load_explicit(page, memory_order_acquire);
    if (!p) {
        fd_entry *fresh = ac__malloc(PAGE_SIZE * sizeof *fresh);
        if (!fresh)
            return NULL;
        memset(fresh, 0, PAGE_SIZE * sizeof *fresh);
        for (int i = 0; i < PAGE_SIZE; i++)
            ac__lock_init(&fresh[i].lock);
        if (atomic_compare_exchange_strong(page, &p, fresh))
            p = fresh;
        else
            ac__free(fresh);        /* another thread was first */
    }
    return &p[fd & (PAGE_SIZE - 1)];
}

/* epoll_ctl on the reactor's instance; fails with ENOMEM when injected. */
static int epoll_ctl_checked(int op, int fd, struct epoll_event *ev)
{
    if (ac__fault(AC__FAULT_EPOLL)) {
        errno = ENOMEM;
        return -1;
    }
    return epoll_ctl(R.epfd, op, fd, ev);
}

/* Arms fd for the directions with waiters (entry locked).  0 or errno. */
static int arm_locked(int fd, fd_entry *e)
{
    uint32_t want = (e->readers.head ? EPOLLIN | EPOLLRDHUP : 0) |
                    (e->writers.head ? EPOLLOUT : 0);
    if (!want)
        return 0;
    struct epoll_event ev = {.events = want | EPOLLONESHOT, .data.u64 = (uint64_t)fd};
    int r = epoll_ctl_checked(EPOLL_CTL_MOD, fd, &ev);
    if (r < 0 && errno == ENOENT)
        r = epoll_ctl_checked(EPOLL_CTL_ADD, fd, &ev);
    if (r < 0)
        return errno;
    e->armed = want;
    return 0;
}

static void wake_queue(ac__wqueue *q, int events)
{
    ac__wnode *n;
    while ((n = ac__wq_take(q)))
        ac__wnode_complete(n, events);
}

static void dispatch_event(int fd, uint32_t ev)
{
    fd_entry *e = entry_of(fd);
    if (!e)
        return;
    bool err = ev & (EPOLLERR | EPOLLHUP);
    ac__lock_acquire(&e->lock);
    e->armed = 0;
    if (err || (ev & (EPOLLIN | EPOLLRDHUP)))
        wake_queue(&e->readers, AC_IO_READABLE);
    if (err || (ev & EPOLLOUT))
        wake_queue(&e->writers, AC_IO_WRITABLE);
    arm_locked(fd, e);              /* for the others still waiting */
    ac__lock_release(&e->lock);
}

static void *reactor_main(void *arg)
{
    (void)arg;
    atomic_fetch_add(&ac__runtime_threads, 1);     /* for the process's lifetime */
    struct epoll_event evs[128];
    for (;;) {
        int n = ac__fault(AC__FAULT_EPOLL) ? -1 /* as EINTR */
                                           : epoll_wait(R.epfd, evs, 128, -1);
        for (int i = 0; i < n; i++)
            dispatch_event((int)evs[i].data.u64, evs[i].events);
    }
    return NULL;
}

static void start(void)
{
    errno = EMFILE;
    R.epfd = ac__fault(AC__FAULT_EPOLL) ? -1 : epoll_create1(EPOLL_CLOEXEC);
    sigset_t all, old;
    sigfillset(&all);
    bool ok = R.epfd >= 0;
    if (ok) {
        pthread_sigmask(SIG_SETMASK, &all, &old);   /* signals go to the program's threads */
        ok = ac__thread_create(&R.thread, NULL, reactor_main, NULL) == 0;
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
    if (ok) {
        pthread_setname_np(R.thread, "ac-reactor");
        return;
    }
    R.error = errno ? errno : EAGAIN;
    if (R.epfd >= 0)
        close(R.epfd);
    R.epfd = -1;
}

/* 0, or the errno why the reactor cannot run. */
static int reactor_up(void)
{
    pthread_once(&R.once, start);
    return R.epfd >= 0 ? 0 : R.error;
}

/* ------------------------------------------------------------------ */
/* Waiting (io.c)                                                      */
/* ------------------------------------------------------------------ */

int ac__reactor_wait(int fd, int events, ac__wnode *n, ac_coro *co, uint64_t seq)
{
    int err = reactor_up();
    fd_entry *e = err ? NULL : entry_of(fd);
    if (!e)
        return err ? err : (fd < 0 ? EBADF : ENOMEM);
    *n = (ac__wnode){.co = co, .seq = seq};
    ac__lock_acquire(&e->lock);
    ac__wq_push(events & AC_IO_WRITABLE ? &e->writers : &e->readers, n);
    err = arm_locked(fd, e);
    if (err)
        ac__wq_remove(events & AC_IO_WRITABLE ? &e->writers : &e->readers, n);
    ac__lock_release(&e->lock);
    return err;
}

/* Unlinks n if still waiting; the events it was woken with, or 0. */
int ac__reactor_unwait(int fd, int events, ac__wnode *n)
{
    fd_entry *e = entry_of(fd);
    ac__lock_acquire(&e->lock);
    int r = n->linked ? 0 : n->result;
    ac__wq_remove(events & AC_IO_WRITABLE ? &e->writers : &e->readers, n);
    ac__lock_release(&e->lock);
    return r;
}
