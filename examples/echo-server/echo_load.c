/*
 * echo_load.c -- load generator and checker for TCP echo servers.
 *
 *     echo_load [options] PORT
 *       -c N     concurrent connections (default 100)
 *       -n B     bytes each connection sends and must get back (default 65536)
 *       -j T     threads (default 2)
 *       -f F     also F connections that send "FAIL\n" once half the data
 *                has come back, and must be closed with nothing echoed
 *       -r S     request/response mode: each connection sends S bytes, waits
 *                for their echo, and again, until it has sent B bytes;
 *                prints round trips per second
 *       -t SEC   give up after SEC seconds (default 60)
 *       -a ADDR  server address (default 127.0.0.1)
 *
 * Plain C (pthreads and epoll), sharing nothing with the server it checks.
 * Each connection sends a pseudo-random stream of its own (a function of
 * connection id and offset) in chunks of random size, closes its sending
 * side when done, and checks every byte that comes back, then end of file
 * exactly after the last one.  The last line is a summary,
 *     connections=C bytes=B mismatches=0 errors=0 [failconns=F] [...]
 * and the exit status is 1 if any byte differed, any connection failed or
 * ended early, or the time ran out.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_CHUNK 16384
#define READ_BUF 65536
#define MAX_REPORTS 10

enum { NEW, CONNECTING, RUNNING, DONE };

struct conn {
    int fd, id, state;
    int fail;                       /* a FAIL connection */
    long long sent, rcvd, total;
    uint64_t rng;                   /* chunk sizes */
    uint32_t events;                /* what epoll waits for */
};

struct worker {
    pthread_t thread;
    int ep;
    struct conn *conns;
    int n, pending;                 /* conns, those not DONE */
    long long verified, mismatches;
    int errors, fails_ok;
    unsigned char rbuf[READ_BUF], wbuf[MAX_CHUNK];
};

static struct {
    struct sockaddr_in addr;
    int conns, threads, fails, msg, timeout_s;
    long long bytes;
} opt = {.conns = 100, .threads = 2, .timeout_s = 60, .bytes = 65536};

static int64_t deadline_ms;
static _Atomic long long progress;  /* bytes verified, all threads */
static _Atomic int normal_done;     /* normal connections finished */
static _Atomic int reports;

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static uint64_t mix(uint64_t x)     /* splitmix64's finalizer */
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* Byte `off` of connection id's stream. */
static unsigned char pattern(int id, long long off)
{
    return (unsigned char)(mix((uint64_t)id << 40 ^ (uint64_t)off >> 3) >> (off & 7) * 8);
}

/* ------------------------------------------------------------------ */
/* One connection                                                      */
/* ------------------------------------------------------------------ */

static void finish(struct worker *w, struct conn *c)
{
    if (c->fd >= 0)
        close(c->fd);               /* also takes it out of epoll */
    c->fd = -1;
    c->state = DONE;
    w->pending--;
    if (!c->fail)
        atomic_fetch_add(&normal_done, 1);
}

static void conn_error(struct worker *w, struct conn *c, const char *fmt, ...)
{
    w->errors++;
    if (atomic_fetch_add(&reports, 1) < MAX_REPORTS) {
        char msg[256];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        fprintf(stderr, "echo_load: %sconnection %d: %s (sent %lld, got %lld of %lld)\n",
                c->fail ? "FAIL " : "", c->id, msg, c->sent, c->rcvd, c->total);
    }
    finish(w, c);
}

static int can_send(const struct conn *c)
{
    if (c->state != RUNNING || c->sent == c->total)
        return 0;
    /* request/response: the next request once the last one is back */
    return !opt.msg || c->fail || c->sent % opt.msg || c->rcvd == c->sent;
}

static void watch(struct worker *w, struct conn *c)
{
    uint32_t want = EPOLLIN | EPOLLRDHUP;
    if (c->state == CONNECTING || can_send(c))
        want |= EPOLLOUT;
    if (want == c->events)
        return;
    struct epoll_event ev = {.events = want, .data.ptr = c};
    if (epoll_ctl(w->ep, c->events ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c->fd, &ev) != 0)
        conn_error(w, c, "epoll_ctl: %s", strerror(errno));
    else
        c->events = want;
}

static void start(struct worker *w, struct conn *c)
{
    c->state = CONNECTING;
    c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c->fd < 0) {
        conn_error(w, c, "socket: %s", strerror(errno));
        return;
    }
    if (connect(c->fd, (struct sockaddr *)&opt.addr, sizeof opt.addr) != 0 &&
        errno != EINPROGRESS) {
        conn_error(w, c, "connect: %s", strerror(errno));
        return;
    }
    watch(w, c);
}

