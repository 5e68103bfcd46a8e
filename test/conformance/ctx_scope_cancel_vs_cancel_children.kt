// Scenario: ctx_scope_cancel_vs_cancel_children
// Checks: on a CoroutineScope(Job()), cancelChildren() cancels the running work but keeps the
// scope alive (a later launch runs), whereas cancelling the scope's Job is permanent: a later
// launch returns a Job that is already cancelled (isCancelled=true) and whose body never runs.
// Note: kotlinx 1.0.1 has no CoroutineScope.cancel(); the scope's Job is cancelled directly
// (scope.coroutineContext[Job]!!.cancel()), which is what scope.cancel() does.
// Source: 000 jobs guide, "Mistake 3: Using scope.cancel() when you mean cancelChildren()" and
// "Custom scope with SupervisorJob for a specific feature" (cancelAll / shutdown); 002 guide,
// "Mistake 3: Forgetting to cancel custom scopes".
import kotlinx.coroutines.*

fun st(j: Job) = "active=${j.isActive} completed=${j.isCompleted} cancelled=${j.isCancelled}"

fun main() = runBlocking {
    val scope = CoroutineScope(coroutineContext + Job())
    val scopeJob = scope.coroutineContext[Job]!!
    scope.launch { try { delay(Long.MAX_VALUE) } finally { println("work 1 cancelled") } }
    scope.launch { try { delay(Long.MAX_VALUE) } finally { println("work 2 cancelled") } }
    delay(10)
    scope.coroutineContext.cancelChildren()
    delay(10)
    println("after cancelChildren: scope ${st(scopeJob)}")
    scope.launch { println("works - scope is still alive") }.join()

    scopeJob.cancel() // scope.cancel()
    println("after cancel: scope ${st(scopeJob)}")
    val late = scope.launch { println("unreachable: scope is dead") }
    println("late launch: ${st(late)}")
    late.join()
    println("late launch after join: ${st(late)}")
}
