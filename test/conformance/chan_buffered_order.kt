// Scenario: chan_buffered_order
// Checks: a buffered channel of 3 lets the sender run ahead until the buffer is full, then send
// suspends; a slow consumer receives everything in order; a rendezvous-free unlimited channel
// never suspends the sender; a conflated channel keeps only the latest element.
// (kotlinx 1.0.1 drops a conflated channel's element at close; asyncc keeps it, as kotlinx does
// today and as issue 5's no-loss rule asks: run test channel-kinds.c checks it, not this pair.)
// Source: 003 airline analogy, "Channel", buffered channel and the channel types table.
import kotlinx.coroutines.*
import kotlinx.coroutines.channels.*

fun main() = runBlocking {
    val channel = Channel<Int>(capacity = 3)
    launch {
        for (i in 1..5) {
            channel.send(i)
            println("Sent: $i")
        }
        channel.close()
    }
    delay(100)
    for (value in channel) {
        delay(50)
        println("Receive: $value")
    }
    val unlimited = Channel<Int>(Channel.UNLIMITED)
    for (i in 1..1000) unlimited.send(i)
    unlimited.close()
    var sum = 0
    for (v in unlimited) sum += v
    println("unlimited sum=$sum")
    val conflated = Channel<Int>(Channel.CONFLATED)
    for (i in 1..10) conflated.send(i)
    println("conflated got ${conflated.receive()} empty=${conflated.isEmpty}")
    conflated.send(11)
    println("conflated again ${conflated.receive()}")
    conflated.close()
    println("conflated closedForReceive=${conflated.isClosedForReceive}")
}
