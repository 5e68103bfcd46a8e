// Scenario: exc_child_sees_cancellation_cause
// Checks: a sibling cancelled because another child failed sees a CancellationException (not
// the original exception) whose cause is the original failure; the parent's completion cause
// is the original exception itself; the sibling's own completion cause is likewise a
// CancellationException caused by the original (the sibling did not fail); a child cancelled by an explicit parent.cancel() sees a
// CancellationException with no failure cause.
// Source: 004 exception guide, "Cancellation and exceptions" ("Coroutines internally use
// CancellationException for cancellation ... source of additional debug information, which
// can be obtained by catch block") and "Exceptions aggregation" (unwrapping).
import kotlinx.coroutines.*
import java.io.IOException

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${e::class.simpleName}: ${e.message}") }
    val scope = CoroutineScope(coroutineContext + handler + Job())
    val parent = scope.launch {
        val sibling = launch {
            try {
                delay(Long.MAX_VALUE)
            } catch (e: CancellationException) {
                println("sibling caught CancellationException=${e is CancellationException}, cause=${e.cause?.let { "${it::class.simpleName}: ${it.message}" }}")
                throw e
            }
        }
        sibling.invokeOnCompletion {
            println("sibling completion cause is CancellationException=${it is CancellationException}, its cause=${it?.cause?.let { c -> c::class.simpleName }}")
        }
        launch {
            delay(50)
            throw IOException("original")
        }
    }
    parent.invokeOnCompletion { println("parent completion cause: ${it?.let { c -> "${c::class.simpleName}: ${c.message}" }}") }
    parent.join()

    val parent2 = launch {
        launch {
            try {
                delay(Long.MAX_VALUE)
            } catch (e: CancellationException) {
                println("child of cancelled parent: cause=${e.cause?.let { it::class.simpleName }}")
                throw e
            }
        }
    }
    delay(10)
    parent2.cancel()
    parent2.join()
}
