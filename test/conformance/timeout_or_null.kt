// Scenario: timeout_or_null
// Checks: withTimeoutOrNull returns the block's value when it finishes in time and null on
// timeout (no exception); the block's finally still runs on timeout; it works for nested
// timeouts (the inner one fires first and only the inner block returns null).
// Source: brief topic list (withTimeoutOrNull returning null); 002 guide "Cancellation
// Utilities".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val ok = withTimeoutOrNull(500) {
        delay(10)
        "done"
    }
    println("ok = $ok")
    val timedOut = withTimeoutOrNull(100) {
        try {
            delay(1000)
            "unreachable"
        } finally {
            println("block finally")
        }
    }
    println("timedOut = $timedOut")
    val nested = withTimeoutOrNull(500) {
        val inner = withTimeoutOrNull(50) {
            delay(1000)
            "inner unreachable"
        }
        println("inner = $inner")
        "outer finished"
    }
    println("nested = $nested")
}
