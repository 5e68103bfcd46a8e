// Scenario: job_state_lazy
// Checks: CoroutineStart.LAZY creates a Job in the New state (active=false completed=false
// cancelled=false); the body does not run until start(); start() returns true the first time
// and false afterwards; after start() the job is Active but the body only runs at the next
// dispatch (yield).
// Source: 000 jobs guide, "Lazy start".
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

fun main() = runBlocking {
    val eager = launch { println("Starts immediately") }
    val lazy = launch(start = CoroutineStart.LAZY) {
        println("Starts only when needed")
    }
    yield()
    println("lazy after yield: ${st(lazy)}")
    println("eager after yield: ${st(eager)}")
    println("start() = ${lazy.start()}")
    println("lazy after start: ${st(lazy)}")
    println("start() again = ${lazy.start()}")
    yield()
    println("lazy after yield: ${st(lazy)}")
}
