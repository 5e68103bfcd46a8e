// Scenario: chan_produce_consume
// Checks: produce runs a coroutine that owns its channel and closes it when its body ends;
// consumeEach reads to the end; a producer's failure closes the channel with that failure, which
// the consumer's receive rethrows; cancelling the produced channel cancels the producer.
// Source: 003 airline analogy, "produce and consumeEach", "Fan-out and Fan-in".
import kotlinx.coroutines.*
import kotlinx.coroutines.channels.*

fun ex(e: Throwable) = if (e.message != null) "${e::class.simpleName}: ${e.message}" else "${e::class.simpleName}"

fun CoroutineScope.numbersProducer(from: Int, to: Int): ReceiveChannel<Int> = produce {
    for (i in from..to) {
        delay(100)
        send(i)
    }
}

fun main() = runBlocking {
    val channel = numbersProducer(1, 5)
    channel.consumeEach { value -> println("Process: $value") }

    val handler = CoroutineExceptionHandler { _, e -> println("handler ${ex(e)}") }
    val scope = CoroutineScope(SupervisorJob() + handler)
    val failing = scope.produce<Int> {
        send(1)
        throw IllegalStateException("producer broke")
    }
    try {
        for (v in failing) println("got $v")
    } catch (e: Throwable) { println("consumer saw ${ex(e)}") }

    val endless = scope.produce<Int> {
        var i = 0
        try {
            while (true) send(i++)
        } finally { println("producer finally") }
    }
    println("first ${endless.receive()} second ${endless.receive()}")
    endless.cancel()
    delay(50)
    println("closedForReceive=${endless.isClosedForReceive}")
    scope.coroutineContext[Job]!!.cancelAndJoin()
}
