// Scenario: completion_after_children
// Checks: children complete before the parent: the parent's invokeOnCompletion handler runs
// only after the child completed, even though the parent's body finished first.
// Verbatim guide example (inside runBlocking, with a final join so the program waits).
// Source: 000 jobs guide, "Edge case 6: Job completion order".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val parent = launch {
        val child = launch {
            delay(100)
            println("1. Child completes")
        }
        println("2. Parent body done")
        // Parent waits here for child to complete
    }
    parent.invokeOnCompletion {
        println("3. Parent completes")
    }
    parent.join()
}
