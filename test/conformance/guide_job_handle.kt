// Scenario: guide_job_handle
// Checks: the guide's introductory Job-handle example: state flags of a running job, cancel()
// makes isCancelled true at once, join() and cancelAndJoin() on an already cancelled job return,
// and async returns a Deferred (which is a Job) whose await() gives the result.
// Adapted: viewModelScope -> runBlocking; delay(1000) kept (the job is cancelled long before).
// Source: 000 jobs guide, "What is a Job?".
import kotlinx.coroutines.*

fun main() = runBlocking {
    // Every launch returns a Job
    val job: Job = launch {
        delay(1000)
        println("Done")
    }
    // Job gives you control
    println(job.isActive) // true — coroutine is running
    println(job.isCompleted) // false — hasn't finished yet
    println(job.isCancelled) // false — hasn't been cancelled
    job.cancel() // request cancellation
    println(job.isCancelled) // true
    job.join() // suspend until the job completes
    job.cancelAndJoin() // cancel and wait for completion
    println(job.isCompleted) // true
    // async returns a Deferred<T> which extends Job
    val deferred: Deferred<String> = async { "result" }
    println("deferred is a Job: ${(deferred as Job).isActive}")
    println(deferred.await()) // suspend until result is ready
}
