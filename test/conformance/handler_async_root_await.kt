// Scenario: handler_async_root_await
// Checks: a root async (in GlobalScope and in a CoroutineScope with its own Job) keeps its
// exception for await(), which can be caught with try/catch; no handler is involved and nothing
// is printed to stderr. But a failing async that is a child of a scope's regular Job() still
// cancels that scope (Rule 3), even though its exception was caught at await(); the failure is
// not reported anywhere else (not even as an uncaught exception). What happens to a launch into
// the dead scope is covered by ctx_launch_into_failed_scope.
// Source: 003 analogy guide, "Exceptions in async" ("Exception caught at await: async failed!");
// 004 guide, "Exception propagation" (root async relies on the user to call await).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val deferred = GlobalScope.async {
        delay(100)
        throw IllegalStateException("async failed!")
    }
    try {
        deferred.await() // Exception thrown here
    } catch (e: Exception) {
        println("Exception caught at await: ${e.message}")
    }

    val scopeJob = Job()
    val scope = CoroutineScope(coroutineContext + scopeJob)
    val d2 = scope.async<Int> { throw ArithmeticException("division by zero") }
    try {
        d2.await()
    } catch (e: ArithmeticException) {
        println("caught ${e::class.simpleName}: ${e.message}")
    }
    println("scope job cancelled=${scopeJob.isCancelled} completed=${scopeJob.isCompleted}")
}
