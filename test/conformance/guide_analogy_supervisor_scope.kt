// Scenario: guide_analogy_supervisor_scope
// Checks: supervisorScope with a failing child that has no handler: the sibling is unaffected,
// the failed child is isCancelled=true, the failure is an uncaught exception (default handler ->
// .expected-stderr) and the scope still ends normally.
// Guide example verbatim except RuntimeException -> IllegalStateException. Note that the guide's
// listed output is in the wrong order: child2.join() returns at 50 ms, so "child2 status: true"
// is printed BEFORE "Child 1: completed normally" (100 ms); the guide's first line
// ("Child 2 failed!") is the uncaught exception report, which goes to stderr. Both 1.0.1 and
// current kotlinx print the order recorded here.
// Source: 003 analogy guide, "SupervisorJob and supervisorScope".
import kotlinx.coroutines.*

fun main() = runBlocking {
    // supervisorScope: child failures do not affect other children
    supervisorScope {
        val child1 = launch {
            delay(100)
            println("Child 1: completed normally")
        }
        val child2 = launch {
            delay(50)
            throw IllegalStateException("Child 2 failed!")
            // Child 1 continues unaffected
        }
        // Handle child2 failure individually
        child2.join()
        println("child2 status: ${child2.isCancelled}")
    }
    println("supervisorScope ended")
}
