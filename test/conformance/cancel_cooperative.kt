// Scenario: cancel_cooperative
// Checks: cancellation is cooperative. A coroutine whose job is cancelled keeps running
// non-suspending code: a loop that never checks keeps going to the end (isActive reads false
// meanwhile) and is stopped only at its next suspension point (delay throws immediately);
// a loop that checks isActive (the ensureActive() pattern) stops at the first check.
// Deterministic single-thread version: the job is cancelled from inside the loop at i == 2
// (another coroutine could not run while the loop hogs the thread anyway).
// Note: kotlinx 1.0.1 has no ensureActive(); it is spelled
// `if (!isActive) throw CancellationException()` here (same behaviour).
// Source: 002 guide, "Why cancellation is cooperative" and "ensureActive — check cancellation
// explicitly".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val noCheck = launch {
        try {
            for (i in 0 until 5) {
                if (i == 2) coroutineContext[Job]!!.cancel()
                println("no-check loop i=$i isActive=$isActive")
            }
            println("no-check loop finished, now suspending")
            delay(10)
            println("no-check: unreachable")
        } catch (e: CancellationException) {
            println("no-check: CancellationException at delay")
        }
    }
    noCheck.join()

    val withCheck = launch {
        try {
            for (i in 0 until 5) {
                if (!isActive) throw CancellationException() // ensureActive()
                if (i == 2) coroutineContext[Job]!!.cancel()
                println("check loop i=$i")
            }
            println("check: unreachable")
        } catch (e: CancellationException) {
            println("check: stopped by the isActive check")
        }
    }
    withCheck.join()
    println("noCheck cancelled=${noCheck.isCancelled} withCheck cancelled=${withCheck.isCancelled}")
}
