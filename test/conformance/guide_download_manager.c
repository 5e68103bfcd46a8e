// Conformance pair of guide_download_manager.kt: a feature scope with SupervisorJob and
// handler; completion classification; restart, cancelAll (scope alive) and shutdown.
// RUN: %conformance
#include "conf.h"
#include <stdlib.h>

#define MAX_DOWNLOADS 16

typedef struct {
    ac_job *scope_job;
    ac_scope *download_scope;
    /* activeDownloads: url -> job */
    const char *urls[MAX_DOWNLOADS];
    ac_job *jobs[MAX_DOWNLOADS];
    int n;
} download_manager;

typedef struct {
    download_manager *dm;
    const char *url;
    ac_job *job;
} completion_arg;

static void download_failed(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("DownloadManager: Download failed: %s\n", ac_error_message(e));
}

/* DownloadManager(parentContext); parent_context is consumed */
static download_manager *download_manager_new(ac_ctx *parent_context)
{
    download_manager *dm = calloc(1, sizeof *dm);
    dm->scope_job = ac_supervisor_job_new(NULL);
    dm->download_scope = ac_scope_new(ac_ctx_plus(ac_ctx_plus(parent_context, ac_ctx_job(dm->scope_job)),
                                                  ac_exception_handler(download_failed, NULL)));
    return dm;
}

static void download_manager_free(download_manager *dm)
{
    ac_scope_release(dm->download_scope);
    ac_job_release(dm->scope_job);
    free(dm);
}

static int find(download_manager *dm, const char *url)
{
    for (int i = 0; i < dm->n; i++)
        if (strcmp(dm->urls[i], url) == 0)
            return i;
    return -1;
}

static void put(download_manager *dm, const char *url, ac_job *job)
{
    int i = find(dm, url);
    if (i < 0) {
        i = dm->n++;
        dm->urls[i] = url;
    }
    dm->jobs[i] = job;
}

static void remove_url(download_manager *dm, const char *url)
{
    int i = find(dm, url);
    if (i >= 0) {
        dm->n--;
        dm->urls[i] = dm->urls[dm->n];
        dm->jobs[i] = dm->jobs[dm->n];
    }
}

SUSPEND static void fetch(const char *url, int64_t millis, int fail)
{
    ac_delay(millis);
    if (fail)
        ac_throw(ac_error_new(&AC_IO_ERROR, "%s: connection reset", url));
    printf("saved %s\n", url);
}

static void on_download_done(ac_job *job, const ac_error *cause, void *arg)
{
    completion_arg *a = arg;
    (void)job;
    int i = find(a->dm, a->url);
    if (i >= 0 && a->dm->jobs[i] == a->job)
        remove_url(a->dm, a->url);
    if (cause == NULL)
        printf("DL: %s completed\n", a->url);
    else if (ac_error_is(cause, &AC_CANCELLATION))
        printf("DL: %s cancelled\n", a->url);
    else
        printf("DL: %s failed: %s\n", a->url, ac_error_message(cause));
    free(a);
}

static ac_job *download(download_manager *dm, const char *url, int64_t millis, int fail)
{
    int i = find(dm, url);
    if (i >= 0)
        ac_job_cancel(dm->jobs[i], NULL);
    ac_job *job = ac_launch(dm->download_scope, fetch(url, millis, fail));
    put(dm, url, job);
    completion_arg *a = malloc(sizeof *a);
    *a = (completion_arg){dm, url, job};
    ac_job_invoke_on_completion(job, on_download_done, a);
    return job;
}

static void cancel_all(download_manager *dm)
{
    ac_scope_cancel_children(dm->download_scope, NULL);
}

static void shutdown_manager(download_manager *dm)
{
    ac_job_cancel(dm->scope_job, NULL);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char *active(download_manager *dm)
{
    static char buf[128];
    const char *keys[MAX_DOWNLOADS];
    memcpy(keys, dm->urls, (size_t)dm->n * sizeof keys[0]);
    qsort(keys, (size_t)dm->n, sizeof keys[0], cmp_str);
    size_t len = (size_t)snprintf(buf, sizeof buf, "[");
    for (int i = 0; i < dm->n; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? "," : "", keys[i]);
    snprintf(buf + len, sizeof buf - len, "]");
    return buf;
}

static download_manager *dm;

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        dm = download_manager_new(ac_ctx_retain(ac_current_context()));
        download(dm, "a", 300, 0);
        download(dm, "b", 100, 1);
        download(dm, "c", 1000, 0);
        ac_delay(50);
        download(dm, "c", 150, 0);
        ac_delay(100);
        printf("active: %s\n", active(dm));
        ac_delay(200);
        printf("active: %s\n", active(dm));
        download(dm, "d", 500, 0);
        download(dm, "e", 500, 0);
        ac_delay(50);
        cancel_all(dm);
        ac_delay(50);
        printf("active after cancelAll: %s\n", active(dm));
        ac_join(download(dm, "f", 50, 0));
        shutdown_manager(dm);
        ac_job *g = download(dm, "g", 50, 0);
        ac_join(g);
        printf("g cancelled=%s\n", tf(ac_job_is_cancelled(g)));
    }
}

int main(void)
{
    ac_error *err = ac_run_test(body(), NULL);
    download_manager_free(dm);
    return conf_exit(err);
}
