// Scenario: ctx_plus_operator
// Checks: CoroutineContext behaves like an immutable map keyed by element type: `+` combines
// elements and, for the same key, the RIGHT side wins; lookups with ctx[Key] return null for a
// missing element; adding does not modify the left operand; a Job in a combined context can be
// looked up; minusKey removes an element.
// Source: 002 guide, "CoroutineContext — Elements, Keys, and the + Operator" (dispatchers
// replaced by CoroutineName / Job / CoroutineExceptionHandler elements); 001 guide ("the
// CoroutineContext is never overridden, but rather joined with the existing one").
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, _ -> }
    val context1 = CoroutineName("A") + handler
    val context2 = context1 + CoroutineName("B")
    println("context1 name: ${context1[CoroutineName]?.name}")
    println("context2 name: ${context2[CoroutineName]?.name}")
    println("context2 handler kept: ${context2[CoroutineExceptionHandler] === handler}")
    println("context2 job: ${context2[Job]}")
    val job = Job()
    val context3 = CoroutineName("C") + job + CoroutineName("D")
    println("context3 name: ${context3[CoroutineName]?.name}, job found: ${context3[Job] === job}")
    val context4 = context3.minusKey(CoroutineName)
    println("context4 name: ${context4[CoroutineName]?.name}, job found: ${context4[Job] === job}")
    val job2 = Job()
    println("job replaced: ${(context3 + job2)[Job] === job2}")
    launch(context2) {
        println("launched with context2: ${coroutineContext[CoroutineName]?.name}")
    }.join()
    job.cancel()
    job2.cancel()
}
