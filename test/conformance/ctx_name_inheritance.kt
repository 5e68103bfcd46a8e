// Scenario: ctx_name_inheritance
// Checks: context inheritance: a child inherits the parent's CoroutineName; an element passed to
// the builder overrides the inherited one for that child and its descendants only; siblings and
// the parent keep theirs; async, coroutineScope and withContext inherit too; a coroutine without
// any CoroutineName reads null.
// Source: 002 guide, "How context inheritance works" (parent / child names; dispatchers left out)
// and "CoroutineName — Debugging Made Easy".
import kotlinx.coroutines.*
import kotlin.coroutines.coroutineContext

suspend fun name() = coroutineContext[CoroutineName]?.name

fun main() = runBlocking {
    println("runBlocking: ${name()}")
    val scope = CoroutineScope(coroutineContext + SupervisorJob() + CoroutineName("parent"))
    val job = scope.launch {
        println("launch: ${coroutineContext[CoroutineName]?.name}") // "parent"
        launch(CoroutineName("child")) {
            println("child: ${name()}") // "child"
            launch {
                println("grandchild: ${name()}") // inherits "child"
            }
        }
        launch {
            println("sibling: ${name()}") // still "parent"
        }
        val d = async { name() }
        println("async: ${d.await()}")
        coroutineScope { println("coroutineScope: ${name()}") }
        withContext(CoroutineName("temp")) { println("withContext: ${name()}") }
        println("after withContext: ${name()}")
    }
    job.join()
    scope.coroutineContext[Job]!!.cancel()
}
