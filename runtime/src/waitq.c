/*
 * waitq.c -- the FIFO of waiting coroutines that channels, locks and the
 * I/O reactor share (see ac__wnode in internal.h).
 *
 * The queue belongs to an object with a lock; every function here runs
 * under it.  Nodes live in suspended frames, so nothing touches a node
 * once it is unlinked and its coroutine woken.
 */
#include "internal.h"

void ac__wq_push(ac__wqueue *q, ac__wnode *n)
{
    n->next = NULL;
    n->prev = q->tail;
    if (q->tail)
        q->tail->next = n;
    else
        q->head = n;
    q->tail = n;
    n->linked = true;
}

void ac__wq_remove(ac__wqueue *q, ac__wnode *n)
{
    if (!n->linked)
        return;
    if (n->prev)
        n->prev->next = n->next;
    else
        q->head = n->next;
    if (n->next)
        n->next->prev = n->prev;
    else
        q->tail = n->prev;
    n->prev = n->next = NULL;
    n->linked = false;
}

ac__wnode *ac__wq_take(ac__wqueue *q)
{
    ac__wnode *n;
    while ((n = q->head)) {
        ac__wq_remove(q, n);
        if (!n->sel || ac__select_claim(n->sel, n->clause))
            return n;
        /* a select another clause won: it unregisters this node itself,
         * and finds it unlinked */
    }
    return NULL;
}

void ac__wnode_complete(ac__wnode *n, int result)
{
    n->result = result;
    ac__wake(n->co, n->seq);
}
