// KOTLIN-1.0.1-DIFFERS
// Scenario: ctx_launch_into_failed_scope
// Checks: launching into a scope whose Job has already failed (here: an async child threw,
// Rule 3 applies to the scope's regular Job()): the new coroutine is cancelled immediately and
// its body never runs; it completes with a CancellationException whose cause is the scope's
// failure; it did not fail itself, so nothing is reported to a handler or as uncaught.
// Launching into a scope that was merely cancelled behaves the same way, with a plain
// CancellationException (no cause).
// Source: 000 jobs guide, "Mistake 3: Using scope.cancel() when you mean cancelChildren()"
// ("scope is dead — can't launch new coroutines"); 004 guide, "Cancellation and exceptions"
// (a coroutine that is merely cancelled never reports to the handler).
//
// kotlinx 1.0.1 differs: a coroutine started under an already-failed parent is cancelled with
// the parent's failure itself (ArithmeticException, not a CancellationException), so its
// completion cause is that exception and it is reported a second time, to the late coroutine's
// handler ("handler: ArithmeticException: division by zero"; without a handler it would be an
// uncaught exception on stderr). Current kotlinx cancels it with
// JobCancellationException("Parent job is Cancelled", cause = ArithmeticException) and reports
// nothing, which is what the guides' rules (only a failing coroutine reports; cancellation is
// not a failure) require — the guide-conformant output is in .expected; 1.0.1's actual output
// is in .kotlin-1.0.1.
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${e::class.simpleName}: ${e.message}") }
    val scopeJob = Job()
    val scope = CoroutineScope(coroutineContext + scopeJob)
    val d = scope.async<Int> { throw ArithmeticException("division by zero") }
    try {
        d.await()
    } catch (e: ArithmeticException) {
        println("await threw ${e::class.simpleName}: ${e.message}")
    }
    println("scope job cancelled=${scopeJob.isCancelled}")

    val late = scope.launch(handler) { println("unreachable: scope is dead") }
    late.invokeOnCompletion { cause ->
        println("late completion: is CancellationException=${cause is CancellationException} cause.cause=${cause?.cause?.let { it::class.simpleName }}")
    }
    println("late launch cancelled=${late.isCancelled}")
    late.join()

    val cancelledJob = Job()
    cancelledJob.cancel()
    val late2 = CoroutineScope(coroutineContext + cancelledJob).launch(handler) { println("unreachable 2") }
    late2.invokeOnCompletion { cause ->
        println("late2 completion: is CancellationException=${cause is CancellationException} cause.cause=${cause?.cause?.let { it::class.simpleName }}")
    }
    late2.join()
    println("late2 cancelled=${late2.isCancelled}")
}
