// Scenario: completion_handler_timing
// Checks: invokeOnCompletion registered on an already completed job runs immediately (before
// invokeOnCompletion returns), with the final cause; a handler runs exactly once even if the
// job is cancelled again afterwards; several handlers on one job run in registration order;
// a handler runs synchronously at completion, before join() resumes its waiter; dispose()
// of the returned handle unregisters the handler.
// Source: 000 jobs guide, "Edge case 6" ("invokeOnCompletion runs when the Job reaches a final
// state") and "Mistake 5" (invokeOnCompletion for cleanup).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val job = launch { delay(50) }
    job.invokeOnCompletion { println("handler A: cause=$it") }
    job.invokeOnCompletion { println("handler B: cause=$it") }
    val handle = job.invokeOnCompletion { println("handler C: unreachable (disposed)") }
    handle.dispose()
    job.join()
    println("joined")
    job.cancel()
    println("cancel after completion: no handler re-run")

    println("registering on completed job")
    job.invokeOnCompletion { println("late handler: cause=$it") }
    println("registered")

    val cancelled = launch { delay(Long.MAX_VALUE) }
    yield()
    cancelled.cancel()
    cancelled.join()
    println("registering on cancelled job")
    cancelled.invokeOnCompletion { println("late handler on cancelled: is CancellationException=${it is CancellationException}") }
    println("registered")
}
