/*
 * downloader.c -- the coroutine guides' DownloadManager, with real sockets.
 *
 * The Kotlin guide's class owns a CoroutineScope(SupervisorJob() +
 * CoroutineExceptionHandler { ... }), starts each download as a job in it,
 * classifies how each ended in invokeOnCompletion (completed, cancelled,
 * failed), and can cancel one download, all of them (the scope stays
 * usable) or shut down for good.  Here is the same class in C, as a struct
 * and five functions (download_manager_*), and something to download from:
 *
 *   - a small file server in the same program, a coroutine on
 *     run_blocking's thread, using the I/O reactor (ac_accept, ac_read,
 *     ac_write).  Its protocol is one line each way ("GET name" ->
 *     "200 size checksum" or "404 not found") and then the bytes, sent a
 *     4 KiB chunk at a time with a pause (ac_delay) before each, so that
 *     downloads take time and can be caught running;
 *   - the downloads, coroutines on the default dispatcher: each connects
 *     (ac_connect), asks for its file, reads it with a deadline
 *     (ac_read_deadline) and checks its size and checksum.
 *
 * Two files fail on purpose: one the server does not have, one it cuts
 * short.  They reach the manager's exception handler, and the downloads
 * next to them go on unaffected (the SupervisorJob).
 *
 * The handler and the completion callbacks run on pool threads, at moments
 * that vary from run to run.  They print nothing: they post events to a
 * channel, and the program shows each step's events sorted by file name,
 * so the output is the same on every run.
 *
 * Build and run:  ninja -C build downloader && build/examples/downloader/downloader
 */
#include <asyncc.h>
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define CHUNK 4096
#define IO_TIMEOUT_MS 3000      /* no byte for this long: the download fails */
#define NAME_LEN 32
#define MAX_ACTIVE 16

/* A failed download (Kotlin's IOException); cancellations are not. */
static const ac_error_type DOWNLOAD_ERROR = {"DownloadException", &AC_IO_ERROR};

/* ------------------------------------------------------------------ */
/* The server's files: generated content, so nothing is read from disk  */
/* ------------------------------------------------------------------ */

struct file {
    const char *name;
    size_t size;
    int pause_ms;       /* before every chunk: how slow the server is */
    size_t cut_at;      /* nonzero: the server hangs up after this many bytes */
    uint32_t checksum;  /* of all `size` bytes, computed at startup */
};

static struct file files[] = {
    {"alpha.txt", 10000, 5, 0, 0},
    {"bravo.bin", 60000, 5, 0, 0},
    {"charlie.iso", 2 << 20, 10, 0, 0},     /* 512 chunks: 5 s at least */
    {"delta.iso", 2 << 20, 10, 0, 0},
    {"echo.iso", 2 << 20, 10, 0, 0},
    {"foxtrot.txt", 20000, 5, 0, 0},
    {"golf.txt", 1000, 5, 0, 0},
    {"truncated.bin", 30000, 5, 12288, 0},
};
#define NFILES (int)(sizeof files / sizeof files[0])

static uint8_t content_byte(const struct file *f, size_t i) {
    return (uint8_t)(f->name[0] + i * 7 + (i >> 9));
}

