// The epoll reactor: ac_read (and ac_recv, with flags) waits for data a peer coroutine writes later
// (on the run_blocking loop and on the default pool), ac_write of a buffer
// bigger than the socket buffer completes while the peer drains it,
// accept/connect on loopback, a read deadline throws SocketTimeoutException,
// a cancelled read throws a cancellation and consumes nothing (the data
// written afterwards is still there), ac_io_wait reports readiness, end of
// file reads 0, a blocking fd (a pipe without O_NONBLOCK) is read on the IO
// dispatcher and not on the caller's thread, errors carry errno's text, and
// writing to a socket whose peer is gone is an EPIPE error, not a SIGPIPE.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc 2>&1 | FileCheck %s
#include <asyncc.h>
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void pair(int sv[2]) {
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0 || ac_fd_set_nonblocking(sv[0]) ||
        ac_fd_set_nonblocking(sv[1])) {
        perror("socketpair");
        exit(1);
    }
}

SUSPEND static void later_write(int fd, const char *msg) {
    ac_delay(20);
    ac_write(fd, msg, strlen(msg));
}

SUSPEND static void read_later(int where) {
    int sv[2];
    pair(sv);
    char buf[64] = {0};
    ac_coroutine_scope(s) {
        ac_launch(s, later_write(sv[1], "hello"));
        ssize_t n = ac_read(sv[0], buf, sizeof buf - 1);
        printf("%s read %zd: %s\n", where ? "pool" : "loop", n, buf);
    }
    close(sv[0]);
    close(sv[1]);
}

