// Scenario: handler_on_child_ignored
// Checks: a CoroutineExceptionHandler installed on a child coroutine is ignored: the exception
// goes to the parent, and only the root's handler (from the scope) is called. A handler on the
// root coroutine is inherited by children and catches their failures.
// Source: 000 jobs guide, "CoroutineExceptionHandler" ("handler on child is IGNORED");
// 002 guide, "Rule 2: Must be on the ROOT coroutine or the SCOPE" and "Mistake 1:
// CoroutineExceptionHandler on a child coroutine".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val rootHandler = CoroutineExceptionHandler { _, e -> println("root handler: ${e.message}") }
    val childHandler = CoroutineExceptionHandler { _, e -> println("child handler: ${e.message}") }
    val scope = CoroutineScope(coroutineContext + SupervisorJob() + rootHandler)

    val a = scope.launch {
        launch(childHandler) { // handler on CHILD — ignored!
            throw IllegalStateException("Not caught by child handler!")
        }
    }
    a.join()

    val handler = CoroutineExceptionHandler { _, e -> println("handler on root launch: ${e.message}") }
    val b = scope.launch(handler) { // handler on root coroutine
        launch { // child inherits handler, but the failure is handled by the root
            throw IllegalStateException("inner")
        }
    }
    b.join()
    println("a cancelled=${a.isCancelled} b cancelled=${b.isCancelled}")
    scope.coroutineContext[Job]!!.cancel()
}
