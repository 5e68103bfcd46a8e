// Scenario: scope_coroutine_scope_waits
// Checks: coroutineScope suspends until its body AND all of its children have completed, then
// returns the body's value; its children are children of the scope (not of the caller);
// the scope's own Job is a child of the caller's Job and is a new Job (not the caller's).
// Source: 001 Job/SupervisorJob guide, "coroutineScope" ("causes the current coroutine to suspend
// until all child coroutines have finished"); 000 jobs guide, "supervisorScope { }" comment
// ("supervisorScope waits for all children (like coroutineScope)").
import kotlinx.coroutines.*

fun main() = runBlocking {
    val outer = coroutineContext[Job]!!
    val result = coroutineScope {
        val scopeJob = coroutineContext[Job]!!
        println("scope job is new: ${scopeJob !== outer}, child of runBlocking: ${outer.children.contains(scopeJob)}")
        launch {
            delay(100)
            println("child 1 done")
        }
        launch {
            delay(200)
            println("child 2 done")
        }
        println("scope body done")
        "result"
    }
    println("coroutineScope returned $result")
    val result2 = supervisorScope {
        launch { delay(100); println("supervisorScope child done") }
        println("supervisorScope body done")
        42
    }
    println("supervisorScope returned $result2")
}