SUSPEND static long drain(int fd, size_t total) {
    static char buf[65536];
    size_t got = 0;
    while (got < total) {
        ssize_t n = ac_read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    return (long)got;
}

SUSPEND static void big_write(void) {
    int sv[2];
    pair(sv);
    size_t total = 8u << 20;
    char *big = calloc(1, total);
    ac_coroutine_scope(s) {
        ac_deferred *d = ac_async(s, drain(sv[1], total));
        ssize_t w = ac_write(sv[0], big, total);
        printf("wrote %zd, peer read %ld\n", w, AC_AWAIT(long, d));
    }
    free(big);
    close(sv[0]);
    close(sv[1]);
}

SUSPEND static void client(int port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    printf("connect: %d\n", ac_connect(fd, (struct sockaddr *)&a, sizeof a));
    ac_write(fd, "ping", 4);
    char buf[8] = {0};
    ac_read(fd, buf, 4);
    printf("client got %s\n", buf);
    close(fd);
}

SUSPEND static void tcp(void) {
    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    struct sockaddr_in a = {.sin_family = AF_INET};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (bind(lfd, (struct sockaddr *)&a, sizeof a) || listen(lfd, 16) ||
        getsockname(lfd, (struct sockaddr *)&a, &len)) {
        perror("listen");
        exit(1);
    }
    ac_coroutine_scope(s) {
        ac_launch(s, client(ntohs(a.sin_port)));
        int cfd = ac_accept(lfd, NULL, NULL);
        char buf[8] = {0};
        ac_read(cfd, buf, 4);
        printf("server got %s\n", buf);
        ac_write(cfd, "pong", 4);
        ssize_t eof = ac_read(cfd, buf, sizeof buf);
        printf("then end of file: %zd\n", eof);
        close(cfd);
    }
    close(lfd);
}

SUSPEND static void read_forever(int fd) {
    char c;
    ac_try {
        ac_read(fd, &c, 1);
        printf("not reached\n");
    } ac_finally {
        printf("reader: finally\n");
    }
}

SUSPEND static void deadlines_and_cancel(void) {
    int sv[2];
    pair(sv);
    char c;
    ac_try {
        ac_read_deadline(sv[0], &c, 1, ac_monotonic_ms() + 30);
    } ac_catch (e) {
        printf("deadline: %s: %s io=%d\n", ac_error_type_name(e), ac_error_message(e),
               ac_error_is(e, &AC_IO_ERROR));
    }
    ac_coroutine_scope(s) {
        ac_job *r = ac_launch(s, read_forever(sv[0]));
        ac_delay(10);
        ac_cancel_and_join(r);
        printf("reader cancelled=%d\n", ac_job_is_cancelled(r));
    }
    write(sv[1], "x", 1);
    printf("wait: %d\n", ac_io_wait(sv[0], AC_IO_READABLE));
    ssize_t n = ac_read(sv[0], &c, 1);
    printf("the byte is still there: %zd %c\n", n, c);
    printf("writable: %d\n", ac_io_wait(sv[0], AC_IO_WRITABLE));
    close(sv[1]);
    printf("eof: %zd\n", ac_read(sv[0], &c, 1));
    close(sv[0]);
    ac_try {
        ac_read(sv[0], &c, 1);
    } ac_catch (e) {
        printf("closed fd: %s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
}

SUSPEND static void blocking_pipe(void) {
    int p[2];
    if (pipe(p))
        exit(1);
    pthread_t me = pthread_self();
    ac_coroutine_scope(s) {
        ac_launch(s, ({ ac_delay(20); write(p[1], "pipe", 4); }));
        char buf[8] = {0};
        ssize_t n = ac_read(p[0], buf, 4);
        printf("blocking pipe read %zd %s, back on the caller's thread: %d\n", n, buf,
               pthread_equal(me, pthread_self()));
    }
    close(p[0]);
    close(p[1]);
}

SUSPEND static void write_to_closed_peer(void) {
    int sv[2];
    pair(sv);
    close(sv[1]);
    ac_try {
        ac_write(sv[0], "x", 1);
    } ac_catch (e) {
        printf("closed peer: %s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
    close(sv[0]);
}

SUSPEND static void recv_send(void) {
    int sv[2];
    pair(sv);
    char buf[8] = {0};
    ac_coroutine_scope(s) {
        ac_launch(s, ({ ac_delay(10); ac_send(sv[1], "abc", 3, 0); }));
        ssize_t peek = ac_recv(sv[0], buf, 3, MSG_PEEK);
        ssize_t got = ac_recv(sv[0], buf, sizeof buf - 1, 0);
        printf("recv: peeked %zd, then got %zd: %s\n", peek, got, buf);
    }
    ac_try {
        ac_recv_deadline(sv[0], buf, 1, 0, ac_monotonic_ms() + 10);
    } ac_catch (e) {
        printf("recv deadline: %s\n", ac_error_type_name(e));
    }
    close(sv[0]);
    close(sv[1]);
}

SUSPEND static void all(void) {
    read_later(0);
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_default())) read_later(1);
    big_write();
    tcp();
    deadlines_and_cancel();
    blocking_pipe();
    write_to_closed_peer();
    recv_send();
}

int main(void) {
    ac_error *e = ac_run_blocking(all(), NULL);
    if (e) {
        ac_error_print(e, stdout);
        return 1;
    }
    return 0;
}
// CHECK: loop read 5: hello
// CHECK-NEXT: pool read 5: hello
// CHECK-NEXT: wrote 8388608, peer read 8388608
// CHECK-NEXT: connect: 0
// CHECK-NEXT: server got ping
// CHECK-NEXT: client got pong
// CHECK-NEXT: then end of file: 0
// CHECK-NEXT: deadline: SocketTimeoutException: ac_read({{[0-9]+}}): deadline passed io=1
// CHECK-NEXT: reader: finally
// CHECK-NEXT: reader cancelled=1
// CHECK-NEXT: wait: 1
// CHECK-NEXT: the byte is still there: 1 x
// CHECK-NEXT: writable: 2
// CHECK-NEXT: eof: 0
// CHECK-NEXT: closed fd: IOException: ac_read({{[0-9]+}}): Bad file descriptor
// CHECK-NEXT: blocking pipe read 4 pipe, back on the caller's thread: 1
// CHECK-NEXT: closed peer: IOException: ac_write({{[0-9]+}}): Broken pipe
// CHECK-NEXT: recv: peeked 3, then got 3: abc
// CHECK-NEXT: recv deadline: SocketTimeoutException
