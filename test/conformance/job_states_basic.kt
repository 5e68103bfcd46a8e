// Scenario: job_states_basic
// Checks: the three state flags of a launched Job at each stage.
//   - right after launch (DEFAULT start): Active even though the body has not run yet
//   - Completed normally: completed=true cancelled=false
//   - cancel() while the body is suspended in delay: Cancelling (active=false
//     completed=false cancelled=true) until the body has unwound through finally
//   - after join: Cancelled (completed=true cancelled=true)
// Source: 000 jobs guide, "What is a Job?" and "Job Lifecycle — States and Transitions".
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

fun main() = runBlocking {
    val job = launch {
        println("child: running")
        delay(100)
        println("child: done")
    }
    println("after launch: ${st(job)}")
    yield()
    println("after yield: ${st(job)}")
    job.join()
    println("after join: ${st(job)}")

    val job2 = launch {
        try {
            delay(1000)
            println("job2: unreachable")
        } finally {
            println("job2: finally")
        }
    }
    yield()
    println("job2 before cancel: ${st(job2)}")
    job2.cancel()
    println("job2 after cancel: ${st(job2)}")
    job2.join()
    println("job2 after join: ${st(job2)}")
}
