// Scenario: cancel_await_cancelled_deferred
// Checks: await() on a Deferred that was cancelled throws CancellationException in the awaiting
// coroutine even though the awaiting coroutine itself is active; if caught, the awaiting
// coroutine just continues; if not caught, it escapes the awaiting coroutine's body, which then
// ends as *cancelled* (not failed): the parent and its siblings are not affected and no
// handler is called — a silent stop. Same for a lazy async cancelled before it was started.
// Source: 004 exception guide, "Cancellation and exceptions" (CancellationException is ignored
// by the coroutines' machinery); 000 jobs guide, "Edge case 3".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: unreachable ${e.message}") }
    val scope = CoroutineScope(coroutineContext + Job() + handler)
    val deferred = scope.async { delay(1000); 1 }
    val lazy = scope.async(start = CoroutineStart.LAZY) { println("lazy body: unreachable"); 2 }
    val catcher = scope.launch {
        try {
            deferred.await()
        } catch (e: CancellationException) {
            println("catcher: await threw CancellationException, isActive=$isActive")
        }
        try {
            lazy.await()
        } catch (e: CancellationException) {
            println("catcher: lazy await threw CancellationException")
        }
        println("catcher continues")
    }
    val silent = scope.launch {
        deferred.await()
        println("silent: unreachable")
    }
    val sibling = scope.launch {
        delay(300)
        println("sibling not affected")
    }
    delay(10)
    deferred.cancel()
    lazy.cancel()
    joinAll(catcher, silent, sibling)
    println("catcher cancelled=${catcher.isCancelled} silent cancelled=${silent.isCancelled} sibling cancelled=${sibling.isCancelled}")
    println("scope active=${scope.coroutineContext[Job]!!.isActive}")
    scope.coroutineContext[Job]!!.cancel()
}
