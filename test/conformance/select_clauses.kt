// Scenario: select_clauses
// Checks: select picks whichever clause is ready first (fast before slow); a closed channel's
// receive clause is ready at once; with several ready it
// takes the first one listed (biased); onSend sends to only one channel; onTimeout fires when
// nothing is ready; onAwait and onJoin; the losing clauses take and send nothing.
// Source: 003 airline analogy, "select Expression" and "select with onSend".
import kotlinx.coroutines.*
import kotlinx.coroutines.channels.*
import kotlinx.coroutines.selects.*

fun CoroutineScope.fastChannel(): ReceiveChannel<String> = produce {
    delay(50)
    send("Fast server response")
}
fun CoroutineScope.slowChannel(): ReceiveChannel<String> = produce {
    delay(200)
    send("Slow server response")
}

fun main() = runBlocking {
    val fast = fastChannel()
    val slow = slowChannel()
    val result = select<String> {
        fast.onReceive { it }
        slow.onReceive { it }
    }
    println("Selected: $result")
    // The guide's repeat(2) of the same select throws ClosedReceiveChannelException: the fast
    // producer has ended, and a closed channel's onReceive is ready at once (with the error).
    val again = select<String> {
        fast.onReceiveOrNull { it ?: "fast is closed" }
        slow.onReceiveOrNull { it ?: "slow is closed" }
    }
    println("Selected: $again")
    println("Selected: ${select<String> { slow.onReceive { it } }}")
    fast.cancel()
    slow.cancel()

    val ch1 = Channel<String>(1)
    val ch2 = Channel<String>(1)
    launch {
        select<Unit> {
            ch1.onSend("Send to channel 1") { println("Sent to ch1") }
            ch2.onSend("Send to channel 2") { println("Sent to ch2") }
        }
    }
    delay(100)
    println(ch1.poll() ?: ch2.poll())
    println("ch2 empty=${ch2.isEmpty}")

    val a = Channel<Int>(1)
    val b = Channel<Int>(1)
    a.send(1); b.send(2)
    val first = select<String> {
        a.onReceive { "a:$it" }
        b.onReceive { "b:$it" }
    }
    println("both ready: $first, b still has ${b.poll()}")

    val none = Channel<Int>()
    val t = select<String> {
        none.onReceive { "received $it" }
        onTimeout(30) { "timeout" }
    }
    println("select: $t")

    val d = async { delay(20); 42 }
    val j = launch { delay(60) }
    repeat(2) {
        val r = select<String> {
            j.onJoin { "joined" }
            if (!d.isCompleted) d.onAwait { "await $it" }
        }
        println("select: $r")
    }
}