static void connected(struct worker *w, struct conn *c)
{
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
        err = errno;
    if (err)
        conn_error(w, c, "connect: %s", strerror(err));
    else
        c->state = RUNNING;
}

/* Checks n bytes that came back; 0 if the connection was failed. */
static int verify(struct worker *w, struct conn *c, const unsigned char *p, ssize_t n)
{
    if (c->fail) {
        conn_error(w, c, "FAIL was echoed (%zd bytes)", n);
        return 0;
    }
    if (c->rcvd + n > c->sent) {
        conn_error(w, c, "%lld bytes more than were sent", c->rcvd + n - c->sent);
        return 0;
    }
    long long bad = 0, first = -1;
    for (ssize_t i = 0; i < n; i++) {
        if (p[i] != pattern(c->id, c->rcvd + i)) {
            bad++;
            if (first < 0)
                first = c->rcvd + i;
        }
    }
    if (bad) {
        w->mismatches += bad;
        conn_error(w, c, "%lld bytes differ, the first at offset %lld", bad, first);
        return 0;
    }
    c->rcvd += n;
    w->verified += n;
    atomic_fetch_add(&progress, n);
    return 1;
}

static void at_eof(struct worker *w, struct conn *c)
{
    if (c->fail ? c->rcvd == 0 : c->rcvd == c->total) {
        w->fails_ok += c->fail;
        finish(w, c);
    } else {
        conn_error(w, c, "end of file too early");
    }
}

/* 0 if the connection was finished. */
static int receive(struct worker *w, struct conn *c)
{
    ssize_t n = read(c->fd, w->rbuf, sizeof w->rbuf);
    if (n > 0)
        return verify(w, c, w->rbuf, n);
    if (n == 0 || (c->fail && errno == ECONNRESET)) {
        at_eof(w, c);
        return 0;
    }
    if (errno == EAGAIN || errno == EINTR)
        return 1;
    conn_error(w, c, "read: %s", strerror(errno));
    return 0;
}

static size_t next_chunk(struct conn *c)
{
    long long left = c->total - c->sent, n;
    if (c->fail)
        n = left;
    else if (opt.msg)
        n = opt.msg - c->sent % opt.msg;
    else
        n = 1 + (long long)((c->rng = mix(c->rng)) % MAX_CHUNK);
    return (size_t)(n < left ? n : left);
}

/* 0 if the connection was finished. */
static int send_chunk(struct worker *w, struct conn *c)
{
    size_t n = next_chunk(c);
    if (c->fail)
        memcpy(w->wbuf, "FAIL\n", n);
    else
        for (size_t i = 0; i < n; i++)
            w->wbuf[i] = pattern(c->id, c->sent + (long long)i);
    ssize_t k = send(c->fd, w->wbuf, n, MSG_NOSIGNAL);
    if (k < 0 && (errno == EAGAIN || errno == EINTR))
        return 1;
    if (k < 0) {
        if (c->fail && (errno == EPIPE || errno == ECONNRESET))
            return 1;               /* the read side sees how it ended */
        conn_error(w, c, "send: %s", strerror(errno));
        return 0;
    }
    c->sent += k;
    if (c->sent == c->total && shutdown(c->fd, SHUT_WR) != 0 && !c->fail) {
        conn_error(w, c, "shutdown: %s", strerror(errno));
        return 0;
    }
    return 1;
}

static void on_event(struct worker *w, struct conn *c, uint32_t ev)
{
    if (c->state == CONNECTING) {
        connected(w, c);
        if (c->state != RUNNING)
            return;
    }
    if ((ev & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) && !receive(w, c))
        return;
    if ((ev & EPOLLOUT) && can_send(c) && !send_chunk(w, c))
        return;
    watch(w, c);
}

/* ------------------------------------------------------------------ */
/* Threads                                                             */
/* ------------------------------------------------------------------ */

/* The FAIL connections start in the middle of the run. */
static int fails_due(void)
{
    return atomic_load(&progress) * 2 >= opt.bytes * opt.conns ||
           atomic_load(&normal_done) == opt.conns;
}

static void start_due(struct worker *w)
{
    for (int i = 0; i < w->n; i++)
        if (w->conns[i].state == NEW && (!w->conns[i].fail || fails_due()))
            start(w, &w->conns[i]);
}