/* FNV-1a, 32 bits: the checksum both sides compute. */
#define FNV_START 2166136261u
static uint32_t fnv1a(uint32_t h, const void *data, size_t n) {
    const uint8_t *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static void init_files(void) {
    uint8_t chunk[CHUNK];
    for (int i = 0; i < NFILES; i++) {
        struct file *f = &files[i];
        uint32_t h = FNV_START;
        for (size_t off = 0; off < f->size; off += CHUNK) {
            size_t n = f->size - off < CHUNK ? f->size - off : CHUNK;
            for (size_t j = 0; j < n; j++)
                chunk[j] = content_byte(f, off + j);
            h = fnv1a(h, chunk, n);
        }
        f->checksum = h;
    }
}

static const struct file *find_file(const char *name) {
    for (int i = 0; i < NFILES; i++)
        if (strcmp(files[i].name, name) == 0)
            return &files[i];
    return NULL;
}

/* ------------------------------------------------------------------ */
/* A buffered connection: lines, then raw bytes                         */
/* ------------------------------------------------------------------ */

struct conn {
    int fd;
    size_t start, end;  /* the unread bytes of buf */
    char buf[CHUNK];
};

/* Reads more into c->buf: the byte count, 0 at end of file.  Throws
 * AC_TIMEOUT_IO (an AC_IO_ERROR) if nothing comes for IO_TIMEOUT_MS. */
SUSPEND static size_t conn_fill(struct conn *c) {
    ssize_t n = ac_read_deadline(c->fd, c->buf, sizeof c->buf,
                                 ac_monotonic_ms() + IO_TIMEOUT_MS);
    c->start = 0;
    c->end = (size_t)n;
    return c->end;
}

/* Reads a line, without its '\n', into line (cut to cap - 1 bytes). */
SUSPEND static void conn_read_line(struct conn *c, char *line, size_t cap) {
    size_t len = 0;
    for (;;) {
        while (c->start < c->end) {
            char ch = c->buf[c->start++];
            if (ch == '\n') {
                line[len] = '\0';
                return;
            }
            if (len + 1 < cap)
                line[len++] = ch;
        }
        if (conn_fill(c) == 0)
            ac_throw(ac_error_new(&DOWNLOAD_ERROR, "connection closed mid-line"));
    }
}

/* ------------------------------------------------------------------ */
/* The server                                                           */
/* ------------------------------------------------------------------ */

SUSPEND static void send_file(int fd, const struct file *f) {
    char header[64];
    int len = snprintf(header, sizeof header, "200 %zu %08x\n", f->size,
                       (unsigned)f->checksum);
    ac_write(fd, header, (size_t)len);

    size_t limit = f->cut_at ? f->cut_at : f->size;
    char chunk[CHUNK];
    for (size_t off = 0; off < limit; off += CHUNK) {
        size_t n = limit - off < CHUNK ? limit - off : CHUNK;
        for (size_t j = 0; j < n; j++)
            chunk[j] = (char)content_byte(f, off + j);
        ac_delay(f->pause_ms);          /* a slow server: downloads take time */
        ac_write(fd, chunk, n);
    }
}

/* One client: reads "GET name", answers, hangs up. */
SUSPEND static void serve_client(int fd) {
    struct conn c = {fd, 0, 0, {0}};
    ac_try {
        char line[64];
        conn_read_line(&c, line, sizeof line);
        const struct file *f = strncmp(line, "GET ", 4) == 0 ? find_file(line + 4) : NULL;
        if (f) {
            send_file(fd, f);
        } else {
            static const char not_found[] = "404 not found\n";
            ac_write(fd, not_found, sizeof not_found - 1);
        }
    } ac_catch (e) {
        /* A client that hangs up (a cancelled download) makes a write fail:
         * routine for a server.  Anything else, a cancellation above all,
         * goes on up. */
        if (!ac_error_is(e, &AC_IO_ERROR))
            ac_rethrow(e);
    } ac_finally {
        close(fd);
    }
}

/* Accepts clients until cancelled; each is served by a coroutine of its
 * own.  The supervisor scope keeps one client's failure from ending the
 * others (serve_client catches I/O errors anyway). */
SUSPEND static void serve(int listen_fd) {
    ac_supervisor_scope(clients) {
        for (;;) {
            int fd = ac_accept(listen_fd, NULL, NULL);
            ac_launch(clients, serve_client(fd));
        }
    }
}

/* A non-blocking listening socket on 127.0.0.1, on a port the system
 * picks; -1 on failure. */
static int listen_on_loopback(int *port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = 0};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(fd, 64) != 0 ||
        getsockname(fd, (struct sockaddr *)&a, &len) != 0) {
        perror("listen");
        if (fd >= 0)
            close(fd);
        return -1;
    }
    *port = ntohs(a.sin_port);
    return fd;
}

/* ------------------------------------------------------------------ */
/* The download manager                                                 */
/* ------------------------------------------------------------------ */

/* What the manager reports: posted by the handler and the callbacks. */
enum event_kind { EV_HANDLER, EV_COMPLETED, EV_CANCELLED, EV_FAILED };
struct event {
    char name[NAME_LEN];
    int kind;           /* enum event_kind: the order within one file */
    char text[160];
};

