// Scenario: job_lazy_cancel_before_start
// Checks: cancelling a lazy (New) coroutine that was never started: the body never runs (not
// even its finally), the job goes straight to Cancelled (completed=true cancelled=true) without
// a Cancelling phase, invokeOnCompletion fires with a CancellationException, join() returns
// immediately and start() afterwards returns false. Also: a DEFAULT-start launch that is
// cancelled before it was first dispatched never runs its body either.
// Source: 000 jobs guide, "Lazy start" / "Job Lifecycle" (New -> Cancelled edge).
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

fun main() = runBlocking {
    val lazy = launch(start = CoroutineStart.LAZY) {
        try {
            println("lazy body: unreachable")
        } finally {
            println("lazy finally: unreachable")
        }
    }
    lazy.invokeOnCompletion { cause ->
        println("lazy completion: cause is CancellationException=${cause is CancellationException}")
    }
    println("lazy before cancel: ${st(lazy)}")
    lazy.cancel()
    println("lazy after cancel: ${st(lazy)}")
    lazy.join()
    println("lazy start() after cancel = ${lazy.start()}")

    val eager = launch {
        try {
            println("eager body: unreachable")
        } finally {
            println("eager finally: unreachable")
        }
    }
    eager.cancel()   // cancelled before the body was ever dispatched
    println("eager after cancel: ${st(eager)}")
    eager.join()
    println("eager after join: ${st(eager)}")
}
