// Kotlin peers of the asyncc benchmarks (bench/README.md), on kotlinx.coroutines.
// Run as
//
//     java -cp out:JARS BenchKt WORKLOAD CASE N ROUNDS WARMUP
//
// WARMUP unreported rounds warm the JVM up (JIT) in this process; each of the
// ROUNDS measured rounds then prints one RESULT line, as the C programs do.
import kotlinx.coroutines.*
import kotlinx.coroutines.channels.Channel
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext

// spawn_join/st: N empty launches in runBlocking's scope, on its event loop.
fun spawnJoinSt(n: Int): Long {
    runBlocking { repeat(n) { launch { } } }
    return 0
}

// spawn_join/default: N empty launches onto Dispatchers.Default, started from
// runBlocking's thread; runBlocking's scope waits for them.
fun spawnJoinDefault(n: Int): Long {
    runBlocking { repeat(n) { launch(Dispatchers.Default) { } } }
    return 0
}

// yield/st: two coroutines calling yield() n/2 times each on runBlocking's loop.
fun yieldSt(n: Int): Long {
    val m = n / 2
    runBlocking {
        launch { repeat(m) { yield() } }
        launch { repeat(m) { yield() } }
    }
    return 0
}

// yield/default: the same two coroutines launched on Dispatchers.Default;
// runBlocking's scope waits for them.
fun yieldDefault(n: Int): Long {
    val m = n / 2
    runBlocking {
        launch(Dispatchers.Default) { repeat(m) { yield() } }
        launch(Dispatchers.Default) { repeat(m) { yield() } }
    }
    return 0
}

// chan_pingpong: n round trips of an Int over two rendezvous channels; the
// pinger sends 0..n-1 and sums the replies.  Both coroutines run in ctx:
// runBlocking's loop (st) or Dispatchers.Default (default).
fun chanPingpong(n: Int, ctx: CoroutineContext): Long = runBlocking {
    val ping = Channel<Int>()
    val pong = Channel<Int>()
    launch(ctx) { for (v in ping) pong.send(v) }
    async(ctx) {
        var sum = 0L
        repeat(n) { i ->
            ping.send(i)
            sum += pong.receive()
        }
        ping.close()
        sum
    }.await()
}

// chan_buffered: a producer sends 0..n-1 into a channel of capacity 64 and
// closes it; a consumer sums what it receives.  Both run in ctx, as above.
fun chanBuffered(n: Int, ctx: CoroutineContext): Long = runBlocking {
    val ch = Channel<Int>(64)
    launch(ctx) {
        repeat(n) { ch.send(it) }
        ch.close()
    }
    async(ctx) {
        var sum = 0L
        for (v in ch) sum += v
        sum
    }.await()
}

const val HOUR_MS = 3_600_000L

var started = 0     // sleepers past their first statement (runBlocking's thread only)

// VmRSS of this process in bytes (/proc/self/status), after System.gc().
fun rssBytes(): Long {
    System.gc()
    val line = java.io.File("/proc/self/status").readLines().firstOrNull { it.startsWith("VmRSS:") }
        ?: return -1
    return line.trim().split(Regex("\\s+"))[1].toLong() * 1024
}

fun heapUsed(): Long = Runtime.getRuntime().let { it.totalMemory() - it.freeMemory() }

// memory/st: bytes of RSS per coroutine suspended in a one-hour delay, n of
// them launched in runBlocking; then they are cancelled.  The JVM's own
// count of the heap they use goes to stderr too.
fun memory(n: Int): Double = runBlocking {
    val before = rssBytes()
    val heapBefore = heapUsed()
    started = 0
    repeat(n) {
        launch {
            started++
            delay(HOUR_MS)
        }
    }
    while (started < n) yield()
    val after = rssBytes()
    val heapAfter = heapUsed()
    coroutineContext.cancelChildren()
    val per = (after - before).toDouble() / n
    System.err.println("memory kotlin: %.0f B of RSS per suspended coroutine (%.0f B of heap in use): %.1f million fit in 4 GiB"
        .format(per, (heapAfter - heapBefore).toDouble() / n, if (per > 0) 4294967296.0 / per / 1e6 else 0.0))
    per
}

// cancel_storm/st: a parent with n children suspended in a one-hour delay;
// ns per child of parent.cancelAndJoin().
fun cancelStorm(n: Int): Double = runBlocking {
    started = 0
    val parent = launch {
        repeat(n) {
            launch {
                started++
                delay(HOUR_MS)
            }
        }
    }
    while (started < n) yield()
    val t0 = System.nanoTime()
    parent.cancelAndJoin()
    (System.nanoTime() - t0).toDouble() / n
}

// nosuspend: a suspend fun that could suspend but does not, against the
// same body as a plain fun.
@Volatile var never = false

suspend fun add(a: Long, b: Long): Long {
    if (never) yield()
    return a + b
}

fun addPlain(a: Long, b: Long): Long {
    if (never) Thread.yield()
    return a + b
}

