// Scenario: scope_async_gotcha
// Checks: an async that fails inside coroutineScope fails the whole scope even though nobody
// calls await(): the scope body is cancelled at its next suspension ("Never reached" is not
// printed) and coroutineScope rethrows. The same code in supervisorScope keeps running and the
// failure is delivered by await(), where it can be caught.
// RuntimeException -> IllegalStateException; delay(1000) -> delay(200).
// Source: 000 jobs guide, "The async exception gotcha" and "Mistake 4: Forgetting that async
// propagates exceptions to parent"; 003 guide, "CoroutineExceptionHandler Caveats".
import kotlinx.coroutines.*

suspend fun loadDataBad() = coroutineScope {
    val deferred = async<Unit> {
        throw IllegalStateException("Failed!")
    }
    try {
        delay(200)
        println("Never reached")
    } finally {
        println("coroutineScope body cancelled")
    }
}

suspend fun loadDataGood() = supervisorScope {
    val deferred = async<Unit> {
        throw IllegalStateException("Failed!")
    }
    delay(200)
    println("This runs!")
    try {
        deferred.await()
    } catch (e: Exception) {
        println("Handled: ${e.message}")
    }
}

fun main() = runBlocking {
    try {
        loadDataBad()
    } catch (e: Exception) {
        println("loadDataBad threw ${e::class.simpleName}: ${e.message}")
    }
    loadDataGood()
    println("done")
}
