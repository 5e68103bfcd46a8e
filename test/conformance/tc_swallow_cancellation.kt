// Scenario: tc_swallow_cancellation
// Checks: the common mistake of catch (e: Exception) around a suspend call: it also catches the
// CancellationException, so the cancelled coroutine keeps running its following code
// (isActive=false); every further suspension point throws CancellationException again at once,
// so a loop with a swallowing catch keeps failing fast until it ends; the job still ends
// cancelled. The fix (rethrow CancellationException first) stops at the first cancellation.
// Source: 000 jobs guide, "Edge case 3" (❌ catches CancellationException too / ✅ Always separate
// CancellationException); 002 guide, "Mistake 4: Not re-throwing CancellationException".
import kotlinx.coroutines.*

suspend fun suspendingCall(i: Int) { delay(200) }

fun main() = runBlocking {
    val bad = launch {
        for (i in 0 until 3) {
            try {
                suspendingCall(i)
                println("bad: call $i ok")
            } catch (e: Exception) {
                println("bad: call $i swallowed ${if (e is CancellationException) "CancellationException" else e::class.simpleName}, isActive=$isActive")
            }
        }
        println("bad: still running after cancel, isActive=$isActive")
    }
    val good = launch {
        for (i in 0 until 3) {
            try {
                suspendingCall(i)
                println("good: call $i ok")
            } catch (e: CancellationException) {
                println("good: call $i rethrows CancellationException")
                throw e // re-throw!
            } catch (e: Exception) {
                println("good: unreachable")
            }
        }
        println("good: unreachable")
    }
    delay(300)
    bad.cancel()
    good.cancel()
    joinAll(bad, good)
    println("bad cancelled=${bad.isCancelled} good cancelled=${good.isCancelled}")
}
