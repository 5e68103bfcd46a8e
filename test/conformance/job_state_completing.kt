// Scenario: job_state_completing
// Checks: the Completing state: the parent's body has returned but a child is still running.
// The parent stays active=true completed=false (isActive stays true while completing);
// it becomes completed only after the child completes, and its invokeOnCompletion runs after
// the child's.
// Source: 000 jobs guide, "Job Lifecycle" and "Rule 1" ("the parent Job stays Active until ALL
// children complete"); 001 guide state list (New, Active, Completing, Completed, ...).
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

fun main() = runBlocking {
    val parent = launch {
        val child = launch {
            delay(100)
            println("child done")
        }
        child.invokeOnCompletion { println("child completion handler") }
        println("parent body done")
    }
    parent.invokeOnCompletion { println("parent completion handler") }
    delay(50)
    println("at 50ms (completing): ${st(parent)}")
    println("children of parent: ${parent.children.count()}")
    parent.join()
    println("after join: ${st(parent)}")
    println("children of parent: ${parent.children.count()}")
}
