// Scenario: handler_async_fails_parent
// Checks: catching an async's exception at await() does not stop it from failing a regular
// (non-supervisor) parent: "Caught exception" is printed, then the parent is cancelled (its
// next suspension throws) and the root handler gets the original exception. Under a
// SupervisorJob-based scope instead, the failed async does not cancel the scope.
// Source: 001 Job/SupervisorJob guide, "async" ("Caught exception" then the parent is cancelled;
// "what happens if we use a SupervisorJob on the root scope?"); 000 jobs guide, "launch vs async
// exception handling" ("async ALSO propagates to parent").
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${e::class.simpleName}: ${e.message}") }
    val scope = CoroutineScope(coroutineContext + Job() + handler)
    val job = scope.launch {
        val deferred = async<Int> {
            throw IllegalStateException("async failed")
        }
        try {
            deferred.await()
        } catch (e: Exception) {
            println("Caught exception")
        }
        try {
            delay(100)
            println("unreachable: parent was cancelled")
        } catch (e: CancellationException) {
            println("parent cancelled at next suspension")
        }
    }
    job.join()
    println("job cancelled=${job.isCancelled}")

    val supScope = CoroutineScope(coroutineContext + SupervisorJob() + handler)
    val d = supScope.async<Int> { throw IllegalStateException("async failed under supervisor") }
    try {
        d.await()
    } catch (e: Exception) {
        println("Caught exception: ${e.message}")
    }
    println("supervisor scope active=${supScope.coroutineContext[Job]!!.isActive}")
    supScope.coroutineContext[Job]!!.cancel()
}
