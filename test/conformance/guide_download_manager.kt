// Scenario: guide_download_manager
// Checks: a feature scope CoroutineScope(SupervisorJob() + handler): one failed download does
// not cancel the others, its failure reaches the scope's handler; invokeOnCompletion classifies
// completed / cancelled / failed; starting a download for the same URL cancels the previous one;
// cancelAll() (coroutineContext.cancelChildren()) keeps the scope alive for new downloads;
// shutdown() (cancelling the scope's Job) is permanent.
// Adapted from the guide: Dispatchers.IO -> runBlocking's event loop; Log -> println;
// api.download -> delay + optional IOException; downloadScope.cancel() -> its Job's cancel().
// Source: 000 jobs guide, "Custom scope with SupervisorJob for a specific feature".
import kotlinx.coroutines.*
import java.io.IOException
import kotlin.coroutines.CoroutineContext

class DownloadManager(parentContext: CoroutineContext) {
    private val scopeJob = SupervisorJob()
    private val downloadScope = CoroutineScope(
        parentContext + scopeJob + CoroutineExceptionHandler { _, e ->
            println("DownloadManager: Download failed: ${e.message}")
        }
    )
    private val activeDownloads = mutableMapOf<String, Job>()

    fun download(url: String, millis: Long, fail: Boolean = false): Job {
        // Cancel existing download for same URL
        activeDownloads[url]?.cancel()
        val job = downloadScope.launch {
            delay(millis)
            if (fail) throw IOException("$url: connection reset")
            println("saved $url")
        }
        activeDownloads[url] = job
        job.invokeOnCompletion { cause ->
            if (activeDownloads[url] === job) activeDownloads.remove(url)
            when {
                cause == null -> println("DL: $url completed")
                cause is CancellationException -> println("DL: $url cancelled")
                else -> println("DL: $url failed: ${cause.message}")
            }
        }
        return job
    }

    fun cancelAll() {
        downloadScope.coroutineContext.cancelChildren()
        // cancelChildren() cancels all children but keeps the scope alive
    }

    fun shutdown() {
        scopeJob.cancel() // permanent — scope can't be reused
    }

    fun active() = activeDownloads.keys.sorted().joinToString(",", "[", "]")
}

fun main() = runBlocking {
    val dm = DownloadManager(coroutineContext)
    dm.download("a", 300)
    dm.download("b", 100, fail = true)
    dm.download("c", 1000)
    delay(50)
    dm.download("c", 150) // restarts c: the first one is cancelled
    delay(100)
    println("active: ${dm.active()}")
    delay(200)
    println("active: ${dm.active()}")
    dm.download("d", 500)
    dm.download("e", 500)
    delay(50)
    dm.cancelAll()
    delay(50)
    println("active after cancelAll: ${dm.active()}")
    dm.download("f", 50).join()
    dm.shutdown()
    val g = dm.download("g", 50)
    g.join()
    println("g cancelled=${g.isCancelled}")
}
