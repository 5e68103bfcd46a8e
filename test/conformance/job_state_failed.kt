// Scenario: job_state_failed
// Checks: a coroutine that ends with an exception other than CancellationException is "failed":
// isCancelled=true, isCompleted=true (there is no separate "failed" flag); its
// invokeOnCompletion cause is the original exception; the failing child of a SupervisorJob does
// not change the supervisor's state.
// Source: 001 Job/SupervisorJob guide ("If a cancellation cause is a different exception type,
// then the job is considered to have failed"); 003 guide ("a launch coroutine that ended with
// an exception has isCancelled = true").
import kotlinx.coroutines.*
import java.io.IOException

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"
fun ex(e: Throwable?) = if (e == null) "null" else if (e.message == null) "${e::class.simpleName}" else "${e::class.simpleName}: ${e.message}"

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${ex(e)}") }
    val supervisor = SupervisorJob()
    val scope = CoroutineScope(coroutineContext + supervisor + handler)
    val job = scope.launch {
        delay(10)
        throw IOException("disk full")
    }
    job.invokeOnCompletion { cause -> println("completion cause: ${ex(cause)}") }
    println("before: ${st(job)}")
    job.join()
    println("failed job: ${st(job)}")
    println("supervisor: ${st(supervisor)}")
    supervisor.cancel()
}
