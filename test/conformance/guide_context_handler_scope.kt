// Scenario: guide_context_handler_scope
// Checks: a handler installed in a CoroutineScope(Dispatchers.Default + SupervisorJob() + handler)
// handles the failure of a root launch and can read the failed coroutine's CoroutineName from
// the context it receives; the other child completes normally. Dispatchers.Default is kept from
// the guide: the ordering is fixed by 100/200 ms delays and a final delay of 500 ms (guide: 300).
// Source: 003 analogy guide, "CoroutineExceptionHandler" (TaskA / TaskB example, verbatim).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { context, exception ->
        val name = context[CoroutineName]?.name ?: "unnamed"
        println("[$name] Handling exception: ${exception.message}")
    }
    val scope = CoroutineScope(
        Dispatchers.Default + SupervisorJob() + handler
    )
    scope.launch(CoroutineName("TaskA")) {
        delay(100)
        throw IllegalStateException("TaskA failed")
    }
    scope.launch(CoroutineName("TaskB")) {
        delay(200)
        println("TaskB: completed normally")
    }
    delay(500) // guide: 300; 500 leaves room for worker-thread start-up under load
    scope.coroutineContext[Job]!!.cancel() // scope.cancel() is not in kotlinx 1.0.1
}
