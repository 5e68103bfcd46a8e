// Scenario: handler_runblocking_child
// Checks: installing a CoroutineExceptionHandler on a coroutine launched in the scope of the main
// runBlocking makes no sense: the child is not a root, its failure cancels runBlocking, and
// runBlocking rethrows the exception to its caller (caught here around runBlocking); the handler
// is never called.
// Source: 004 exception handling guide, "Cancellation and exceptions" ("It does not make sense to
// install an exception handler to a coroutine that is launched in the scope of the main
// runBlocking, since the main coroutine is going to be always cancelled when its child
// completes with exception despite the installed handler").
import kotlinx.coroutines.*

fun main() {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: unreachable ${e.message}") }
    try {
        runBlocking {
            launch(handler) {
                delay(10)
                throw IllegalArgumentException("child failed")
            }
            try {
                delay(1000)
                println("unreachable")
            } finally {
                println("runBlocking body cancelled")
            }
        }
    } catch (e: IllegalArgumentException) {
        println("runBlocking threw ${e::class.simpleName}: ${e.message}")
    }
}
