// Scenario: guide_exceptions_05_aggregation
// Checks: exceptions aggregation: the first exception (IOException) wins and is handled; a
// second exception thrown later by a cancelled sibling's finally (ArithmeticException) is
// attached to it as suppressed. Verbatim guide example; `$exception` and
// `suppressed.contentToString()` -> simple class names; the first exception is thrown after
// 300 ms instead of 100 ms so that the other child has surely started on the multi-threaded
// Default dispatcher (GlobalScope) even under load.
// Source: 004 exception handling guide, "Exceptions aggregation" (example-exceptions-05).
import kotlinx.coroutines.*
import java.io.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, exception ->
        println("CoroutineExceptionHandler got ${exception::class.simpleName} with suppressed ${exception.suppressed.map { it::class.simpleName }}")
    }
    val job = GlobalScope.launch(handler) {
        launch {
            try {
                delay(Long.MAX_VALUE) // it gets cancelled when another sibling fails with IOException
            } finally {
                throw ArithmeticException() // the second exception
            }
        }
        launch {
            delay(300)
            throw IOException() // the first exception
        }
        delay(Long.MAX_VALUE)
    }
    job.join()
}
