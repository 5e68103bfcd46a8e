// Scenario: tc_catch_all_rethrow
// Checks: a catch-all (catch Throwable) that rethrows when the exception is a
// CancellationException and handles everything else: real failures are handled and the
// coroutine continues; cancellation still ends the coroutine; the Fire-and-forget pattern from
// the guide (try / catch CancellationException -> throw / catch Exception -> ignore).
// Source: 000 jobs guide, "Fire-and-forget with proper error handling"; 002 guide, "BEST
// PRACTICE: use try-catch for expected errors".
import kotlinx.coroutines.*
import java.io.IOException

suspend fun trackView(id: String) {
    delay(200)
    if (id == "bad") throw IOException("analytics down")
    println("tracked $id")
}

fun main() = runBlocking {
    val job = launch {
        for (id in listOf("a1", "bad", "a2", "a3")) {
            try {
                trackView(id)
            } catch (t: Throwable) {
                if (t is CancellationException) {
                    println("cancellation for $id: rethrow")
                    throw t
                }
                println("ignored failure for $id: ${t::class.simpleName}: ${t.message}")
            }
        }
    }
    delay(500)
    job.cancel()
    job.join()
    println("job cancelled=${job.isCancelled}")

    val fireAndForget = launch {
        try {
            trackView("bad")
        } catch (e: CancellationException) {
            throw e
        } catch (e: Exception) {
            // Silently ignore analytics failure
        }
        println("fire-and-forget finished normally")
    }
    fireAndForget.join()
    println("fireAndForget cancelled=${fireAndForget.isCancelled}")
}
