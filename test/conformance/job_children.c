// Conformance pair of job_children.kt: children lists the direct children in
// launch order, not grandchildren; completed children drop out; a coroutine's own
// job is the job its launch returned.
// RUN: %conformance
#include "conf.h"

/* Kotlin's lateinit vars; each handle retained, as the variables keep them. */
struct jobs {
    ac_job *parent_job, *child1, *child2, *grandchild;
};

static int contains(ac_job *job, ac_job *x)
{
    ac_job *kids[8];
    size_t n = ac_job_children(job, kids, 8);
    int found = 0;
    for (size_t i = 0; i < n && i < 8; i++) {
        found |= kids[i] == x;
        ac_job_release(kids[i]);
    }
    return found;
}

SUSPEND static void child1_body(void)
{
    ac_delay(300);
}

SUSPEND static void grandchild_body(void)
{
    ac_delay(100);
}

SUSPEND static void child2_body(struct jobs *j)
{
    ac_scope *self = own_scope();
    j->grandchild = ac_job_retain(ac_launch(self, grandchild_body()));
    ac_scope_release(self);
}

SUSPEND static void parent_body(struct jobs *j)
{
    ac_scope *self = own_scope();
    j->child1 = ac_job_retain(ac_launch(self, child1_body()));
    j->child2 = ac_job_retain(ac_launch(self, child2_body(j)));
    ac_scope_release(self);
    printf("parent: own job is the launched job: %s\n", tf(ac_current_job() == j->parent_job));
}

SUSPEND static void body(void)
{
    struct jobs j = {0};
    ac_coroutine_scope(scope) {
        j.parent_job = ac_job_retain(ac_launch(scope, parent_body(&j)));
        ac_delay(10);
        ac_job *kids[8];
        size_t n = ac_job_children(j.parent_job, kids, 8);
        int has_grandchild = 0;
        for (size_t i = 0; i < n && i < 8; i++)
            has_grandchild |= kids[i] == j.grandchild;
        printf("parent children: %zu\n", n);
        printf("children[0] is child1: %s\n", tf(kids[0] == j.child1));
        printf("children[1] is child2: %s\n", tf(kids[1] == j.child2));
        printf("grandchild in parent.children: %s\n", tf(has_grandchild));
        for (size_t i = 0; i < n && i < 8; i++)
            ac_job_release(kids[i]);
        ac_job *first = NULL;
        size_t n2 = ac_job_children(j.child2, &first, 1);
        printf("child2 children: %zu, is grandchild: %s\n", n2, tf(first == j.grandchild));
        ac_job_release(first);
        printf("child1 children: %zu\n", ac_job_children(j.child1, NULL, 0));
        printf("parentJob in runBlocking children: %s\n",
               tf(contains(ac_current_job(), j.parent_job)));
        ac_delay(200);
        printf("after grandchild done: parent children=%zu child2 children=%zu\n",
               ac_job_children(j.parent_job, NULL, 0), ac_job_children(j.child2, NULL, 0));
        ac_join(j.parent_job);
        printf("after join: parent children=%zu\n", ac_job_children(j.parent_job, NULL, 0));
    }
    ac_job_release(j.grandchild);
    ac_job_release(j.child2);
    ac_job_release(j.child1);
    ac_job_release(j.parent_job);
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
