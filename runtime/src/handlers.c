/*
 * handlers.c -- what happens to a failure nobody took over.
 *
 * A launch at a root, or directly under a supervisor, that fails hands its
 * error to the CoroutineExceptionHandler of its context; without one, the
 * default handler prints it to stderr with its async stack.  Async and
 * run_blocking keep their failure for await / the caller instead, and
 * children pass theirs to the parent (job.c decides which case holds).
 */
#include "internal.h"

#include <stdio.h>

void ac__handle_uncaught(ac_job *j, ac_error *e)
{
    const ac__ctx_elem *h = ac__ctx_find(j->ctx, AC__CTX_HANDLER, NULL);
    if (h) {
        h->u.handler.fn(j->ctx, e, h->u.handler.arg);
        return;
    }
    const char *name = ac_ctx_get_name(j->ctx);
    if (name)
        fprintf(stderr, "asyncc: uncaught error in coroutine \"%s\"#%llu:\n", name,
                (unsigned long long)j->id);
    else
        fprintf(stderr, "asyncc: uncaught error in coroutine#%llu:\n",
                (unsigned long long)j->id);
    ac_error_print(e, stderr);
    fflush(stderr);
}
