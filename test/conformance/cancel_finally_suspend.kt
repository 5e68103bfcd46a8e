// Scenario: cancel_finally_suspend
// Checks: the finally block of a cancelled coroutine runs, but a suspending call inside it
// (delay) throws CancellationException immediately, so the rest of the finally is skipped;
// the same cleanup wrapped in withContext(NonCancellable) runs to completion, and
// isActive is false inside the NonCancellable block's outer coroutine but true for the
// NonCancellable context itself.
// Source: 000 jobs guide, "Edge case 4: Parent cancellation during finally"; 002 guide,
// "NonCancellable — critical cleanup that must complete".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val plain = launch {
        try {
            delay(Long.MAX_VALUE)
        } finally {
            println("plain: Cleanup starting")
            try {
                delay(100)
                println("plain: Never reached")
            } catch (e: CancellationException) {
                println("plain: delay in finally threw CancellationException")
            }
        }
    }
    val guarded = launch {
        try {
            delay(Long.MAX_VALUE)
        } finally {
            withContext(NonCancellable) {
                println("guarded: Cleanup starting, isActive=$isActive")
                delay(100)
                println("guarded: Cleanup done")
            }
            println("guarded: after NonCancellable block, isActive=$isActive")
        }
    }
    yield()
    plain.cancel()
    guarded.cancel()
    joinAll(plain, guarded)
    println("both done")
}
