// Scenario: completion_causes
// Checks: invokeOnCompletion receives cause == null for normal completion, a
// CancellationException for cancellation, and the original exception for failure; the
// classification `when { cause == null; cause is CancellationException; else }` from the
// guide's DownloadManager gives "completed" / "cancelled" / "failed".
// Source: 000 jobs guide, "Custom scope with SupervisorJob for a specific feature"
// (job.invokeOnCompletion { cause -> when { ... } }) and "Edge case 6".
import kotlinx.coroutines.*
import java.io.IOException

fun classify(name: String, cause: Throwable?) = when {
    cause == null -> "$name completed"
    cause is CancellationException -> "$name cancelled"
    else -> "$name failed: ${cause::class.simpleName}: ${cause.message}"
}

fun main() = runBlocking {
    val handler = CoroutineExceptionHandler { _, e -> println("handler: ${e::class.simpleName}") }
    val supervisor = SupervisorJob()
    val scope = CoroutineScope(coroutineContext + supervisor + handler)
    val ok = scope.launch { delay(100) }
    val cancelled = scope.launch { delay(Long.MAX_VALUE) }
    val failed = scope.launch { delay(300); throw IOException("network down") }
    ok.invokeOnCompletion { println(classify("ok", it)) }
    cancelled.invokeOnCompletion { println(classify("cancelled", it)) }
    failed.invokeOnCompletion { println(classify("failed", it)) }
    delay(200)
    cancelled.cancel()
    joinAll(ok, cancelled, failed)
    supervisor.cancel()
}
