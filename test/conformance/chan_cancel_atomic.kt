// Scenario: chan_cancel_atomic
// Checks: channel operations are atomically cancellable (kotlinx 1.0.1): a receive that found an
// element, or was handed one before its coroutine was cancelled, returns it (the element is never
// lost); the cancellation is seen at the next suspension point.  A cancelled receive that got
// nothing throws and takes nothing: the element stays for the next receiver.  A cancelled
// sender's element is not delivered.
// Source: 003 airline analogy, "Channel" (a safe queue); kotlinx receive() docs (atomic cancellation).
import kotlinx.coroutines.*
import kotlinx.coroutines.channels.*

fun main() = runBlocking {
    val ch = Channel<Int>(Channel.UNLIMITED)
    ch.send(1)
    val fast = launch {
        coroutineContext[Job]!!.cancel()
        println("fast path receive ${ch.receive()}")
        try { yield() } catch (e: CancellationException) { println("then cancelled at yield") }
    }
    fast.join()

    val rv = Channel<Int>()
    val r = launch {
        try {
            val v = rv.receive()
            println("handed-over receive $v")
            delay(10)
            println("not reached")
        } catch (e: CancellationException) { println("receiver cancelled after receiving") }
    }
    yield()
    rv.send(2)
    r.cancel()
    r.join()

    val waiting = launch {
        try { rv.receive(); println("not reached") } catch (e: CancellationException) { println("waiting receive cancelled") }
    }
    yield()
    waiting.cancel()
    waiting.join()
    val s = launch {
        try { rv.send(3); println("not reached") } catch (e: CancellationException) { println("waiting send cancelled") }
    }
    yield()
    s.cancel()
    s.join()
    println("offer to rendezvous with no receiver: ${rv.offer(4)}")
    val late = launch { println("late receiver got ${rv.receive()}") }
    yield()
    rv.send(5)
    late.join()
}