static void time_out(struct worker *w)
{
    for (int i = 0; i < w->n; i++)
        if (w->conns[i].state != DONE)
            conn_error(w, &w->conns[i], "timed out after %d s", opt.timeout_s);
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct epoll_event evs[256];
    start_due(w);
    while (w->pending > 0) {
        int64_t left = deadline_ms - now_ms();
        if (left <= 0) {
            time_out(w);
            break;
        }
        int n = epoll_wait(w->ep, evs, 256, left < 20 ? (int)left : 20);
        for (int i = 0; i < n; i++)
            on_event(w, evs[i].data.ptr, evs[i].events);
        start_due(w);
    }
    return NULL;
}

/* Normal connection k goes to thread k % threads; the FAIL ones to 0. */
static void assign(struct worker *ws)
{
    for (int t = 0; t < opt.threads; t++) {
        struct worker *w = &ws[t];
        int normal = opt.conns / opt.threads + (t < opt.conns % opt.threads);
        w->n = normal + (t == 0 ? opt.fails : 0);
        w->pending = w->n;
        w->conns = calloc((size_t)w->n + 1, sizeof *w->conns);
        w->ep = epoll_create1(EPOLL_CLOEXEC);
        if (!w->conns || w->ep < 0) {
            perror("echo_load");
            exit(1);
        }
        for (int i = 0; i < w->n; i++) {
            struct conn *c = &w->conns[i];
            c->fd = -1;
            c->fail = i >= normal;
            c->id = c->fail ? opt.conns + i - normal : t + i * opt.threads;
            c->total = c->fail ? 5 : opt.bytes;
            c->rng = (uint64_t)c->id * 7919 + 1;
        }
    }
}

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

static void usage(void)
{
    fprintf(stderr, "usage: echo_load [-c CONNS] [-n BYTES] [-j THREADS] [-f FAILCONNS] "
                    "[-r MSGSIZE] [-t SECONDS] [-a ADDR] PORT\n");
    exit(2);
}

static long long number(const char *s, long long min)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (*s == 0 || *end || v < min)
        usage();
    return v;
}

static void parse(int argc, char **argv)
{
    const char *host = "127.0.0.1";
    int c;
    while ((c = getopt(argc, argv, "c:n:j:f:r:t:a:")) != -1) {
        switch (c) {
        case 'c': opt.conns = (int)number(optarg, 1); break;
        case 'n': opt.bytes = number(optarg, 1); break;
        case 'j': opt.threads = (int)number(optarg, 1); break;
        case 'f': opt.fails = (int)number(optarg, 0); break;
        case 'r': opt.msg = (int)number(optarg, 1); break;
        case 't': opt.timeout_s = (int)number(optarg, 1); break;
        case 'a': host = optarg; break;
        default: usage();
        }
    }
    if (optind != argc - 1)
        usage();
    opt.addr.sin_family = AF_INET;
    opt.addr.sin_port = htons((uint16_t)number(argv[optind], 1));
    if (inet_pton(AF_INET, host, &opt.addr.sin_addr) != 1)
        usage();
    if (opt.threads > opt.conns)
        opt.threads = opt.conns;
}

static void raise_fd_limit(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

int main(int argc, char **argv)
{
    parse(argc, argv);
    raise_fd_limit();
    struct worker *ws = calloc((size_t)opt.threads, sizeof *ws);
    if (!ws) {
        perror("echo_load");
        return 1;
    }
    assign(ws);
    int64_t t0 = now_ms();
    deadline_ms = t0 + opt.timeout_s * 1000LL;
    for (int t = 0; t < opt.threads; t++)
        if (pthread_create(&ws[t].thread, NULL, worker_main, &ws[t]) != 0) {
            perror("echo_load: pthread_create");
            return 1;
        }
    long long bytes = 0, mismatches = 0;
    int errors = 0, fails_ok = 0;
    for (int t = 0; t < opt.threads; t++) {
        pthread_join(ws[t].thread, NULL);
        bytes += ws[t].verified;
        mismatches += ws[t].mismatches;
        errors += ws[t].errors;
        fails_ok += ws[t].fails_ok;
        close(ws[t].ep);
        free(ws[t].conns);
    }
    free(ws);
    double secs = (double)(now_ms() - t0) / 1000;

    printf("connections=%d bytes=%lld mismatches=%lld errors=%d", opt.conns, bytes,
           mismatches, errors);
    if (opt.fails)
        printf(" failconns=%d", fails_ok);
    if (opt.msg)
        printf(" requests=%lld seconds=%.3f rps=%.0f", bytes / opt.msg, secs,
               (double)(bytes / opt.msg) / secs);
    printf("\n");
    int ok = !errors && !mismatches && bytes == opt.bytes * opt.conns && fails_ok == opt.fails;
    return ok ? 0 : 1;
}