typedef struct download_manager {
    int port;                   /* the server's */
    ac_scope *scope;            /* CoroutineScope(SupervisorJob() + handler) */
    ac_channel *events;         /* struct event, unlimited */
    pthread_mutex_t lock;       /* guards active[]: callbacks run on pool threads */
    int nactive;                /* activeDownloads: name -> job */
    struct {
        char name[NAME_LEN];
        ac_job *job;
    } active[MAX_ACTIVE];
} download_manager;

/* One download's own data, freed by its completion callback. */
struct download {
    download_manager *dm;
    char name[NAME_LEN];
    size_t bytes;               /* received */
    uint32_t checksum;
};

/* Posts an event: from any thread, and never waits (the channel is
 * unlimited).  The text is printf-style. */
static void post(download_manager *dm, const char *name, int kind, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void post(download_manager *dm, const char *name, int kind, const char *fmt, ...) {
    struct event ev = {.kind = kind};
    snprintf(ev.name, sizeof ev.name, "%s", name);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ev.text, sizeof ev.text, fmt, ap);
    va_end(ap);
    ac_channel_try_send(dm->events, &ev);
}

/* ---- activeDownloads, under the lock ---- */

static int find_active(download_manager *dm, const char *name) {
    for (int i = 0; i < dm->nactive; i++)
        if (strcmp(dm->active[i].name, name) == 0)
            return i;
    return -1;
}

/* The running job for name, or NULL.  The handle stays valid until the
 * manager releases its scope, so it may be used after the unlock. */
static ac_job *active_job(download_manager *dm, const char *name) {
    pthread_mutex_lock(&dm->lock);
    int i = find_active(dm, name);
    ac_job *job = i >= 0 ? dm->active[i].job : NULL;
    pthread_mutex_unlock(&dm->lock);
    return job;
}

static void set_active(download_manager *dm, const char *name, ac_job *job) {
    pthread_mutex_lock(&dm->lock);
    int i = find_active(dm, name);
    if (i < 0 && dm->nactive < MAX_ACTIVE) {
        i = dm->nactive++;
        snprintf(dm->active[i].name, NAME_LEN, "%s", name);
    }
    if (i >= 0)
        dm->active[i].job = job;
    pthread_mutex_unlock(&dm->lock);
}

/* Forgets name only if it is still this job's: a restarted download's
 * old job must not remove the new one (the guide's version would). */
static void forget_active(download_manager *dm, const char *name, ac_job *job) {
    pthread_mutex_lock(&dm->lock);
    int i = find_active(dm, name);
    if (i >= 0 && dm->active[i].job == job)
        dm->active[i] = dm->active[--dm->nactive];
    pthread_mutex_unlock(&dm->lock);
}

/* ---- the download itself ---- */

/* Reads the body to the end of the stream and checks it. */
SUSPEND static void receive_body(struct conn *c, struct download *d, size_t size,
                                 uint32_t checksum) {
    uint32_t h = FNV_START;
    for (;;) {
        size_t n = c->end - c->start;   /* left over from the status line */
        if (n == 0) {
            n = conn_fill(c);
            if (n == 0)
                break;                  /* end of file: the server is done */
        }
        h = fnv1a(h, c->buf + c->start, n);
        d->bytes += n;
        c->start = c->end;
    }
    if (d->bytes != size)
        ac_throw(ac_error_new(&DOWNLOAD_ERROR, "GET %s: connection closed after %zu of %zu bytes",
                              d->name, d->bytes, size));
    if (h != checksum)
        ac_throw(ac_error_new(&DOWNLOAD_ERROR, "GET %s: checksum %08x, expected %08x",
                              d->name, (unsigned)h, (unsigned)checksum));
    d->checksum = h;
}

/* The job's body: api.download(url) in the guide. */
SUSPEND static void fetch(struct download *d) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        ac_throw(ac_error_new(&DOWNLOAD_ERROR, "socket: %s", strerror(errno)));
    ac_try {
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)d->dm->port)};
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ac_connect_deadline(fd, (struct sockaddr *)&a, sizeof a,
                            ac_monotonic_ms() + IO_TIMEOUT_MS);

        char request[NAME_LEN + 8];
        int len = snprintf(request, sizeof request, "GET %s\n", d->name);
        ac_write(fd, request, (size_t)len);

        struct conn c = {fd, 0, 0, {0}};
        char status[64];
        size_t size;
        unsigned checksum;
        conn_read_line(&c, status, sizeof status);
        if (sscanf(status, "200 %zu %x", &size, &checksum) != 2)
            ac_throw(ac_error_new(&DOWNLOAD_ERROR, "GET %s: %s", d->name, status));
        receive_body(&c, d, size, checksum);
    } ac_finally {
        close(fd);                      /* done, failed or cancelled */
    }
}

