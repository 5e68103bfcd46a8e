// Scenario: tc_finally_control_flow
// Checks: finally blocks around suspension points run on every exit path: an exception thrown
// in finally replaces the original one (the original is lost, not suppressed); return from
// inside try runs finally before the value is returned (the finally may suspend); break and
// continue out of a try inside a loop run the finally each time.
// Source: brief topic list (throw from finally replacing the original, return from try running
// finally, break/continue out of try-in-loop running finally, nested try).
import kotlinx.coroutines.*
import java.io.IOException

suspend fun replaced() {
    try {
        delay(10)
        throw IOException("original")
    } finally {
        delay(10)
        throw ArithmeticException("from finally")
    }
}

suspend fun early(): String {
    try {
        delay(10)
        println("early: returning from try")
        return "returned"
    } finally {
        delay(10)
        println("early: finally ran")
    }
}

fun main() = runBlocking {
    try {
        replaced()
    } catch (e: Exception) {
        println("caught ${e::class.simpleName}: ${e.message}, suppressed=${e.suppressed.size}")
    }

    println("early() = ${early()}")

    for (i in 0 until 5) {
        try {
            delay(5)
            if (i == 1) continue
            if (i == 3) break
            println("loop body i=$i")
        } finally {
            println("loop finally i=$i")
        }
    }
    println("after loop")
}