suspend fun loopSuspend(n: Int): Long {
    var sum = 0L
    for (i in 0 until n) sum = add(sum, i.toLong())
    return sum
}

fun loopPlain(n: Int): Long {
    var sum = 0L
    for (i in 0 until n) sum = addPlain(sum, i.toLong())
    return sum
}

fun mix(x0: Long): Long {           // splitmix64's finalizer, as bench.h's
    var x = x0 + -7046029254386353131L                      // 0x9E3779B97F4A7C15
    x = (x xor (x ushr 30)) * -4658895280553007687L         // 0xBF58476D1CE4E5B9
    x = (x xor (x ushr 27)) * -7723592293110705685L         // 0x94D049BB133111EB
    return x xor (x ushr 31)
}

fun sumRange(lo: Long, hi: Long): Long {
    var s = 0L
    var i = lo
    while (i < hi) { s += mix(i); i++ }
    return s
}

const val TASKS = 64

// fanout/mt: TASKS async(Dispatchers.Default) tasks, awaitAll in runBlocking.
fun fanout(n: Int): Long {
    val total = n.toLong()
    val chunk = total / TASKS
    return runBlocking {
        (0 until TASKS).map { i ->
            val lo = i * chunk
            val hi = if (i == TASKS - 1) total else (i + 1) * chunk
            async(Dispatchers.Default) { sumRange(lo, hi) }
        }.awaitAll().sum()
    }
}

fun main(args: Array<String>) {
    if (args.size != 5) {
        System.err.println("usage: BenchKt WORKLOAD CASE N ROUNDS WARMUP")
        System.exit(2)
    }
    val workload = args[0]
    val case = args[1]
    val n = args[2].toInt()
    val rounds = args[3].toInt()
    val warmup = args[4].toInt()
    if (workload == "nosuspend") {
        // Two RESULT lines a round: the suspend loop in runBlocking, the
        // plain loop from main.
        val want = n.toLong() * (n - 1) / 2
        for (r in 0 until warmup + rounds) {
            val t0 = System.nanoTime()
            val s1 = runBlocking { loopSuspend(n) }
            val t1 = System.nanoTime()
            val s2 = loopPlain(n)
            val t2 = System.nanoTime()
            if (s1 != want || s2 != want) {
                System.err.println("nosuspend: sums $s1 and $s2, expected $want")
                System.exit(1)
            }
            if (r < warmup) continue
            for ((c, ns) in listOf("suspend" to t1 - t0, "plain" to t2 - t1))
                println("RESULT name=nosuspend case=$c impl=kotlin unit=ns/op value=${"%.3f".format(ns.toDouble() / n)} n=$n check=${java.lang.Long.toHexString(want)}")
        }
        System.exit(0)
    }
    val measure: ((Int) -> Double)? = when ("$workload/$case") {
        "memory/st" -> ::memory
        "cancel_storm/st" -> ::cancelStorm
        else -> null
    }
    if (measure != null) {
        val unit = if (workload == "memory") "B/coro" else "ns/op"
        for (r in 0 until warmup + rounds) {
            val v = measure(n)
            if (r >= warmup)
                println("RESULT name=$workload case=$case impl=kotlin unit=$unit value=${"%.3f".format(v)} n=$n check=0")
        }
        System.exit(0)
    }
    val f: (Int) -> Long = when ("$workload/$case") {
        "spawn_join/st" -> ::spawnJoinSt
        "spawn_join/default" -> ::spawnJoinDefault
        "yield/st" -> ::yieldSt
        "yield/default" -> ::yieldDefault
        "fanout/mt" -> ::fanout
        "chan_pingpong/st" -> { k -> chanPingpong(k, EmptyCoroutineContext) }
        "chan_pingpong/default" -> { k -> chanPingpong(k, Dispatchers.Default) }
        "chan_buffered/st" -> { k -> chanBuffered(k, EmptyCoroutineContext) }
        "chan_buffered/default" -> { k -> chanBuffered(k, Dispatchers.Default) }
        else -> { System.err.println("unknown workload/case $workload/$case"); System.exit(2); ::fanout }
    }
    val unit = if (workload == "fanout") "ms" else "ns/op"
    val ops = if (workload == "yield") (n / 2 * 2).toDouble() else n.toDouble()
    for (r in 0 until warmup + rounds) {
        val t0 = System.nanoTime()
        val check = f(n)
        val ns = (System.nanoTime() - t0).toDouble()
        if (workload.startsWith("chan_") && check != n.toLong() * (n - 1) / 2) {
            System.err.println("$workload/$case: sum $check, expected ${n.toLong() * (n - 1) / 2}")
            System.exit(1)
        }
        if (r < warmup) continue
        val v = if (unit == "ms") ns / 1e6 else ns / ops
        println("RESULT name=$workload case=$case impl=kotlin unit=$unit value=${"%.3f".format(v)} n=$n check=${java.lang.Long.toHexString(check)}")
    }
    System.exit(0)   // Dispatchers.Default's threads are daemons, but do not wait for anything
}
