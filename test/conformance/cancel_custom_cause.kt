// Scenario: cancel_custom_cause
// Checks: cancel(CancellationException("reason")): the body sees exactly that message at its
// suspension point, getCancellationException() and the completion handler carry it too; a
// second cancel with another reason is ignored (first cause wins); cancel of a completed job is
// a no-op (state stays completed normally).
// Source: 000 jobs guide, "Edge case 5: cancel vs cancel(cause)".
// Note: on 1.0.1 cancel(CancellationException) resolves to the deprecated cancel(Throwable?)
// overload; the source is the same as with today's cancel(CancellationException?).
import kotlinx.coroutines.*

fun ex(e: Throwable?) = if (e == null) "null" else if (e.message == null) "${e::class.simpleName}" else "${e::class.simpleName}: ${e.message}"
fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

@UseExperimental(InternalCoroutinesApi::class)
fun cancellationOf(j: Job) = j.getCancellationException()

@Suppress("DEPRECATION")
fun main() = runBlocking {
    val job = launch {
        try {
            delay(Long.MAX_VALUE)
        } catch (e: CancellationException) {
            println("body caught: ${ex(e)}")
            throw e
        }
    }
    job.invokeOnCompletion { cause -> println("completion: ${ex(cause)}") }
    yield()
    job.cancel(CancellationException("User navigated away"))
    job.cancel(CancellationException("second reason"))
    println("getCancellationException: ${ex(cancellationOf(job))}")
    job.join()
    println("after join: ${st(job)}")

    val done = launch { }
    done.join()
    done.cancel(CancellationException("too late"))
    println("completed job after cancel: ${st(done)}")
}