/* CoroutineExceptionHandler { _, e -> Log.e(...) }: gets the failures of
 * the downloads (the scope's supervised children).  The coroutine's name,
 * from its context, says which download it was. */
static void on_uncaught(ac_ctx *ctx, ac_error *e, void *arg) {
    const char *name = ac_ctx_get_name(ctx);
    post(arg, name ? name : "?", EV_HANDLER, "DownloadManager: download failed: %s",
         ac_error_message(e));
}

/* job.invokeOnCompletion { cause -> ... }, classified as in the guide. */
static void on_done(ac_job *job, const ac_error *cause, void *arg) {
    struct download *d = arg;
    download_manager *dm = d->dm;
    forget_active(dm, d->name, job);
    if (cause == NULL)
        post(dm, d->name, EV_COMPLETED, "DL: %s completed (%zu bytes, checksum %08x)",
             d->name, d->bytes, (unsigned)d->checksum);
    else if (ac_error_is(cause, &AC_CANCELLATION))
        post(dm, d->name, EV_CANCELLED, "DL: %s cancelled", d->name);
    else
        post(dm, d->name, EV_FAILED, "DL: %s failed: %s", d->name, ac_error_message(cause));
    free(d);
}

/* ---- the class's methods ---- */

static download_manager *download_manager_new(int port) {
    download_manager *dm = calloc(1, sizeof *dm);
    if (!dm)
        return NULL;
    dm->port = port;
    pthread_mutex_init(&dm->lock, NULL);
    dm->events = ac_channel_new(sizeof(struct event), AC_CHANNEL_UNLIMITED);
    /* SupervisorJob() + CoroutineExceptionHandler { ... }.  No dispatcher:
     * a scope object's coroutines run on the default one.  (The guide
     * says Dispatchers.IO, for blocking calls; the reactor's calls do not
     * block.)  The context holds the job now; drop our reference. */
    ac_job *supervisor = ac_supervisor_job_new(NULL);
    dm->scope = ac_scope_new(ac_ctx_plus(ac_ctx_job(supervisor),
                                         ac_exception_handler(on_uncaught, dm)));
    ac_job_release(supervisor);
    if (!dm->events || !dm->scope) {    /* out of memory */
        ac_scope_release(dm->scope);
        ac_channel_release(dm->events);
        pthread_mutex_destroy(&dm->lock);
        free(dm);
        return NULL;
    }
    return dm;
}

/* download(url): starts a download, cancelling a running one of the same
 * file first.  The coroutine is named after the file. */
static ac_job *download_manager_download(download_manager *dm, const char *name) {
    ac_job *old = active_job(dm, name);
    if (old)
        ac_job_cancel(old, NULL);

    struct download *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->dm = dm;
    snprintf(d->name, sizeof d->name, "%s", name);
    ac_job *job = ac_launch_ctx(dm->scope, ac_coroutine_name(name), AC_START_DEFAULT,
                                fetch(d));
    set_active(dm, name, job);
    /* Registered after set_active: if the job is already over, on_done
     * runs now, and still finds the entry to remove.  (It fails only when
     * memory is exhausted; d, still used by fetch, then leaks.) */
    ac_job_invoke_on_completion(job, on_done, d);
    return job;
}

static void download_manager_cancel(download_manager *dm, const char *name) {
    ac_job *job = active_job(dm, name);
    if (job)
        ac_job_cancel(job, NULL);
}

/* cancelChildren(): the scope stays usable. */
static void download_manager_cancel_all(download_manager *dm) {
    ac_scope_cancel_children(dm->scope, NULL);
}

/* downloadScope.cancel(): permanent; later downloads are cancelled at once. */
static void download_manager_shutdown(download_manager *dm) {
    ac_scope_cancel(dm->scope, NULL);
}

