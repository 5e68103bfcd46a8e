// C++20 coroutine peers of the asyncc benchmarks (bench/README.md,
// bench/cpp/README.md), on the runtime of rt.hpp.  Run as
//
//   bench WORKLOAD CASE N ROUNDS WARMUP
//
// and prints one RESULT line per measured round (impl=cpp20), as the C and
// Go programs do.  Every case is st: one thread, rt::run's loop.
#include "rt.hpp"

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <malloc.h>

using rt::task;

static constexpr int64_t kHourMs = 3'600'000;

// VmRSS of /proc/self/status in bytes, -1 if it cannot be read.
static long rss_bytes()
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmRSS: %ld kB", &kb) == 1)
            break;
    std::fclose(f);
    return kb < 0 ? -1 : kb * 1024;
}

[[noreturn]] static void fail(const char *what)
{
    std::fprintf(stderr, "cpp20: %s\n", what);
    std::exit(1);
}

// ------------------------------------------------------------ spawn_join

static task<> nothing() { co_return; }

static task<uint64_t> spawn_join(long n)
{
    rt::scope s;
    for (long i = 0; i < n; i++)
        s.spawn(nothing());
    co_await s.join();
    co_return 0;
}

// ------------------------------------------------------------ yield

static task<> yielder(long m)
{
    for (long i = 0; i < m; i++)
        co_await rt::yield();
}

static task<uint64_t> yield2(long n)
{
    rt::scope s;
    s.spawn(yielder(n / 2));
    s.spawn(yielder(n / 2));
    co_await s.join();
    co_return 0;
}

// ------------------------------------------------------------ channels
//
// The channels are locals of the coroutine that joins (or cancels, in its
// scope's destructor) every coroutine using them, so references are safe.

static task<> echo(rt::chan<long> &ping, rt::chan<long> &pong)
{
    while (auto v = co_await ping.recv())
        co_await pong.send(*v);
}

static task<uint64_t> pinger(rt::chan<long> &ping, rt::chan<long> &pong, long n)
{
    uint64_t sum = 0;
    for (long i = 0; i < n; i++) {
        co_await ping.send(i);
        sum += uint64_t(*co_await pong.recv());
    }
    ping.close();
    co_return sum;
}

// The echo is spawned; the pinger is a lazy task awaited in place.
static task<uint64_t> chan_pingpong(long n)
{
    rt::chan<long> ping, pong;
    rt::scope s;
    s.spawn(echo(ping, pong));
    uint64_t sum = co_await pinger(ping, pong, n);
    co_await s.join();
    co_return sum;
}

static task<> producer(rt::chan<long> &ch, long n)
{
    for (long i = 0; i < n; i++)
        co_await ch.send(i);
    ch.close();
}

// The producer is spawned; this coroutine is the consumer (as Go's main).
static task<uint64_t> chan_buffered(long n)
{
    rt::chan<long> ch(64);
    rt::scope s;
    s.spawn(producer(ch, n));
    uint64_t sum = 0;
    while (auto v = co_await ch.recv())
        sum += uint64_t(*v);
    co_await s.join();
    co_return sum;
}

// ------------------------------------------------------------ memory, cancel_storm

static long started, woke;  // sleepers past their first statement / past their delay

static task<> sleeper()
{
    started++;
    co_await rt::delay(kHourMs);
    woke++;  // never: they are all cancelled
}

// Spawns n sleepers into s and returns once all are suspended in delay().
static task<> spawn_sleepers(rt::scope &s, long n)
{
    started = woke = 0;
    for (long i = 0; i < n; i++)
        s.spawn(sleeper());
    while (started < n)  // the loop runs them in spawn order, before us
        co_await rt::yield();
}

struct memory_result {
    long before, after;
    size_t frame_bytes, queue_bytes;  // frame pool bytes, ready ring + timer heap
};

