// Scenario: guide_search_debounce
// Checks: keeping a Job reference to cancel the previous run: each search() cancels the
// previous search job before launching a new one, so only the last query within the debounce
// window completes; the independent filter job is not affected by cancelling searches; the
// scope cancellation cancels what is still running.
// Adapted from the guide: viewModelScope -> CoroutineScope(SupervisorJob()) on runBlocking's
// event loop; repository calls replaced by println; debounce 300 ms as in the guide.
// Source: 000 jobs guide, "Cancellable job references in ViewModel" (SearchViewModel).
import kotlinx.coroutines.*
import kotlin.coroutines.CoroutineContext

class SearchViewModel(parentContext: CoroutineContext) {
    val scopeJob = SupervisorJob()
    private val viewModelScope = CoroutineScope(parentContext + scopeJob)
    private var searchJob: Job? = null
    private var filterJob: Job? = null

    fun search(query: String) {
        searchJob?.cancel() // cancel previous search only
        searchJob = viewModelScope.launch {
            try {
                delay(300) // debounce
                println("results for '$query'")
            } catch (e: CancellationException) {
                println("search '$query' cancelled")
                throw e
            }
        }
    }

    fun applyFilter(filter: String) {
        filterJob?.cancel() // cancel previous filter only
        filterJob = viewModelScope.launch {
            delay(200)
            println("filter '$filter' applied")
        }
    }

    fun onCleared() = scopeJob.cancel()
}

fun main() = runBlocking {
    val vm = SearchViewModel(coroutineContext)
    vm.applyFilter("recent")
    vm.search("k")
    delay(50)
    vm.search("ko")
    delay(50)
    vm.search("kot")
    delay(500)
    vm.search("kotlin")
    delay(50)
    vm.onCleared()
    delay(10)
    println("cleared")
}
