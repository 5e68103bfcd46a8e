// Scenario: ctx_child_gets_new_job
// Checks: Job is special in context inheritance: every coroutine gets its own NEW Job; the Job
// found in the parent's context (or passed explicitly) becomes the *parent* of that new Job,
// never the coroutine's own Job. Inheriting the parent's context gives a child of the parent;
// passing an explicit Job X gives a child of X (and not of the enclosing coroutine).
// Source: 002 guide, "How context inheritance works" ("Job is SPECIAL — child always gets a NEW
// Job that is a CHILD of parent's Job"); 001 guide ("If you pass in a particular Job ... it
// doesn't cause the work to run in that Job, it just means it'll use that Job as a parent Job").
import kotlinx.coroutines.*

fun main() = runBlocking {
    val outer = coroutineContext[Job]!!
    val child = launch {
        val own = coroutineContext[Job]!!
        println("child own job differs from parent's: ${own !== outer}")
    }
    println("child is in parent's children: ${outer.children.contains(child)}")
    child.join()

    val x = Job()
    val explicit = launch(x) {
        val own = coroutineContext[Job]!!
        println("explicit: own job is X: ${own === x}")
    }
    println("explicit is child of X: ${x.children.contains(explicit)}")
    println("explicit is child of runBlocking: ${outer.children.contains(explicit)}")
    explicit.join()
    println("X still active after its child completed: ${x.isActive}")
    x.cancel()
}
