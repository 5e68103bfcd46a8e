// Scenario: job_children
// Checks: job.children lists exactly the direct children (in launch order), not grandchildren;
// a grandchild is listed under its own parent; completed children disappear from the list;
// the coroutine's own Job (coroutineContext[Job]) is the job returned by launch.
// (kotlinx 1.0.1 has no Job.parent, so the parent relation is checked through children.)
// Source: 000 jobs guide, "Parent-Child Relationship" and "How the parent-child link is
// established".
import kotlinx.coroutines.*

fun main() = runBlocking {
    lateinit var parentJob: Job
    lateinit var child1: Job
    lateinit var child2: Job
    lateinit var grandchild: Job
    parentJob = launch {
        child1 = launch { delay(300) }
        child2 = launch {
            grandchild = launch { delay(100) }
        }
        println("parent: own job is the launched job: ${coroutineContext[Job] === parentJob}")
    }
    delay(10)
    val kids = parentJob.children.toList()
    println("parent children: ${kids.size}")
    println("children[0] is child1: ${kids[0] === child1}")
    println("children[1] is child2: ${kids[1] === child2}")
    println("grandchild in parent.children: ${kids.contains(grandchild)}")
    println("child2 children: ${child2.children.count()}, is grandchild: ${child2.children.firstOrNull() === grandchild}")
    println("child1 children: ${child1.children.count()}")
    println("parentJob in runBlocking children: ${coroutineContext[Job]!!.children.contains(parentJob)}")
    delay(200)
    println("after grandchild done: parent children=${parentJob.children.count()} child2 children=${child2.children.count()}")
    parentJob.join()
    println("after join: parent children=${parentJob.children.count()}")
}
