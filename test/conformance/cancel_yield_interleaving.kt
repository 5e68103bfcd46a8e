// Scenario: cancel_yield_interleaving
// Checks: yield() suspends and lets other coroutines on the same (single-threaded) dispatcher
// run: two coroutines that yield after every step interleave strictly; a coroutine that never
// yields runs to the end before the others get the thread; yield() also checks cancellation
// (a cancelled coroutine throws CancellationException at its next yield).
// Source: 002 guide, "yield — check cancellation AND let others run"; "ensureActive vs yield".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val a = launch {
        repeat(3) { i ->
            println("A$i")
            yield()
        }
    }
    val b = launch {
        repeat(3) { i ->
            println("B$i")
            yield()
        }
    }
    val hog = launch {
        repeat(3) { i -> println("H$i (no yield)") }
    }
    joinAll(a, b, hog)

    lateinit var victim: Job
    victim = launch {
        try {
            repeat(5) { i ->
                println("victim step $i")
                yield()
            }
        } catch (e: CancellationException) {
            println("victim: CancellationException at yield")
            throw e
        }
    }
    val killer = launch {
        yield()
        println("killer: cancelling victim")
        victim.cancel()
    }
    joinAll(victim, killer)
    println("victim cancelled=${victim.isCancelled}")
}
