// Scenario: guide_exceptions_04_handler_after_children
// Checks: the original exception is handled by the root's handler only after all children have
// terminated, including a sibling that does suspending NonCancellable cleanup.
// Guide example verbatim except: `$exception` -> simple class name, and the second child's
// delay 10 -> 100 ms. GlobalScope runs on the multi-threaded Default dispatcher, and under load
// the first child had sometimes not started within 10 ms; a child cancelled before it starts
// never runs its body (see job_lazy_cancel_before_start), so its finally would not print.
// Source: 004 exception handling guide, "Cancellation and exceptions" (example-exceptions-04).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, exception ->
        println("CoroutineExceptionHandler got ${exception::class.simpleName}")
    }
    val job = GlobalScope.launch(handler) {
        launch { // the first child
            try {
                delay(Long.MAX_VALUE)
            } finally {
                withContext(NonCancellable) {
                    println("Children are cancelled, but exception is not handled until all children terminate")
                    delay(100)
                    println("The first child finished its non cancellable block")
                }
            }
        }
        launch { // the second child
            delay(100)
            println("Second child throws an exception")
            throw ArithmeticException()
        }
    }
    job.join()
}
