// Scenario: chan_rendezvous_basic
// Checks: a rendezvous channel hands each element over only when sender and receiver meet; on
// one thread the send/receive lines interleave as in the guide; the loop over the channel ends
// at close.
// Source: 003 airline analogy, "Channel", basic usage.
import kotlinx.coroutines.*
import kotlinx.coroutines.channels.*

fun main() = runBlocking {
    val channel = Channel<Int>()
    launch {
        for (i in 1..5) {
            println("Send: $i")
            channel.send(i)
        }
        channel.close()
    }
    for (value in channel) {
        println("Receive: $value")
    }
    println("Channel consumption complete")
}
