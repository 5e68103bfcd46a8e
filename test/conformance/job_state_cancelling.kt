// Scenario: job_state_cancelling
// Checks: the Cancelling state: the job was cancelled but its finally block is still running
// (suspended inside withContext(NonCancellable)): active=false completed=false cancelled=true,
// as seen both from outside and from inside the finally block (the coroutine's own job).
// After the finally finishes the job is Cancelled: completed=true cancelled=true.
// Source: 000 jobs guide, "Job Lifecycle" (Cancelling -> "finally done" -> Completed) and
// "Edge case 4: Parent cancellation during finally".
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

fun main() = runBlocking {
    val job = launch {
        try {
            delay(5000)
        } finally {
            val self = coroutineContext[Job]!!
            println("finally start: ${st(self)}")
            withContext(NonCancellable) {
                delay(200)
                println("cleanup done: ${st(self)}")
            }
        }
    }
    delay(100)
    job.cancel()
    delay(100)
    println("while in finally: ${st(job)}")
    job.join()
    println("after join: ${st(job)}")
}
