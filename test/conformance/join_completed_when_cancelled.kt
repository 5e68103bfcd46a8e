// Scenario: join_completed_when_cancelled
// Checks: join() is a cancellation point even when the job has already completed: a cancelled
// coroutine's join() of a finished job throws CancellationException, while await() of a
// finished deferred returns its value (kotlinx's join checks completion, await does not).
// Source: 000 jobs guide, "join" (the guide example of a GlobalScope root racing its children
// to completion depends on it: guide_exceptions_06_unwrapping).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val done = launch { }
    val value = async { 7 }
    done.join()
    value.await()
    val j = launch {
        coroutineContext[Job]!!.cancel()
        try {
            println("await gave ${value.await()}")
        } catch (e: CancellationException) {
            println("await threw")
        }
        try {
            done.join()
            println("join returned")
        } catch (e: CancellationException) {
            println("join threw CancellationException")
        }
    }
    j.join()
    println("cancelled=${j.isCancelled}")
}
