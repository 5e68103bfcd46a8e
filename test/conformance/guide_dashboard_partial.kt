// Scenario: guide_dashboard_partial
// Checks: the guide's "independent parallel loads" pattern: three asyncs in supervisorScope, each
// awaited in its own try with `catch (e: CancellationException) { throw e }` first; one load
// fails (-> fallback), the others succeed; CoroutineName is visible inside each async; the
// enclosing launch (with handler + name) completes normally and its handler is never called.
// Source: 000 jobs guide, "Independent parallel loads with partial failure handling";
// 002 guide, "Putting It All Together — Production ViewModel" (CoroutineName per async).
import kotlinx.coroutines.*
import java.io.IOException

suspend fun getCurrentUser(): String { delay(100); return "alice" }
suspend fun getLatest(): List<String> { delay(200); throw IOException("articles backend down") }
suspend fun getDashboardStats(): Int { delay(300); return 7 }

fun main() = runBlocking {
    val errorHandler = CoroutineExceptionHandler { ctx, e ->
        println("Coroutine '${ctx[CoroutineName]?.name ?: "unknown"}' crashed: ${e.message}")
    }
    val scope = CoroutineScope(coroutineContext + SupervisorJob())
    val job = scope.launch(errorHandler + CoroutineName("load-dashboard")) {
        println("loading in ${coroutineContext[CoroutineName]?.name}")
        supervisorScope {
            val userDeferred = async(CoroutineName("load-user")) {
                println("${coroutineContext[CoroutineName]?.name} started")
                getCurrentUser()
            }
            val articlesDeferred = async(CoroutineName("load-articles")) {
                println("${coroutineContext[CoroutineName]?.name} started")
                getLatest()
            }
            val statsDeferred = async(CoroutineName("load-stats")) {
                println("${coroutineContext[CoroutineName]?.name} started")
                getDashboardStats()
            }
            val user = try {
                userDeferred.await()
            } catch (e: CancellationException) { throw e }
            catch (e: Exception) { null }
            val articles = try {
                articlesDeferred.await()
            } catch (e: CancellationException) { throw e }
            catch (e: Exception) { emptyList<String>() }
            val stats = try {
                statsDeferred.await()
            } catch (e: CancellationException) { throw e }
            catch (e: Exception) { null }
            println("user=$user articles=${articles.joinToString(",")} (${articles.size}) stats=$stats")
            println("userError=${if (user == null) "Failed to load profile" else null} statsError=${if (stats == null) "Failed to load stats" else null}")
        }
    }
    job.join()
    println("dashboard job cancelled=${job.isCancelled}")
}