static task<memory_result> memory(long n)
{
    memory_result m{};
    size_t frames0 = rt::frames.live_bytes;
    m.before = rss_bytes();
    rt::scope s;
    co_await spawn_sleepers(s, n);
    m.after = rss_bytes();
    m.frame_bytes = rt::frames.live_bytes - frames0;
    m.queue_bytes = rt::sched.queue_bytes();
    s.cancel();
    co_return m;
}

// Returns the ns that cancel() and the join after it took.
static task<int64_t> cancel_storm(long n)
{
    rt::scope s;
    co_await spawn_sleepers(s, n);
    int64_t t0 = rt::now_ns();
    s.cancel();
    co_await s.join();
    int64_t ns = rt::now_ns() - t0;
    if (!s.empty())
        fail("cancel_storm: children left after cancel");
    co_return ns;
}

// ------------------------------------------------------------ main

static void result(const char *name, const char *unit, double value, long n, uint64_t check)
{
    std::printf("RESULT name=%s case=st impl=cpp20 unit=%s value=%.3f n=%ld check=%" PRIx64 "\n", name, unit,
                value, n, check);
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: bench WORKLOAD CASE N ROUNDS WARMUP\n");
        return 2;
    }
    std::string w = argv[1];
    long n = std::atol(argv[3]);
    int rounds = std::atoi(argv[4]), warmup = std::atoi(argv[5]);
    if (std::strcmp(argv[2], "st") != 0 || n <= 0 || rounds <= 0 || warmup < 0 ||
        (w != "spawn_join" && w != "yield" && w != "chan_pingpong" && w != "chan_buffered" && w != "memory" &&
         w != "cancel_storm")) {
        std::fprintf(stderr, "bench: unknown workload/case %s/%s, or bad N ROUNDS WARMUP\n", argv[1], argv[2]);
        return 2;
    }
    if (w == "yield" && n < 2)
        fail("yield needs N >= 2");
    const uint64_t want = uint64_t(n) * uint64_t(n - 1) / 2;

    for (int r = 0; r < warmup + rounds; r++) {
        const char *unit = "ns/op";
        double value;
        uint64_t check = 0;
        int64_t t0 = rt::now_ns();
        if (w == "spawn_join") {
            check = rt::run(spawn_join(n));
            value = double(rt::now_ns() - t0) / double(n);
        } else if (w == "yield") {
            check = rt::run(yield2(n));
            value = double(rt::now_ns() - t0) / double(n / 2 * 2);
        } else if (w == "chan_pingpong" || w == "chan_buffered") {
            check = rt::run(w == "chan_pingpong" ? chan_pingpong(n) : chan_buffered(n));
            value = double(rt::now_ns() - t0) / double(n);
            if (check != want) {
                std::fprintf(stderr, "%s/st: sum %" PRIu64 ", expected %" PRIu64 "\n", w.c_str(), check, want);
                return 1;
            }
        } else if (w == "memory") {
            memory_result m = rt::run(memory(n));
            if (m.before < 0 || m.after < 0)
                fail("memory: cannot read VmRSS from /proc/self/status");
            unit = "B/coro";
            value = double(m.after - m.before) / double(n);
            if (r >= warmup)
                std::fprintf(stderr,
                             "memory cpp20: %.0f B per suspended coroutine: %.1f million fit in 4 GiB "
                             "(frames %.0f B, ready ring + timer heap %.0f B per coroutine)\n",
                             value, value > 0 ? 4294967296.0 / value / 1e6 : 0.0, double(m.frame_bytes) / double(n),
                             double(m.queue_bytes) / double(n));
        } else {  // cancel_storm
            value = double(rt::run(cancel_storm(n))) / double(n);
        }
        if ((w == "memory" || w == "cancel_storm") && (started != n || woke != 0))
            fail("a sleeper did not start, or ran past its cancellation");
        if (rt::frames.live != 0)
            fail("coroutine frames left alive after the round");
        if (w == "memory") {  // every round starts from the same RSS: give it all back
            rt::frames.trim();
            rt::sched.trim();
            malloc_trim(0);
        }
        if (r >= warmup)
            result(w.c_str(), unit, value, n, check);
    }
    return 0;
}
