// Scenario: guide_analogy_async_await_in_runblocking
// Checks: the guide's "Exceptions in async" example run as written: the exception is caught at
// await(), BUT the async is a child of runBlocking, so its failure also cancels runBlocking,
// which then rethrows the exception to main (the guide's snippet stops at the catch and does not
// mention this; the program would crash). main() catches around runBlocking to show it.
// Code after the try in runBlocking still runs until the next suspension point.
// RuntimeException -> IllegalStateException.
// Source: 003 analogy guide, "Exception Propagation Structure" (Exceptions in async); 001 guide,
// "async" ("Caught exception" then the parent is cancelled).
import kotlinx.coroutines.*

fun main() {
    try {
        runBlocking {
            val deferred = async {
                delay(100)
                throw IllegalStateException("async failed!")
            }
            try {
                deferred.await() // Exception thrown here
            } catch (e: Exception) {
                println("Exception caught at await: ${e.message}")
            }
            println("runBlocking body continues, isActive=$isActive")
            delay(10)
            println("unreachable")
        }
    } catch (e: IllegalStateException) {
        println("runBlocking rethrew ${e::class.simpleName}: ${e.message}")
    }
}
