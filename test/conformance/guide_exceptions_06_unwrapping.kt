// Scenario: guide_exceptions_06_unwrapping
// Checks: cancellation exceptions are transparent and unwrapped: the root sees a
// CancellationException at inner.join() and rethrows it, yet the handler receives the original
// IOException thrown three levels down. Verbatim guide example; `$exception` -> simple name.
// Source: 004 exception handling guide, "Exceptions aggregation" (example-exceptions-06).
import kotlinx.coroutines.*
import java.io.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, exception ->
        println("CoroutineExceptionHandler got ${exception::class.simpleName}")
    }
    val job = GlobalScope.launch(handler) {
        val inner = launch { // all this stack of coroutines will get cancelled
            launch {
                launch {
                    throw IOException() // the original exception
                }
            }
        }
        try {
            inner.join()
        } catch (e: CancellationException) {
            println("Rethrowing CancellationException with original cause")
            throw e // cancellation exception is rethrown, yet the original IOException gets to the handler
        }
    }
    job.join()
}
