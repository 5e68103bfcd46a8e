// Conformance pair of scope_load_all.kt: loadAll with coroutineScope is all-or-nothing;
// with supervisorScope the other load completes and the failed one gets a fallback.
// RUN: %conformance
#include "conf.h"

/* List<String> */
typedef struct {
    const char *items[4];
    int n;
} strs;

typedef struct {
    strs first, second;
} pair;

static const char *join_to_string(strs l)
{
    static char bufs[4][64];
    static unsigned next;
    char *b = bufs[next++ % 4];
    size_t len = 0;
    b[0] = '\0';
    for (int i = 0; i < l.n; i++)
        len += (size_t)snprintf(b + len, sizeof bufs[0] - len, "%s%s", i ? "," : "", l.items[i]);
    return b;
}

SUSPEND static strs fetch_users(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_IO_ERROR, "users unavailable"));
    return (strs){{0}, 0};
}

SUSPEND static strs fetch_articles(void)
{
    ac_try {
        ac_delay(300);
        printf("articles fetched\n");
        return (strs){{"a1", "a2"}, 2};
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("articles cancelled\n");
        ac_rethrow(e);
    }
    return (strs){{0}, 0};
}

SUSPEND static pair load_all_strict(void)
{
    pair p;
    ac_coroutine_scope(s) {
        ac_deferred *users = ac_async(s, fetch_users());
        ac_deferred *articles = ac_async(s, fetch_articles());
        p.first = AC_AWAIT(strs, users);
        p.second = AC_AWAIT(strs, articles);
    }
    return p;
}

SUSPEND static pair load_all_lenient(void)
{
    pair p;
    ac_supervisor_scope(s) {
        ac_deferred *users = ac_async(s, fetch_users());
        ac_deferred *articles = ac_async(s, fetch_articles());
        strs u, a;
        ac_try {
            u = AC_AWAIT(strs, users);
        } ac_catch (e) {
            if (ac_error_is(e, &AssertionError)) /* catch (e: Exception): not an Error */
                ac_rethrow(e);
            printf("users failed: %s\n", ac_error_message(e));
            u = (strs){{0}, 0};
        }
        ac_try {
            a = AC_AWAIT(strs, articles);
        } ac_catch (e) {
            if (ac_error_is(e, &AssertionError))
                ac_rethrow(e);
            a = (strs){{0}, 0};
        }
        p.first = u;
        p.second = a;
    }
    return p;
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        ac_try {
            pair p = load_all_strict();
            printf("strict: users=%s articles=%s\n", join_to_string(p.first), join_to_string(p.second));
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_IO_ERROR))
                ac_rethrow(e);
            printf("strict failed: %s\n", ac_error_message(e));
        }
        pair p = load_all_lenient();
        printf("lenient: users=%s articles=%s\n", join_to_string(p.first), join_to_string(p.second));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
