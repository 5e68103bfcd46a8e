// Scenario: ctx_globalscope_not_waited
// Checks: a coroutine launched in GlobalScope is not a child of runBlocking: runBlocking does
// not wait for it (it returns while the GlobalScope job is still active) and the program ends
// without it ever printing; cancelling runBlocking's own children does not touch it.
// Source: 002 guide, "Mistake 5: Using GlobalScope because it's easier"; 003 guide, "Coroutine
// Leak Prevention Patterns" (GlobalScope.launch, delay(10_000) -> 500 ms).
import kotlinx.coroutines.*

fun main() {
    lateinit var leaked: Job
    runBlocking {
        leaked = GlobalScope.launch {
            delay(500)
            println("When will this coroutine end? (never printed)")
        }
        launch {
            delay(100)
            println("local child done")
        }
        println("GlobalScope job is a child of runBlocking: ${coroutineContext[Job]!!.children.contains(leaked)}")
        coroutineContext.cancelChildren()
        println("leaked active after cancelChildren: ${leaked.isActive}")
    }
    println("runBlocking returned, leaked active=${leaked.isActive}")
}
