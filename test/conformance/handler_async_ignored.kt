// Scenario: handler_async_ignored
// Checks: a CoroutineExceptionHandler passed to async is never called: the exception is kept in
// the Deferred and thrown by await() (every await() rethrows the same exception); the Deferred
// is completed and cancelled=true. Root async under a SupervisorJob so the scope survives.
// Source: 002 guide, "Rule 1: Works with LAUNCH only, NOT with ASYNC" and "Mistake 2: Using
// CoroutineExceptionHandler with async"; 003 guide, "CoroutineExceptionHandler".
import kotlinx.coroutines.*
import java.io.IOException

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: unreachable ${e.message}") }
    val scopeJob = SupervisorJob()
    val scope = CoroutineScope(coroutineContext + scopeJob)
    val deferred = scope.async(handler) {
        delay(10)
        throw IOException("boom") // handler is NOT called
    }
    var first: Throwable? = null
    try {
        deferred.await() // exception is thrown HERE
    } catch (e: IOException) {
        first = e
        println("await threw ${e::class.simpleName}: ${e.message}")
    }
    try {
        deferred.await()
    } catch (e: IOException) {
        println("second await threw ${e::class.simpleName}: ${e.message}")
    }
    println("deferred: completed=${deferred.isCompleted} cancelled=${deferred.isCancelled}")
    println("scope active=${scopeJob.isActive}")
    scopeJob.cancel()
}
