// Scenario: cancel_suspension_points
// Checks: a cancelled coroutine gets CancellationException at each kind of suspension point:
// delay, yield (in a loop), join (waiting for another job), await (waiting for a deferred),
// and a nested coroutineScope (its children are cancelled too). The awaited/joined jobs
// themselves are not cancelled by their waiter's cancellation.
// The five cancellations are delivered in the same instant; their relative order is an
// implementation detail, so the results are collected and printed in a fixed order.
// Source: 002 guide, "Why cancellation is cooperative" ("Cancellation happens at SUSPENSION
// POINTS: delay(), withContext(), yield() ..."); 000 jobs guide, Rule 2.
import kotlinx.coroutines.*

fun main() = runBlocking {
    val seen = mutableListOf<String>()
    val slow = launch { delay(300); println("slow finished") }
    val deferred = async { delay(300); println("deferred finished"); 7 }
    val parent = launch {
        launch {
            try { delay(Long.MAX_VALUE) } catch (e: CancellationException) { seen.add("delay: CancellationException"); throw e }
        }
        launch {
            try { while (true) yield() } catch (e: CancellationException) { seen.add("yield: CancellationException"); throw e }
        }
        launch {
            try { slow.join() } catch (e: CancellationException) { seen.add("join: CancellationException"); throw e }
        }
        launch {
            try { deferred.await() } catch (e: CancellationException) { seen.add("await: CancellationException"); throw e }
        }
        launch {
            try {
                coroutineScope {
                    launch {
                        try { delay(Long.MAX_VALUE) } finally { seen.add("coroutineScope child: cancelled") }
                    }
                }
            } catch (e: CancellationException) { seen.add("coroutineScope: CancellationException"); throw e }
        }
    }
    delay(100)
    parent.cancel()
    parent.join()
    for (line in seen.sorted()) println(line)
    println("parent cancelled=${parent.isCancelled}")
    println("slow cancelled=${slow.isCancelled} deferred cancelled=${deferred.isCancelled}")
    println("deferred value=${deferred.await()}")
}
