// Scenario: guide_supervision_02_scope_body_fails
// Checks: supervisorScope's own body failing still fails the scope: all its children are
// cancelled and the exception is rethrown to the caller. Verbatim guide example.
// Source: 004 exception handling guide, "Supervision scope" (example-supervision-02).
import kotlinx.coroutines.*

fun main() = runBlocking {
    try {
        supervisorScope {
            val child = launch {
                try {
                    println("The child is sleeping")
                    delay(Long.MAX_VALUE)
                } finally {
                    println("The child is cancelled")
                }
            }
            // Give our child a chance to execute and print using yield
            yield()
            println("Throwing an exception from the scope")
            throw AssertionError()
        }
    } catch(e: AssertionError) {
        println("Caught an assertion error")
    }
}
