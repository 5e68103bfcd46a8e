// Scenario: exc_aggregation_first_wins
// Checks: when several children fail, the first failure is the one reported (handler, parent's
// completion cause, coroutineScope rethrow); later non-cancellation failures thrown while the
// tree is being cancelled are attached as suppressed, in the order they happened;
// CancellationExceptions of the other cancelled children are never added as suppressed.
// Deterministic version of the guide's "Error A / Error B" example (the guide's two children
// fail at the same instant on a multi-threaded dispatcher, so which one wins depends on timing):
// here A fails at 100 ms, B and C throw from their cancellation handlers, D just gets cancelled.
// Source: 000 jobs guide, "Edge case 7: Multiple children failing simultaneously"; 004 guide,
// "Exceptions aggregation".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e ->
        println("Handler: ${e::class.simpleName}: ${e.message}")
        e.suppressed.forEach { println(" Suppressed: ${it::class.simpleName}: ${it.message}") }
    }
    val scope = CoroutineScope(coroutineContext + handler + Job())
    val root = scope.launch {
        launch {
            delay(100)
            throw IllegalStateException("Error A")
        }
        launch {
            try {
                delay(Long.MAX_VALUE)
            } catch (e: CancellationException) {
                throw IllegalArgumentException("Error B")
            }
        }
        launch {
            try {
                delay(Long.MAX_VALUE)
            } finally {
                withContext(NonCancellable) { delay(50) }
                throw ArithmeticException("Error C")
            }
        }
        launch {
            delay(Long.MAX_VALUE) // just cancelled: its CancellationException is not suppressed
        }
    }
    root.join()

    try {
        coroutineScope {
            launch { delay(100); throw IllegalStateException("scope Error A") }
            launch {
                try { delay(Long.MAX_VALUE) } finally { throw IllegalArgumentException("scope Error B") }
            }
        }
    } catch (e: Exception) {
        println("coroutineScope threw ${e::class.simpleName}: ${e.message} suppressed=${e.suppressed.map { it::class.simpleName }}")
    }
    println("done")
}
