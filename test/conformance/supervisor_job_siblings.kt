// Scenario: supervisor_job_siblings
// Checks: with a SupervisorJob, a failing child does not cancel the supervisor or its other
// children; the failure is reported to the scope's CoroutineExceptionHandler (the failing child
// is a root as far as exception handling goes); the supervisor stays active and can launch more.
// RuntimeException -> IllegalStateException; Dispatchers.Main -> the runBlocking thread;
// a handler is installed so that nothing goes to the default handler.
// Source: 000 jobs guide, "SupervisorJob — Independent Children" and "viewModelScope — How
// It's Built" (first half).
import kotlinx.coroutines.*

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${e::class.simpleName}: ${e.message}") }
    val supervisorJob = SupervisorJob()
    val supervisor = CoroutineScope(coroutineContext + supervisorJob + handler)
    val child1 = supervisor.launch {
        delay(100)
        throw IllegalStateException("Child 1 failed!")
    }
    val child2 = supervisor.launch {
        delay(200)
        println("Child 2 completed")
    }
    joinAll(child1, child2)
    println("child1 cancelled=${child1.isCancelled} child2 cancelled=${child2.isCancelled}")
    println("supervisor active=${supervisorJob.isActive}")
    supervisor.launch { println("supervisor still launches") }.join()
    supervisorJob.cancel()
}
