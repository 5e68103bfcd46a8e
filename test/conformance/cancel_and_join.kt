// Scenario: cancel_and_join
// Checks: cancelAndJoin() returns only after the cancelled coroutine finished its finally block
// (including a suspending NonCancellable cleanup), whereas cancel() alone returns immediately.
// Source: 000 jobs guide, "What is a Job?" (job.cancelAndJoin()) and "Edge case 4".
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

fun worker(scope: CoroutineScope, name: String) = scope.launch {
    try {
        delay(Long.MAX_VALUE)
    } finally {
        withContext(NonCancellable) {
            println("$name: cleanup starting")
            delay(100)
            println("$name: cleanup done")
        }
    }
}

fun main() = runBlocking {
    val a = worker(this, "a")
    val b = worker(this, "b")
    yield()
    a.cancel()
    println("after cancel(): ${st(a)}")
    b.cancelAndJoin()
    println("after cancelAndJoin(): ${st(b)}")
    a.join()
    println("a after join: ${st(a)}")
}
