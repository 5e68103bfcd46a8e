// Scenario: timeout_with_timeout
// Checks: withTimeout throws TimeoutCancellationException (a CancellationException) with message
// "Timed out waiting for 100 ms" when the block does not finish in time; the block's finally
// runs first (and can do suspending cleanup in NonCancellable); inside the block the exception
// seen at the suspension point is the TimeoutCancellationException as well; a block that finishes
// in time returns its value; the enclosing coroutine is not cancelled by a timeout it caught.
// Source: 002 guide, "Cancellation Utilities" (withContext / NonCancellable); brief topic list
// (withTimeout raising TimeoutCancellationException; timeout with finally cleanup).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val fast = withTimeout(500) {
        delay(10)
        "fast result"
    }
    println("fast: $fast")

    try {
        withTimeout(100) {
            try {
                println("slow: working")
                delay(1000)
                println("slow: unreachable")
            } catch (e: CancellationException) {
                println("slow: inside block caught ${e::class.simpleName}")
                throw e
            } finally {
                withContext(NonCancellable) {
                    delay(50)
                    println("slow: cleanup done")
                }
            }
        }
    } catch (e: TimeoutCancellationException) {
        println("caught ${e::class.simpleName}: ${e.message}")
        println("is CancellationException: ${e is CancellationException}")
    }
    println("runBlocking active=${coroutineContext[Job]!!.isActive}")
}
