// Scenario: rule3_deep_propagation
// Checks: a failure deep in the tree (great-grandchild) propagates all the way up through every
// regular Job level, cancelling every other branch on the way; coroutineScope rethrows the
// original exception (not a CancellationException) to its caller, after every coroutine in
// the scope has finished (all finally blocks print before the catch).
// Source: 000 jobs guide, "Rule 3" ("Parent notifies ITS parent") and "Exception Propagation —
// The Full Picture"; 004 exception guide "Exception propagation".
import kotlinx.coroutines.*

fun ex(e: Throwable?) = if (e == null) "null" else if (e.message == null) "${e::class.simpleName}" else "${e::class.simpleName}: ${e.message}"

fun main() = runBlocking {
    try {
        coroutineScope {
            launch {
                try { delay(5000) } finally { println("A cancelled") }
            }
            launch {
                launch {
                    try { delay(5000) } finally { println("B1 cancelled") }
                }
                launch {
                    launch {
                        delay(50)
                        println("B2x throws")
                        throw ArithmeticException("deep")
                    }
                    try { delay(5000) } finally { println("B2 cancelled") }
                }
                try { delay(5000) } finally { println("B cancelled") }
            }
            try { delay(5000) } finally { println("scope body cancelled") }
        }
    } catch (e: Exception) {
        println("caught: ${ex(e)}")
    }
    println("runBlocking still active: ${coroutineContext[Job]!!.isActive}")
}
