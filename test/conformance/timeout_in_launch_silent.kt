// Scenario: timeout_in_launch_silent
// Checks: the common mistake of an uncaught withTimeout inside launch: the
// TimeoutCancellationException is a CancellationException, so the launch is silently cancelled
// (isCancelled=true, completion cause is the TimeoutCancellationException), the parent and
// siblings are not cancelled and no handler is called; in a coroutineScope the timeout
// propagates as an exception to the caller like any other.
// Source: brief topic list ("the common mistake of withTimeout inside launch silently
// cancelling"); 000 jobs guide, "Edge case 3: CancellationException is treated specially".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: unreachable ${e.message}") }
    val scope = CoroutineScope(coroutineContext + Job() + handler)
    val parent = scope.launch {
        val job = launch {
            withTimeout(100) {
                delay(1000)
            }
            println("unreachable")
        }
        job.invokeOnCompletion { println("job completion: ${it?.let { c -> "${c::class.simpleName}: ${c.message}" }}") }
        val sibling = launch {
            delay(200)
            println("sibling still runs")
        }
        job.join()
        println("job cancelled=${job.isCancelled}, parent active=${coroutineContext[Job]!!.isActive}")
    }
    parent.join()
    println("parent cancelled=${parent.isCancelled}")
}
