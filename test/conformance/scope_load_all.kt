// Scenario: scope_load_all
// Checks: coroutineScope = all-or-nothing: when one async fails, the other async is cancelled and
// the awaiting caller gets the failure; supervisorScope = independent: the other async keeps
// running and completes, the failed one is replaced by a fallback caught around await().
// Source: 000 jobs guide, "coroutineScope vs supervisorScope" (loadAll, both versions);
// 002 guide "supervisorScope — supervisor inside a suspend function".
import kotlinx.coroutines.*
import java.io.IOException

suspend fun fetchUsers(): List<String> { delay(100); throw IOException("users unavailable") }
suspend fun fetchArticles(): List<String> {
    try {
        delay(300)
        println("articles fetched")
        return listOf("a1", "a2")
    } catch (e: CancellationException) {
        println("articles cancelled")
        throw e
    }
}

suspend fun loadAllStrict() = coroutineScope {
    val users = async { fetchUsers() }
    val articles = async { fetchArticles() }
    Pair(users.await(), articles.await())
}

suspend fun loadAllLenient() = supervisorScope {
    val users = async { fetchUsers() }
    val articles = async { fetchArticles() }
    val u = try { users.await() } catch (e: Exception) { println("users failed: ${e.message}"); emptyList<String>() }
    val a = try { articles.await() } catch (e: Exception) { emptyList<String>() }
    Pair(u, a)
}

fun main() = runBlocking {
    try {
        val (u, a) = loadAllStrict()
        println("strict: users=${u.joinToString(",")} articles=${a.joinToString(",")}")
    } catch (e: IOException) {
        println("strict failed: ${e.message}")
    }
    val (u, a) = loadAllLenient()
    println("lenient: users=${u.joinToString(",")} articles=${a.joinToString(",")}")
}
