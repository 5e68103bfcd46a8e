// Scenario: cancellation_exception_not_failure
// Checks: a child that throws CancellationException itself is cancelled (isCancelled=true,
// completion cause is that CancellationException with its message) but this is NOT a failure:
// the parent and siblings are not cancelled and the root CoroutineExceptionHandler is not
// called.
// Source: 000 jobs guide, "Edge case 3: CancellationException is treated specially";
// 002 guide, "Rule 3: CancellationException is NEVER caught by the handler".
import kotlinx.coroutines.*

fun ex(e: Throwable?) = if (e == null) "null" else if (e.message == null) "${e::class.simpleName}" else "${e::class.simpleName}: ${e.message}"

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${ex(e)}") }
    val scope = CoroutineScope(coroutineContext + Job() + handler)
    val parent = scope.launch {
        val child1 = launch {
            delay(100)
            throw CancellationException("I'm done") // cancellation, not failure
        }
        child1.invokeOnCompletion { cause -> println("child1 completion: ${ex(cause)}") }
        val child2 = launch {
            delay(200)
            println("Child 2 still runs!")
        }
        child1.join()
        println("child1 cancelled=${child1.isCancelled}, parent active=${coroutineContext[Job]!!.isActive}")
    }
    parent.join()
    println("parent: cancelled=${parent.isCancelled} completed=${parent.isCompleted}")
}
