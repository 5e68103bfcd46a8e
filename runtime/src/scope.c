/*
 * scope.c -- scope blocks: open, wait for the children, close.
 *
 * The ac_scope lives in the frame of the function running the block, so
 * children point at it only while the block is open.  Closing detaches
 * them and drops the scope's references.  If the owner fails while a scope
 * is open (its frames, scope included, are dropped), the children are
 * detached the same way and run on alone; cancelling them is the job
 * hierarchy's business, which comes later.
 */
#include "internal.h"

#include <string.h>

void ac__scope_open(ac_scope *scope, ac_frame *owner)
{
    memset(scope, 0, sizeof *scope);
    scope->owner = owner->coro;
    owner->coro->open_scopes++;
}

static void detach(ac_scope *s, ac_job *j)
{
    if (j->state != AC__JOB_COMPLETED)
        s->active--;
    j->scope = NULL;
    ac__coro_release(ac__coro_of(j));
}

ac_status ac__scope_close(ac_scope *scope, ac_frame *owner)
{
    ac_job *j = scope->children;
    while (j) {
        ac_job *next = j->sibling;
        detach(scope, j);
        j = next;
    }
    scope->children = NULL;
    scope->waiter = NULL;
    owner->coro->open_scopes--;
    if (scope->failure) {
        ac_error *e = scope->failure;
        scope->failure = NULL;
        return ac__fail(owner, e);
    }
    return AC_DONE;
}

/* Rare path (a failure with a scope open), so a scan of the loop's
 * coroutines is fine; it reads the scopes before the frames holding them
 * are dropped. */
void ac__scope_abandon(ac_coro *co)
{
    if (!co->loop)
        return;
    ac_coro *c = co->loop->live_head;
    while (c) {
        ac_coro *next = c->next_live;   /* c may be freed below */
        ac_scope *s = c->job.scope;
        if (s && s->owner == co) {
            ac__error_release(s->failure);
            s->failure = NULL;
            s->waiter = NULL;
            detach(s, &c->job);
        }
        c = next;
    }
    co->open_scopes = 0;
}

/* ac__scope_join: suspend until every child has completed. */
typedef struct {
    ac_frame hdr;
    ac_scope *scope;
} scope_join_frame;

ac_status ac__scope_join_resume(ac_frame *self)
{
    scope_join_frame *fr = (scope_join_frame *)self;
    if (fr->scope->active == 0)
        return AC_DONE;
    fr->scope->waiter = self;       /* the last child to end enqueues us */
    self->state = 1;
    return AC_SUSPENDED;
}

ac_frame *ac__scope_join__ac_new(ac_coro *co, void *res, ac_scope *scope)
{
    scope_join_frame *fr = ac__frame_alloc(co, sizeof *fr,
                                           ac__scope_join_resume, res);
    if (fr)
        fr->scope = scope;
    return fr ? &fr->hdr : NULL;
}
