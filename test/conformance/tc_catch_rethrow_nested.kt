// Scenario: tc_catch_rethrow_nested
// Checks: ordinary try/catch/finally semantics across suspension points inside coroutines: a
// suspend call that throws after delay is caught by the nearest matching catch; a catch that
// does not match lets it through to an outer try; rethrow from a catch (wrapped with a cause);
// nested finally blocks run inner-first; the exception object is the one thrown.
// Source: 000 jobs guide, "try-catch INSIDE launch works"; brief topic list (try/catch/finally
// semantics inside suspend functions).
import kotlinx.coroutines.*
import java.io.IOException

suspend fun riskyOperation(fail: Boolean): Int {
    delay(10)
    if (fail) throw IOException("read failed")
    return 1
}

fun main() = runBlocking {
    try {
        println("value = ${riskyOperation(false)}")
        riskyOperation(true)
        println("unreachable")
    } catch (e: IOException) {
        println("caught ${e::class.simpleName}: ${e.message}")
    }

    try {
        try {
            try {
                riskyOperation(true)
            } catch (e: IllegalStateException) {
                println("unreachable: wrong type")
            } finally {
                delay(10)
                println("inner finally")
            }
        } catch (e: IOException) {
            println("middle caught ${e.message}, rethrowing wrapped")
            throw IllegalStateException("wrapped", e)
        } finally {
            println("middle finally")
        }
    } catch (e: IllegalStateException) {
        println("outer caught ${e::class.simpleName}: ${e.message} cause=${e.cause?.let { "${it::class.simpleName}: ${it.message}" }}")
    } finally {
        println("outer finally")
    }

    val job = launch {
        try {
            riskyOperation(true)
        } catch (e: Exception) {
            println("caught inside launch: ${e.message}")
        }
        println("launch continues normally")
    }
    job.join()
    println("job cancelled=${job.isCancelled}")
}
