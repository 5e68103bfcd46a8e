// Scenario: scope_supervisor_scope_children
// Checks: in supervisorScope a failing child does not cancel its siblings or the scope; the
// scope waits for all children and then the code after it runs. The failing child has no
// handler of its own here, so its exception is an uncaught exception (default handler ->
// recorded in the .expected-stderr file); this scenario installs nothing to show that.
// RuntimeException -> IllegalStateException; delays 100/1000 -> 100/300.
// Source: 000 jobs guide, "supervisorScope { } — scoped supervisor".
import kotlinx.coroutines.*

fun main() = runBlocking {
    val job = launch {
        supervisorScope {
            val child1 = launch {
                delay(100)
                throw IllegalStateException("Failed!") // child1 fails
            }
            val child2 = launch {
                delay(300)
                println("Child 2 still runs") // not affected
            }
        }
        // Code here runs AFTER both children complete
        println("After supervisorScope")
    }
    job.join()
    println("job cancelled=${job.isCancelled}")
}
