// Scenario: guide_exceptions_02_handler
// Checks: a CoroutineExceptionHandler on a root launch receives its exception; the same handler
// on a root async is not used (the exception stays in the Deferred; nothing printed; joinAll
// does not throw). Verbatim guide example; `$exception` -> simple class name.
// Source: 004 exception handling guide, "CoroutineExceptionHandler" (example-exceptions-02).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, exception ->
        println("CoroutineExceptionHandler got ${exception::class.simpleName}")
    }
    val job = GlobalScope.launch(handler) { // root coroutine, running in GlobalScope
        throw AssertionError()
    }
    val deferred = GlobalScope.async(handler) { // also root, but async instead of launch
        throw ArithmeticException() // Nothing will be printed, relying on user to call deferred.await()
    }
    joinAll(job, deferred)
}
