// Scenario: guide_mistake5_cleanup
// Checks: cleanup placed after the work in straight-line code does not run when the coroutine
// is cancelled; cleanup in finally + withContext(NonCancellable) always runs; a cleanup
// registered with invokeOnCompletion runs on completion, cancellation and failure alike.
// Adapted from the guide: viewModelScope -> runBlocking / a SupervisorJob scope with handler.
// Source: 000 jobs guide, "Mistake 5: Not using invokeOnCompletion for cleanup".
import kotlinx.coroutines.*

suspend fun acquireResource(name: String) { println("$name: acquire") }
suspend fun doWork() { delay(1000) }
fun releaseResource(name: String) { println("$name: release") }

fun main() = runBlocking {
    val naive = launch {
        acquireResource("naive")
        doWork()
        releaseResource("naive") // might never run!
    }
    val safe = launch {
        try {
            acquireResource("safe")
            doWork()
        } finally {
            withContext(NonCancellable) {
                delay(10)
                releaseResource("safe") // always runs
            }
        }
    }
    val viaHandler = launch {
        acquireResource("handler")
        doWork()
    }
    viaHandler.invokeOnCompletion {
        releaseResource("handler") // runs when job completes, cancels, or fails
    }
    delay(100)
    naive.cancel()
    safe.cancel()
    viaHandler.cancel()
    joinAll(naive, safe, viaHandler)

    val scope = CoroutineScope(coroutineContext + SupervisorJob() + CoroutineExceptionHandler { _, e -> println("handler: ${e.message}") })
    val failing = scope.launch {
        acquireResource("failing")
        delay(10)
        throw IllegalStateException("work failed")
    }
    failing.invokeOnCompletion { releaseResource("failing") }
    failing.join()
    val normal = scope.launch { acquireResource("normal"); delay(10) }
    normal.invokeOnCompletion { releaseResource("normal") }
    normal.join()
    scope.coroutineContext[Job]!!.cancel()
}
