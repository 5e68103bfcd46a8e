// Scenario: supervisor_job_builder_arg
// Checks: passing SupervisorJob() to a coroutine builder does not make that coroutine a
// supervisor: the SupervisorJob only becomes the *parent* of the new coroutine's own (regular)
// Job, so the coroutine's children still follow Rule 3 (a failing child cancels its sibling),
// and the coroutine is detached from the enclosing runBlocking (which does not wait for it and
// is not failed by it). The failure is reported to the handler passed with the builder (the
// coroutine is a root under the fresh SupervisorJob).
// Source: 001 Job/SupervisorJob guide ("Passing a SupervisorJob as a parameter of a coroutine
// builder will not have the desired effect"); 000 jobs guide, "Mistake 1" (launch(SupervisorJob())).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${e::class.simpleName}: ${e.message}") }
    val sup = SupervisorJob()
    val job = launch(sup + handler) {
        launch {
            delay(50)
            throw IllegalStateException("child fails")
        }
        launch {
            try {
                delay(1000)
                println("unreachable")
            } finally {
                println("sibling cancelled despite SupervisorJob()")
            }
        }
    }
    println("job is a child of sup: ${sup.children.contains(job)}")
    println("job is a child of runBlocking: ${coroutineContext[Job]!!.children.contains(job)}")
    job.join()
    println("job cancelled=${job.isCancelled}, sup active=${sup.isActive}")
    sup.cancel()
}
