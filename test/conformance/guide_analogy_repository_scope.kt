// Scenario: guide_analogy_repository_scope
// Checks: a class owning its own CoroutineScope(SupervisorJob()): its launches are not children
// of the caller (runBlocking does not wait for them), and close() — cancelling the scope's Job —
// cancels all of its still running coroutines.
// Adapted from the guide: Dispatchers.IO removed (the scope inherits runBlocking's event loop);
// user 2's load takes longer (200 ms * id) so that close() at 300 ms cancels it and the order is
// deterministic; scope.cancel() is spelled job.cancel() (not in kotlinx 1.0.1).
// Source: 003 analogy guide, "CoroutineScope — Heart of Lifecycle Management" (UserRepository).
import kotlinx.coroutines.*
import kotlin.coroutines.CoroutineContext

class UserRepository(parentContext: CoroutineContext) {
    // Scope that shares the lifecycle of this Repository
    private val job = SupervisorJob()
    private val scope = CoroutineScope(parentContext + job)

    fun loadUser(id: Int) {
        scope.launch {
            try {
                // DB query
                delay(200L * id)
                println("Loaded user $id")
            } finally {
                if (!isActive) println("load of user $id cancelled")
            }
        }
    }

    fun close() {
        job.cancel() // Cancel all child coroutines
    }
}

fun main() = runBlocking {
    val repo = UserRepository(coroutineContext)
    repo.loadUser(1)
    repo.loadUser(2)
    delay(300)
    repo.close()
    println("closed")
}
