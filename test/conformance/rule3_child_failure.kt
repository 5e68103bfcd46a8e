// Scenario: rule3_child_failure
// Checks: Rule 3 — a child failure cancels the parent and the siblings, and the parent fails
// with the same exception, which reaches the root's CoroutineExceptionHandler (once).
// RuntimeException of the guide replaced by IllegalStateException; root made observable with
// CoroutineScope(Job() + handler) instead of viewModelScope.
// Source: 000 jobs guide, "Rule 3: A child failure cancels the parent (and siblings)".
import kotlinx.coroutines.*

fun ex(e: Throwable?) = if (e == null) "null" else if (e.message == null) "${e::class.simpleName}" else "${e::class.simpleName}: ${e.message}"

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${ex(e)}") }
    val scopeJob = Job()
    val scope = CoroutineScope(coroutineContext + scopeJob + handler)
    val parentJob = scope.launch {
        val child1 = launch {
            delay(100)
            throw IllegalStateException("Child 1 failed!")
        }
        val child2 = launch {
            try {
                delay(5000)
                println("Child 2 done") // never runs
            } finally {
                println("Child 2 cancelled")
            }
        }
        try {
            delay(5000)
        } finally {
            println("Parent body cancelled")
        }
    }
    parentJob.invokeOnCompletion { cause -> println("parent completion: ${ex(cause)}") }
    parentJob.join()
    println("parent: cancelled=${parentJob.isCancelled}")
    println("scope job: cancelled=${scopeJob.isCancelled}")
}
