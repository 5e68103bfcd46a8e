// Scenario: rule2_cancel_parent
// Checks: Rule 2 — cancelling a parent cancels all its descendants (children and grandchildren),
// each one runs its finally; the cancellation reaches every level; the parent completes only
// after all of them finished; children see a CancellationException.
// Source: 000 jobs guide, "Rule 2: Cancelling a parent cancels ALL children" (example extended
// with a grandchild, delays 5000 -> 5000, cancel after 100 ms).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val parentJob = launch {
        val child1 = launch {
            try {
                delay(5000)
                println("Child 1 done") // never runs
            } finally {
                println("Child 1 cancelled")
            }
        }
        val child2 = launch {
            launch {
                try {
                    delay(5000)
                } catch (e: CancellationException) {
                    println("Grandchild caught CancellationException")
                    throw e
                } finally {
                    println("Grandchild cancelled")
                }
            }
            try {
                delay(5000)
                println("Child 2 done") // never runs
            } finally {
                println("Child 2 cancelled")
            }
        }
    }
    delay(100)
    parentJob.cancel() // cancels parent AND all descendants
    println("cancel requested")
    parentJob.join()
    println("parent: cancelled=${parentJob.isCancelled} completed=${parentJob.isCompleted}")
}
