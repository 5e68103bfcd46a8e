// Scenario: job_lazy_join_await
// Checks: join() starts a lazy launch and waits for it; await() starts a lazy async and
// returns its result; a lazy coroutine that nobody starts keeps its parent from completing
// until it is started (here: started explicitly at the end so that runBlocking can finish).
// Source: 000 jobs guide, "Lazy start" ("join() and await() also start a lazy coroutine").
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

suspend fun computeResult(): Int {
    println("computing")
    delay(10)
    return 42
}

fun main() = runBlocking {
    val lazyJob = launch(start = CoroutineStart.LAZY) {
        println("lazy launch body")
    }
    println("before join: ${st(lazyJob)}")
    lazyJob.join()
    println("after join: ${st(lazyJob)}")

    val deferred = async(start = CoroutineStart.LAZY) { computeResult() }
    println("before await: ${st(deferred)}")
    val result = deferred.await()
    println("result = $result")
    println("after await: ${st(deferred)}")

    val forgotten = launch(start = CoroutineStart.LAZY) { println("forgotten body runs") }
    val children = coroutineContext[Job]!!.children.toList()
    println("runBlocking children: ${children.size}, forgotten is child: ${children.contains(forgotten)}")
    forgotten.start()
    println("end of runBlocking body")
}
