// Scenario: cancel_children
// Checks: cancelChildren() cancels every current child (each runs its finally) but not the
// parent itself: the parent stays active, can launch new children that run normally, and
// completes normally. Also coroutineContext.cancelChildren() on a scope.
// Source: 000 jobs guide, "Custom scope with SupervisorJob" (cancelAll) and "Mistake 3: Using
// scope.cancel() when you mean cancelChildren()".
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

fun main() = runBlocking {
    val parent = launch {
        repeat(3) { i ->
            launch {
                try {
                    delay(Long.MAX_VALUE)
                } finally {
                    println("child $i cancelled")
                }
            }
        }
        delay(100)
        println("parent body still running")
        launch { println("new child runs") }
    }
    delay(50)
    parent.cancelChildren()
    println("after cancelChildren: parent ${st(parent)}")
    parent.join()
    println("parent after join: ${st(parent)}")

    val scopeJob = Job()
    val scope = CoroutineScope(coroutineContext + scopeJob)
    scope.launch { try { delay(Long.MAX_VALUE) } finally { println("scope child cancelled") } }
    yield()
    scope.coroutineContext.cancelChildren()
    yield()
    println("scope job: ${st(scopeJob)}")
    scope.launch { println("scope still usable") }.join()
    scopeJob.cancel()
}
