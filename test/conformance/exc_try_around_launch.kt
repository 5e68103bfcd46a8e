// Scenario: exc_try_around_launch
// Checks: a try/catch AROUND launch never sees the coroutine's exception (launch returns at
// once; the exception propagates up the Job hierarchy to the handler), while a try/catch INSIDE
// the launch catches it and the coroutine completes normally.
// RuntimeException -> IllegalStateException; viewModelScope -> CoroutineScope(SupervisorJob()
// + handler) on runBlocking's event loop.
// Source: 000 jobs guide, "launch vs async exception handling"; 001 guide, "launch" ("adding a
// try catch around the launch block. That catch will never run").
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${e.message}") }
    val viewModelScope = CoroutineScope(coroutineContext + SupervisorJob() + handler)
    var job: Job? = null
    try {
        job = viewModelScope.launch {
            throw IllegalStateException("Boom!") // NOT caught by this try-catch
        }
        println("launch returned")
    } catch (e: Exception) {
        println("unreachable: ${e.message}") // Never reached!
    }
    job!!.join()
    println("outer job cancelled=${job.isCancelled}")

    val inner = viewModelScope.launch {
        try {
            throw IllegalStateException("Boom inside!")
        } catch (e: Exception) {
            println("caught inside: ${e.message}") // Caught! Exception doesn't propagate to parent
        }
    }
    inner.join()
    println("inner job cancelled=${inner.isCancelled}")
    viewModelScope.coroutineContext[Job]!!.cancel()
}
