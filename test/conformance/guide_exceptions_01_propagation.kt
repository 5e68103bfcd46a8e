// Scenario: guide_exceptions_01_propagation
// Checks: root coroutines: GlobalScope.launch treats its exception as uncaught (default handler,
// i.e. printed to stderr — recorded in .expected-stderr as "uncaught: IndexOutOfBoundsException")
// and join() on it returns normally; GlobalScope.async keeps its exception for await(), where
// it is caught. Verbatim guide example.
// Source: 004 exception handling guide, "Exception propagation" (example-exceptions-01).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val job = GlobalScope.launch { // root coroutine with launch
        println("Throwing exception from launch")
        throw IndexOutOfBoundsException() // Will be printed to the console by Thread.defaultUncaughtExceptionHandler
    }
    job.join()
    println("Joined failed job")
    val deferred = GlobalScope.async { // root coroutine with async
        println("Throwing exception from async")
        throw ArithmeticException() // Nothing is printed, relying on user to call await
    }
    try {
        deferred.await()
        println("Unreached")
    } catch (e: ArithmeticException) {
        println("Caught ArithmeticException")
    }
}
