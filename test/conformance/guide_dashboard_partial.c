// Conformance pair of guide_dashboard_partial.kt: three named asyncs in supervisorScope,
// each awaited with a fallback; one fails; the handler of the launch is never called.
// RUN: %conformance
#include "conf.h"

/* List<String> */
typedef struct {
    const char *items[4];
    int n;
} strs;

static const char *join_to_string(strs l)
{
    static char buf[64];
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < l.n; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? "," : "", l.items[i]);
    return buf;
}

/* a String? */
static const char *str(const char *s) { return s ? s : "null"; }

static void error_handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)arg;
    const char *name = ac_ctx_get_name(ctx);
    printf("Coroutine '%s' crashed: %s\n", name ? name : "unknown", ac_error_message(e));
}

SUSPEND static const char *get_current_user(void)
{
    ac_delay(100);
    return "alice";
}

SUSPEND static strs get_latest(void)
{
    ac_delay(200);
    ac_throw(ac_error_new(&AC_IO_ERROR, "articles backend down"));
    return (strs){{0}, 0};
}

SUSPEND static int get_dashboard_stats(void)
{
    ac_delay(300);
    return 7;
}

SUSPEND static const char *load_user(void)
{
    printf("%s started\n", str(ac_ctx_get_name(ac_current_context())));
    return get_current_user();
}

SUSPEND static strs load_articles(void)
{
    printf("%s started\n", str(ac_ctx_get_name(ac_current_context())));
    return get_latest();
}

SUSPEND static int load_stats(void)
{
    printf("%s started\n", str(ac_ctx_get_name(ac_current_context())));
    return get_dashboard_stats();
}

SUSPEND static void load_dashboard(void)
{
    printf("loading in %s\n", str(ac_ctx_get_name(ac_current_context())));
    ac_supervisor_scope(s) {
        ac_deferred *user_deferred =
            ac_async_ctx(s, ac_coroutine_name("load-user"), AC_START_DEFAULT, load_user());
        ac_deferred *articles_deferred =
            ac_async_ctx(s, ac_coroutine_name("load-articles"), AC_START_DEFAULT, load_articles());
        ac_deferred *stats_deferred =
            ac_async_ctx(s, ac_coroutine_name("load-stats"), AC_START_DEFAULT, load_stats());
        const char *user;
        ac_try {
            user = AC_AWAIT(const char *, user_deferred);
        } ac_catch (e) {
            if (ac_error_is(e, &AC_CANCELLATION) || ac_error_is(e, &AssertionError))
                ac_rethrow(e);
            user = NULL;
        }
        strs articles;
        ac_try {
            articles = AC_AWAIT(strs, articles_deferred);
        } ac_catch (e) {
            if (ac_error_is(e, &AC_CANCELLATION) || ac_error_is(e, &AssertionError))
                ac_rethrow(e);
            articles = (strs){{0}, 0};
        }
        int stats, has_stats; /* Int? */
        ac_try {
            stats = AC_AWAIT(int, stats_deferred);
            has_stats = 1;
        } ac_catch (e) {
            if (ac_error_is(e, &AC_CANCELLATION) || ac_error_is(e, &AssertionError))
                ac_rethrow(e);
            has_stats = 0;
        }
        char stats_text[16] = "null";
        if (has_stats)
            snprintf(stats_text, sizeof stats_text, "%d", stats);
        printf("user=%s articles=%s (%d) stats=%s\n", str(user), join_to_string(articles), articles.n,
               stats_text);
        printf("userError=%s statsError=%s\n", str(user == NULL ? "Failed to load profile" : NULL),
               str(!has_stats ? "Failed to load stats" : NULL));
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        (void)rb;
        ac_job *supervisor = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(supervisor)));
        ac_job_release(supervisor);
        ac_job *job = ac_launch_ctx(scope, ac_ctx_plus(ac_exception_handler(error_handler, NULL),
                                                       ac_coroutine_name("load-dashboard")),
                                    AC_START_DEFAULT, load_dashboard());
        ac_join(job);
        printf("dashboard job cancelled=%s\n", tf(ac_job_is_cancelled(job)));
        ac_scope_release(scope);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
