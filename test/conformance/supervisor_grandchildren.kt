// Scenario: supervisor_grandchildren
// Checks: SupervisorJob only protects its DIRECT children. Inside a child of the supervisor the
// regular rules apply: a failing grandchild cancels its sibling grandchild and its parent (the
// supervisor's child), and that child fails with the grandchild's exception (handled once by
// the scope's handler) — but the supervisor's other direct child keeps running and the
// supervisor stays active. The fix with supervisorScope is shown too.
// Source: 000 jobs guide, "viewModelScope — How It's Built" (second half), "Edge case 2:
// SupervisorJob only works for direct children", "Mistake 2: Expecting SupervisorJob to
// protect grandchildren".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${e::class.simpleName}: ${e.message}") }
    val supervisorJob = SupervisorJob()
    val scope = CoroutineScope(coroutineContext + supervisorJob + handler)
    val direct = scope.launch { // Direct child of supervisor
        val child1 = launch {
            delay(100)
            throw IllegalStateException("Fails!")
        }
        val child2 = launch {
            try {
                delay(1000)
                println("unreachable")
            } finally {
                println("grandchild 2: This gets cancelled!")
            }
        }
    }
    val other = scope.launch {
        delay(400)
        println("other direct child still runs")
    }
    val fixed = scope.launch {
        supervisorScope {
            launch { delay(200); throw IllegalArgumentException("Fails in supervisorScope!") }
            launch {
                delay(300)
                println("supervisorScope sibling: This runs!")
            }
        }
    }
    joinAll(direct, other, fixed)
    println("direct cancelled=${direct.isCancelled} other cancelled=${other.isCancelled} fixed cancelled=${fixed.isCancelled}")
    println("supervisor active=${supervisorJob.isActive}")
    supervisorJob.cancel()
}
