// Scenario: guide_exceptions_03_cancel_child
// Checks: cancelling a child (Job.cancel) terminates it but does not cancel its parent.
// Verbatim guide example.
// Source: 004 exception handling guide, "Cancellation and exceptions" (example-exceptions-03).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val job = launch {
        val child = launch {
            try {
                delay(Long.MAX_VALUE)
            } finally {
                println("Child is cancelled")
            }
        }
        yield()
        println("Cancelling child")
        child.cancel()
        child.join()
        yield()
        println("Parent is not cancelled")
    }
    job.join()
}
