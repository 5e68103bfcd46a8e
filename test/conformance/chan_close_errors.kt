// Scenario: chan_close_errors
// Checks: close() returns true only the first time; elements sent before close are still
// received; then receive throws ClosedReceiveChannelException and receiveOrNull returns null;
// send after close throws ClosedSendChannelException; close with a cause makes receive and send
// throw that cause; offer/poll (try_send/try_receive) report full, empty and closed; a sender
// waiting when the channel closes still delivers its element.
// Source: 003 airline analogy, "Channel" (close signals completion); kotlinx channel docs.
import kotlinx.coroutines.*
import kotlinx.coroutines.channels.*

class MyFailure(msg: String) : Exception(msg)

fun ex(e: Throwable) = if (e.message != null) "${e::class.simpleName}: ${e.message}" else "${e::class.simpleName}"

fun main() = runBlocking {
    val ch = Channel<Int>(2)
    println("offer 1: ${ch.offer(1)}")
    println("offer 2: ${ch.offer(2)}")
    println("offer 3: ${ch.offer(3)}")
    println("close: ${ch.close()}")
    println("close again: ${ch.close()}")
    println("closedForSend=${ch.isClosedForSend} closedForReceive=${ch.isClosedForReceive}")
    println("receive ${ch.receive()}")
    println("poll ${ch.poll()}")
    println("closedForReceive=${ch.isClosedForReceive}")
    println("poll ${ch.poll()}")
    println("receiveOrNull ${ch.receiveOrNull()}")
    try { ch.receive() } catch (e: Throwable) { println("receive threw ${ex(e)}") }
    try { ch.send(4) } catch (e: Throwable) { println("send threw ${ex(e)}") }
    try { ch.offer(4) } catch (e: Throwable) { println("offer threw ${ex(e)}") }

    val failed = Channel<Int>()
    val waiter = launch {
        try { failed.receive() } catch (e: Throwable) { println("waiting receive threw ${ex(e)}") }
    }
    yield()
    println("close with cause: ${failed.close(MyFailure("boom"))}")
    waiter.join()
    try { failed.receiveOrNull() } catch (e: Throwable) { println("receiveOrNull threw ${ex(e)}") }
    try { failed.send(1) } catch (e: Throwable) { println("send threw ${ex(e)}") }

    val rv = Channel<Int>()
    val sender = launch {
        try { rv.send(9) } catch (e: Throwable) { println("waiting send threw ${ex(e)}") }
    }
    yield()
    rv.close()
    println("closed with a waiting sender: closedForSend=${rv.isClosedForSend} closedForReceive=${rv.isClosedForReceive}")
    println("rendezvous closed, receiveOrNull ${rv.receiveOrNull()}")
    sender.join()
    println("sender done, receiveOrNull ${rv.receiveOrNull()}")
}
