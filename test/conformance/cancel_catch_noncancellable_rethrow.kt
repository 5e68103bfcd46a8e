// Scenario: cancel_catch_noncancellable_rethrow
// Checks: the guide's pattern of catching CancellationException, doing suspending cleanup in
// withContext(NonCancellable), then rethrowing: the cleanup completes, the rethrown exception
// is the same object that was caught, the job ends cancelled (not failed), the parent is
// unaffected.
// Source: 002 guide, "NonCancellable — critical cleanup that must complete" (SOLUTION block).
import kotlinx.coroutines.*

suspend fun processData() { delay(Long.MAX_VALUE) }
suspend fun saveProgress() { delay(50); println("progress saved") }

fun main() = runBlocking {
    var caught: CancellationException? = null
    val job = launch {
        try {
            processData()
        } catch (e: CancellationException) {
            caught = e
            withContext(NonCancellable) {
                saveProgress()
                println("flush done")
            }
            throw e
        }
    }
    job.invokeOnCompletion { cause -> println("completion cause is the caught exception: ${cause === caught}") }
    delay(10)
    job.cancel()
    job.join()
    println("job cancelled=${job.isCancelled}, runBlocking active=${coroutineContext[Job]!!.isActive}")
}
