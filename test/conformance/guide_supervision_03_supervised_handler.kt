// Scenario: guide_supervision_03_supervised_handler
// Checks: coroutines launched directly inside supervisorScope use the CoroutineExceptionHandler
// installed in their own context, like root coroutines; the scope is not failed.
// Verbatim guide example; `$exception` replaced by the simple class name (no JVM package).
// Source: 004 exception handling guide, "Exceptions in supervised coroutines"
// (example-supervision-03).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, exception ->
        println("CoroutineExceptionHandler got ${exception::class.simpleName}")
    }
    supervisorScope {
        val child = launch(handler) {
            println("The child throws an exception")
            throw AssertionError()
        }
        println("The scope is completing")
    }
    println("The scope is completed")
}
