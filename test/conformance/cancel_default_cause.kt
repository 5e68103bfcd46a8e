// Scenario: cancel_default_cause
// Checks: cancel() with no cause: the coroutine sees a CancellationException at its suspension
// point; getCancellationException() gives message "Job was cancelled" with no cause; the
// completion handler gets a CancellationException; join() of a cancelled job returns normally
// (it does not throw); the cancelled job is not a failure (runBlocking continues).
// Source: 000 jobs guide, "Edge case 5: cancel vs cancel(cause)" ("job.getCancellationException()
// .message == "Job was cancelled"").
import kotlinx.coroutines.*

fun ex(e: Throwable?) = if (e == null) "null" else if (e.message == null) "${e::class.simpleName}" else "${e::class.simpleName}: ${e.message}"

@UseExperimental(InternalCoroutinesApi::class)
fun cancellationOf(j: Job) = j.getCancellationException()

fun main() = runBlocking {
    val job = launch {
        try {
            delay(Long.MAX_VALUE)
        } catch (e: CancellationException) {
            println("body caught: ${ex(e)}")
            throw e
        }
    }
    job.invokeOnCompletion { cause ->
        println("completion: is CancellationException=${cause is CancellationException} ${ex(cause)}")
    }
    yield()
    job.cancel()
    val ce = cancellationOf(job)
    println("getCancellationException: ${ex(ce)} cause=${ce.cause?.let { it::class.simpleName }}")
    job.join()
    println("join returned normally, cancelled=${job.isCancelled}")
}
