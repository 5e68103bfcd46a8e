// Scenario: rule1_parent_waits
// Checks: Rule 1 — a parent waits for all children: the parent body finishes first, the parent
// job completes (join returns, completion handler runs) only after both children are done.
// Delays scaled down from the guide's 1000/2000 ms to 100/500 ms (the check at 300 ms sits
// between them).
// Source: 000 jobs guide, "Rule 1: A parent waits for all children to complete".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val parentJob = launch {
        launch {
            delay(100)
            println("Child 1 done")
        }
        launch {
            delay(500)
            println("Child 2 done")
        }
        println("Parent body done")
    }
    parentJob.invokeOnCompletion { println("parent completed") }
    delay(300)
    println("at 300ms parent isCompleted=${parentJob.isCompleted}")
    parentJob.join()
    println("All done")
}
