// Scenario: ctx_fresh_job_breaks_parent
// Checks: the common mistake of passing Job() to a builder inside a coroutine: the new coroutine
// is detached from the parent hierarchy — the parent does not wait for it (parent completes
// first), cancelling the parent does not cancel it, and its failure does not fail the parent
// (it is a root: its handler gets the exception).
// Source: 000 jobs guide, "How the parent-child link is established" (launch(Job()) ⚠️),
// "Edge case 1: Passing Job() breaks structured concurrency", "Mistake 1: Passing Job() to a
// coroutine builder".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("detached handler: ${e.message}") }
    val parent = launch {
        launch(Job()) {
            delay(600)
            println("detached: still running after the parent completed")
        }
        launch {
            delay(50)
            println("attached child done")
        }
        println("parent body done")
    }
    parent.join()
    println("parent completed (did not wait for the detached one)")

    val parent2 = launch {
        launch(Job()) {
            try {
                delay(700)
                println("detached 2: not cancelled by parent2.cancel()")
            } finally {
                println("detached 2: finally")
            }
        }
        launch {
            try { delay(300) } finally { println("attached 2: cancelled") }
        }
    }
    delay(10)
    parent2.cancel()
    parent2.join()
    println("parent2 cancelled=${parent2.isCancelled}")

    val parent3 = launch {
        launch(Job() + handler) {
            delay(10)
            throw IllegalStateException("detached failure")
        }
        delay(100)
        println("parent3 not affected")
    }
    parent3.join()
    println("parent3 cancelled=${parent3.isCancelled}")
    delay(900) // let the detached coroutines finish
    println("end")
}