/* Shuts down, waits until every download has ended (and so its callback
 * has run: a job completes after its handlers, its parent after it), and
 * frees the manager. */
SUSPEND static void download_manager_close(download_manager *dm) {
    download_manager_shutdown(dm);
    ac_join(ac_scope_job(dm->scope));
    ac_scope_release(dm->scope);
    ac_channel_release(dm->events);
    pthread_mutex_destroy(&dm->lock);
    free(dm);
}

/* ------------------------------------------------------------------ */
/* The program                                                          */
/* ------------------------------------------------------------------ */

static int by_name_then_kind(const void *a, const void *b) {
    const struct event *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : x->kind - y->kind;
}

/* Waits for the next n events, then prints them in a fixed order. */
SUSPEND static void show_events(download_manager *dm, int n) {
    struct event ev[MAX_ACTIVE];
    for (int i = 0; i < n; i++)
        ac_channel_receive(dm->events, &ev[i]);
    qsort(ev, (size_t)n, sizeof ev[0], by_name_then_kind);
    for (int i = 0; i < n; i++)
        printf("  %s\n", ev[i].text);
}

static int by_string(const void *a, const void *b) {
    return strcmp(a, b);
}

static void show_active(download_manager *dm) {
    char names[MAX_ACTIVE][NAME_LEN];
    pthread_mutex_lock(&dm->lock);
    int n = dm->nactive;
    for (int i = 0; i < n; i++)
        memcpy(names[i], dm->active[i].name, NAME_LEN);
    pthread_mutex_unlock(&dm->lock);
    qsort(names, (size_t)n, NAME_LEN, by_string);
    printf("  active:");
    for (int i = 0; i < n; i++)
        printf(" %s", names[i]);
    printf("%s\n", n ? "" : " none");
}

SUSPEND static void scenario(download_manager *dm) {
    printf("1. five downloads: one file is missing, one is cut short\n");
    static const char *const first[] = {"alpha.txt", "bravo.bin", "charlie.iso",
                                        "missing.txt", "truncated.bin"};
    for (int i = 0; i < 5; i++)
        download_manager_download(dm, first[i]);
    show_events(dm, 6);     /* all but charlie, the failures twice */
    show_active(dm);

    printf("2. cancel one download\n");
    download_manager_cancel(dm, "charlie.iso");
    show_events(dm, 1);
    show_active(dm);

    printf("3. restart a download, then cancel all\n");
    download_manager_download(dm, "delta.iso");
    download_manager_download(dm, "echo.iso");
    ac_delay(50);
    download_manager_download(dm, "echo.iso");  /* the running one is cancelled */
    show_events(dm, 1);
    show_active(dm);
    download_manager_cancel_all(dm);
    show_events(dm, 2);
    show_active(dm);

    printf("4. the manager still works after cancel all\n");
    download_manager_download(dm, "foxtrot.txt");
    show_events(dm, 1);

    printf("5. shut down: permanent\n");
    download_manager_shutdown(dm);
    download_manager_download(dm, "golf.txt");
    show_events(dm, 1);
}

/* The server and the manager side by side; the server stops at the end. */
SUSPEND static void run(int listen_fd, int port) {
    ac_coroutine_scope(s) {
        ac_job *server = ac_launch_ctx(s, ac_coroutine_name("server"), AC_START_DEFAULT,
                                       serve(listen_fd));
        download_manager *dm = download_manager_new(port);
        if (!dm)
            ac_throw(ac_error_new(&AC_OUT_OF_MEMORY, "no memory for the manager"));
        scenario(dm);
        download_manager_close(dm);
        ac_cancel_and_join(server);
    }
}

int main(void) {
    /* A write to a client that hung up would raise SIGPIPE, which kills
     * the process; ignored, the write fails with EPIPE instead. */
    signal(SIGPIPE, SIG_IGN);
    init_files();
    int port;
    int listen_fd = listen_on_loopback(&port);
    if (listen_fd < 0)
        return 1;
    fprintf(stderr, "server on 127.0.0.1:%d\n", port);

    ac_error *err = ac_run_blocking(run(listen_fd, port), NULL);
    close(listen_fd);
    if (err) {
        ac_error_print(err, stderr);
        ac_error_free(err);
        return 1;
    }
    return 0;
}
