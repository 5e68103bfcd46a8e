/*
 * echo_server.c -- a TCP echo server written with asyncc.
 *
 *     echo_server [--loop] [PORT]        (PORT 0 or none: any free port)
 *
 * Listens on 127.0.0.1 and prints "listening on PORT" once ready.  Every
 * connection is served by its own coroutine, launched into a supervisor
 * scope: a connection that fails (an I/O error, or one whose first bytes
 * are "FAIL\n", which fails on purpose) is logged and closed, and the
 * others never notice.  SIGINT or SIGTERM cancels the accept loop; the
 * cancellation reaches every connection, whose ac_finally closes its
 * socket, and the program prints what it served and exits 0.
 *
 * Coroutines run on the default dispatcher (a worker per core), or with
 * --loop all on run_blocking's single-thread event loop.  Either way they
 * wait for their sockets in the runtime's epoll reactor.
 */
#include <asyncc.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

#define BUF_SIZE 16384
#define FAIL_REQUEST "FAIL\n"
#define FAIL_LEN (sizeof FAIL_REQUEST - 1)

/* The failure a client asks for with FAIL_REQUEST. */
static const ac_error_type FAIL_REQUESTED = {"FailRequested", &AC_ERROR};

struct server {
    int lfd;                        /* the listening socket */
    int sigfd;                      /* signalfd for SIGINT and SIGTERM */
    _Atomic long served;            /* connections closed */
    _Atomic long failed;            /* ... of which failed */
    _Atomic long long bytes;        /* bytes echoed */
};

/* The first bytes of a connection's stream, to spot FAIL_REQUEST. */
struct head {
    size_t len;
    char bytes[FAIL_LEN];
};

/* Adds buf to the head; 1 when this completes a head of FAIL_REQUEST. */
static int asks_to_fail(struct head *h, const char *buf, size_t n)
{
    if (h->len == FAIL_LEN)
        return 0;
    size_t take = FAIL_LEN - h->len < n ? FAIL_LEN - h->len : n;
    memcpy(h->bytes + h->len, buf, take);
    h->len += take;
    return h->len == FAIL_LEN && memcmp(h->bytes, FAIL_REQUEST, FAIL_LEN) == 0;
}

static void count_closed(struct server *sv, long long echoed)
{
    atomic_fetch_add(&sv->served, 1);
    atomic_fetch_add(&sv->bytes, echoed);
}

/* The supervisor hands a connection's failure here (never a cancellation). */
static void log_failure(ac_ctx *ctx, ac_error *e, void *arg)
{
    struct server *sv = arg;
    (void)ctx;
    atomic_fetch_add(&sv->failed, 1);
    fprintf(stderr, "echo_server: connection failed: %s: %s\n", ac_error_type_name(e),
            ac_error_message(e));
}

/* Echoes until end of file; the socket is closed however this ends.  The
 * 16 KiB buffer lives in the frame on purpose (one allocation per
 * connection, freed with it), so the frame-size lint is told so: */
// NOLINTNEXTLINE(asyncc-frame-size)
SUSPEND static void serve_conn(struct server *sv, int fd)
{
    char buf[BUF_SIZE];
    struct head head = {0};
    long long echoed = 0;
    ac_try {
        ssize_t n;
        while ((n = ac_read(fd, buf, sizeof buf)) > 0) {
            if (asks_to_fail(&head, buf, (size_t)n))
                ac_throw(ac_error_new(&FAIL_REQUESTED, "fd %d sent FAIL", fd));
            ac_write(fd, buf, (size_t)n);
            echoed += n;
        }
    } ac_finally {
        close(fd);
        count_closed(sv, echoed);
    }
}

/* The next connection, or -1 after an accept error that was logged
 * (EMFILE and the like: wait a little for connections to close). */
SUSPEND static int accept_one(struct server *sv)
{
    int fd = -1;
    ac_try {
        fd = ac_accept(sv->lfd, NULL, NULL);
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        fprintf(stderr, "echo_server: %s\n", ac_error_message(e));
        ac_delay(100);
    }
    return fd;
}

/* Runs until cancelled; then waits for the connections, cancelled too. */
SUSPEND static void accept_loop(struct server *sv)
{
    ac_with_context(ac_exception_handler(log_failure, sv)) {
        ac_supervisor_scope(conns) {
            for (;;) {
                int fd = accept_one(sv);
                if (fd >= 0)
                    ac_launch(conns, serve_conn(sv, fd));
            }
        }
    }
}

SUSPEND static void await_signal(struct server *sv, ac_job *acceptor)
{
    struct signalfd_siginfo si;
    ac_read(sv->sigfd, &si, sizeof si);
    fprintf(stderr, "echo_server: %s, shutting down\n", strsignal((int)si.ssi_signo));
    ac_job_cancel(acceptor, NULL);
}

SUSPEND static void serve(struct server *sv)
{
    ac_coroutine_scope(s) {
        ac_job *acceptor = ac_launch(s, accept_loop(sv));
        ac_launch(s, await_signal(sv, acceptor));
    }
}

SUSPEND static void serve_on(struct server *sv, int on_loop)
{
    if (on_loop)
        serve(sv);
    else
        ac_with_context(ac_ctx_dispatcher(ac_dispatcher_default())) serve(sv);
}

/* ------------------------------------------------------------------ */
/* Set-up, in ordinary C                                               */
/* ------------------------------------------------------------------ */

static void die(const char *what)
{
    perror(what);
    exit(1);
}

/* Thousands of connections need thousands of fds. */
static void raise_fd_limit(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
            perror("echo_server: setrlimit");
    }
}

/* Blocked in every thread (runtime threads inherit the mask), SIGINT and
 * SIGTERM are only ever seen through the signalfd. */
static int signal_fd(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    if (pthread_sigmask(SIG_BLOCK, &set, NULL) != 0)
        die("pthread_sigmask");
    int fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (fd < 0)
        die("signalfd");
    return fd;
}

static int listen_on(int port, int *bound)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int one = 1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) ||
        bind(fd, (struct sockaddr *)&a, sizeof a) || listen(fd, SOMAXCONN) ||
        getsockname(fd, (struct sockaddr *)&a, &len))
        die("echo_server: listen");
    *bound = ntohs(a.sin_port);
    return fd;
}

static void usage(void)
{
    fprintf(stderr, "usage: echo_server [--loop] [PORT]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    int on_loop = 0, port = 0;
    for (int i = 1; i < argc; i++) {
        char *end;
        if (strcmp(argv[i], "--loop") == 0)
            on_loop = 1;
        else if ((port = (int)strtol(argv[i], &end, 10)) < 0 || port > 65535 || *end)
            usage();
    }
    raise_fd_limit();
    signal(SIGPIPE, SIG_IGN);       /* a write to a reset peer fails with EPIPE */
    static struct server sv;
    sv.sigfd = signal_fd();         /* before any runtime thread starts */
    sv.lfd = listen_on(port, &port);
    printf("listening on %d\n", port);
    fflush(stdout);

    ac_error *err = ac_run_blocking(serve_on(&sv, on_loop), NULL);
    close(sv.lfd);
    close(sv.sigfd);
    if (err) {
        ac_error_print(err, stderr);
        ac_error_release(err);
        return 1;
    }
    printf("served %ld connections (%ld failed), echoed %lld bytes\n",
           atomic_load(&sv.served), atomic_load(&sv.failed), atomic_load(&sv.bytes));
    return 0;
}
