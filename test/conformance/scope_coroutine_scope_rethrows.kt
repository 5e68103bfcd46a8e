// Scenario: scope_coroutine_scope_rethrows
// Checks: coroutineScope: when a child fails, the other children are cancelled and
// coroutineScope rethrows the child's original exception (not a CancellationException) to its
// caller, where it can be caught with try/catch; the caller (runBlocking) is not cancelled and
// continues. RuntimeException -> IllegalStateException; "Child 1" gets a finally to show it was
// cancelled.
// Source: 003 analogy guide, "Exception Propagation Structure" (Exceptions in launch example).
import kotlinx.coroutines.*

fun main() = runBlocking {
    try {
        coroutineScope {
            launch {
                try {
                    delay(200)
                    println("Child 1: completed normally")
                } finally {
                    println("Child 1: finally")
                }
            }
            launch {
                delay(50)
                throw IllegalStateException("Child 2 failed!")
            }
        }
    } catch (e: Exception) {
        println("Exception received by parent: ${e.message} (${e::class.simpleName})")
    }
    // When child 2 fails, child 1 is also cancelled
    println("runBlocking continues, active=${coroutineContext[Job]!!.isActive}")
}
