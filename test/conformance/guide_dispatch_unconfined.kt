// Scenario: guide_dispatch_unconfined
// Checks: Dispatchers.Unconfined starts a coroutine at once in the launching thread and runs it
// there until its first suspension (before launch returns); after a delay it resumes on another
// thread (the timer's), after withContext(IO) on the thread that finished the block; a
// coroutine launched Unconfined from inside an Unconfined coroutine runs once the outer one
// suspends; confined coroutines stay on runBlocking's thread.
// Source: 002 context guide, "Dispatchers.Unconfined -- The Special Case".
import kotlinx.coroutines.*

lateinit var mainThread: Thread
fun where() = if (Thread.currentThread() === mainThread) "main" else "another thread"

fun main() = runBlocking {
    mainThread = Thread.currentThread()
    launch(Dispatchers.Unconfined) {
        println("Unconfined      : I'm working in thread ${where()}")
        delay(50)
        println("Unconfined      : After delay in thread ${where()}")
        withContext(Dispatchers.IO) { println("Unconfined      : in IO in thread ${where()}") }
        println("Unconfined      : after IO in thread ${where()}")
    }
    println("main runBlocking: launch returned")
    launch {
        println("main runBlocking: I'm working in thread ${where()}")
        delay(200)
        println("main runBlocking: After delay in thread ${where()}")
    }
    delay(300)
    launch(Dispatchers.Unconfined) {
        println("outer: start in ${where()}")
        launch(Dispatchers.Unconfined) { println("inner: start in ${where()}") }
        println("outer: end of its first step")
    }.join()
    println("done")
}
