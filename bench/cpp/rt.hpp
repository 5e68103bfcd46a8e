// rt.hpp -- a minimal single-threaded C++20 coroutine runtime: the C++ peer
// asyncc is benchmarked against (bench/cpp/README.md).  It is the floor of
// what stackless frames cost without any job semantics: no job objects, no
// exceptions as cancellation, no atomics, no threads.
//
//   task<T>        lazy: starts when co_awaited (or spawned); on completion
//                  it transfers symmetrically to whoever awaited it.
//   scope          spawn(task<void>) fire-and-forget children, co_await
//                  join(), cancel(): destroys every child still alive.
//   yield()        to the back of the ready queue.
//   sleep_for(d), delay(ms)   a timer in the scheduler's binary heap.
//   chan<T>(cap)   cap 0: rendezvous; cap n: buffered; close().
//   run(task)      the scheduler loop, until that task has finished.
//
// Cancellation is destruction.  A cancelled child's frame is destroyed where
// it is suspended, which runs the destructors of its locals and of the
// awaiter it is suspended in, innermost task first (a task object destroys
// the frame it owns).  Every awaiter that parks a coroutine unlinks it in
// its destructor from wherever it is registered: the timer heap, a
// channel's wait list, a scope's joiner, or the ready queue (its slot
// becomes a no-op handle).  So a cancelled child runs no further and leaves
// nothing dangling.  A child must not cancel its own scope.
#pragma once

#include <cerrno>
#include <chrono>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include <sys/mman.h>
#include <time.h>

namespace rt {

inline int64_t now_ns() noexcept
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// ------------------------------------------------------------ frame pool
//
// Every coroutine frame of this runtime is allocated here: the promises
// define operator new / sized operator delete.  Frames are rounded up to 16
// bytes and carved from 1 MiB slabs; a freed frame goes onto the free list
// of its size class and the next frame of that class reuses it, so there is
// no malloc/free pair and no malloc header per coroutine.  Larger frames
// go to ::operator new.  Slabs are mmap'ed so that trim() can give them
// back to the system (the memory benchmark measures RSS round after
// round).  Under AddressSanitizer (or with -DRT_NO_FRAME_POOL) every frame
// is a plain ::operator new, so that ASan sees use-after-free of a frame
// and LeakSanitizer sees a frame nobody destroyed.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) && !defined(RT_NO_FRAME_POOL)
#define RT_NO_FRAME_POOL 1
#endif
#endif

class frame_pool {
public:
    size_t live = 0;        // frames allocated and not yet freed
    size_t live_bytes = 0;  // their sizes, as the compiler asked for them

    void *alloc(size_t n)
    {
        ++live;
        live_bytes += n;
#ifndef RT_NO_FRAME_POOL
        size_t c = (n + kGrain - 1) / kGrain;  // n >= 16: a frame holds 2 pointers
        if (c < kClasses) {
            if (void *p = free_[c]) {
                free_[c] = *static_cast<void **>(p);
                return p;
            }
            return carve(c * kGrain);
        }
#endif
        return ::operator new(n);
    }

    void dealloc(void *p, size_t n) noexcept
    {
        --live;
        live_bytes -= n;
#ifndef RT_NO_FRAME_POOL
        size_t c = (n + kGrain - 1) / kGrain;
        if (c < kClasses) {
            *static_cast<void **>(p) = free_[c];
            free_[c] = p;
            return;
        }
#endif
        ::operator delete(p);
    }

    // Unmaps every slab, if no frame is alive.
    void trim() noexcept
    {
        if (live != 0)
            return;
        for (void *s : slabs_)
            munmap(s, kSlab);
        slabs_.clear();
        bump_ = end_ = nullptr;
        for (void *&f : free_)
            f = nullptr;
    }

private:
    static constexpr size_t kGrain = 16, kClasses = 1024 / kGrain + 1, kSlab = size_t(1) << 20;
    void *free_[kClasses] = {};
    char *bump_ = nullptr, *end_ = nullptr;
    std::vector<void *> slabs_;

    void *carve(size_t n)
    {
        if (size_t(end_ - bump_) < n) {  // the rest of the old slab is left unused
            void *s = mmap(nullptr, kSlab, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (s == MAP_FAILED)
                throw std::bad_alloc();
            slabs_.push_back(s);
            bump_ = static_cast<char *>(s);
            end_ = bump_ + kSlab;
        }
        void *p = bump_;
        bump_ += n;
        return p;
    }
};

inline frame_pool frames;

// ------------------------------------------------------------ intrusive list
//
// Wait lists and a scope's children are doubly linked through the waiting
// object itself (no allocation), so that a destroyed waiter unlinks in O(1).

template <class N> struct hook {
    N *prev = nullptr, *next = nullptr;
};

template <class N> class ilist {
public:
    bool empty() const noexcept { return !first_; }
    bool contains(const N *n) const noexcept { return n->prev || first_ == n; }

    void push_back(N *n) noexcept
    {
        n->prev = last_;
        n->next = nullptr;
        (last_ ? last_->next : first_) = n;
        last_ = n;
    }
    void unlink(N *n) noexcept
    {
        (n->prev ? n->prev->next : first_) = n->next;
        (n->next ? n->next->prev : last_) = n->prev;
        n->prev = n->next = nullptr;
    }
    void remove(N *n) noexcept
    {
        if (contains(n))
            unlink(n);
    }
    N *pop_front() noexcept
    {
        N *n = first_;
        if (n)
            unlink(n);
        return n;
    }
    N *pop_back() noexcept
    {
        N *n = last_;
        if (n)
            unlink(n);
        return n;
    }

private:
    N *first_ = nullptr, *last_ = nullptr;
};

// ------------------------------------------------------------ scheduler

struct sleep_op;

class scheduler {
public:
    // Ready queue: a power-of-two ring of handles.  Positions are
    // ever-increasing sequence numbers (slot = seq & mask), so that a
    // position stays valid when the ring grows and a cancelled coroutine
    // can blank its own slot: post() returns it, unqueue() blanks it if it
    // has not been taken yet.  Sequence numbers start at 1: 0 means "never
    // posted".
    uint64_t post(std::coroutine_handle<> h)
    {
        if (tail_ - head_ > mask_)
            grow();
        ring_[tail_ & mask_] = h;
        return tail_++;
    }
    void unqueue(uint64_t seq) noexcept
    {
        if (seq >= head_)
            ring_[seq & mask_] = std::noop_coroutine();
    }

    void add_timer(sleep_op *op);
    void remove_timer(size_t i) noexcept;

    // Runs ready coroutines, in passes: a pass resumes what was queued when
    // it began, then expired timers are queued; when nothing is ready the
    // loop sleeps until the earliest deadline.  Returns once `main` is done.
    void run_until(std::coroutine_handle<> main);

    // Gives the ring's and the timer heap's memory back, if they are empty.
    void trim()
    {
        if (head_ == tail_) {
            ring_ = std::vector<std::coroutine_handle<>>(kRing0);
            mask_ = kRing0 - 1;
        }
        if (timers_.empty())
            std::vector<timer>().swap(timers_);
    }
    size_t queue_bytes() const noexcept
    {
        return ring_.capacity() * sizeof ring_[0] + timers_.capacity() * sizeof(timer);
    }

private:
    static constexpr size_t kRing0 = 256;
    std::vector<std::coroutine_handle<>> ring_ = std::vector<std::coroutine_handle<>>(kRing0);
    uint64_t mask_ = kRing0 - 1, head_ = 1, tail_ = 1;

    // Binary min-heap of deadlines.  The entry keeps its deadline (no
    // pointer chasing to compare) and its sleep_op, which keeps its index
    // so that a cancelled sleeper removes itself in O(log n).
    struct timer {
        int64_t when;
        sleep_op *op;
    };
    std::vector<timer> timers_;

    void grow()
    {
        std::vector<std::coroutine_handle<>> r(ring_.size() * 2);
        uint64_t m = r.size() - 1;
        for (uint64_t s = head_; s != tail_; ++s)
            r[s & m] = ring_[s & mask_];
        ring_.swap(r);
        mask_ = m;
    }
    void place(size_t i, timer t) noexcept;
    void sift_up(size_t i) noexcept;
    void sift_down(size_t i) noexcept;
    void fire_timers(bool idle);
};

// One scheduler per process: this runtime is single-threaded.
inline scheduler sched;

// What every awaiter that parks a coroutine has: the handle to resume and,
// once woken, its ready-queue position, blanked if the waiter is destroyed
// (its coroutine cancelled) before the loop takes it.  Not copyable: wait
// lists point at it.
struct waiter {
    std::coroutine_handle<> h;
    uint64_t seq = 0;

    waiter() = default;
    waiter(const waiter &) = delete;
    waiter &operator=(const waiter &) = delete;
    ~waiter() { sched.unqueue(seq); }

    void wake() { seq = sched.post(h); }
};

// ------------------------------------------------------------ yield, sleep

struct yield_op : waiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> c)
    {
        h = c;
        wake();
    }
    void await_resume() const noexcept {}
};

inline yield_op yield() { return yield_op(); }

struct sleep_op : waiter {
    static constexpr size_t npos = SIZE_MAX;
    int64_t when;        // CLOCK_MONOTONIC ns; 0: do not suspend
    size_t idx = npos;   // position in the timer heap, npos when not in it

    explicit sleep_op(int64_t ns) : when(ns > 0 ? now_ns() + ns : 0) {}
    ~sleep_op()
    {
        if (idx != npos)
            sched.remove_timer(idx);
    }
    bool await_ready() const noexcept { return when == 0; }
    void await_suspend(std::coroutine_handle<> c)
    {
        h = c;
        sched.add_timer(this);
    }
    void await_resume() const noexcept {}
};

inline sleep_op sleep_for(std::chrono::nanoseconds d) { return sleep_op(d.count()); }
inline sleep_op delay(int64_t ms) { return sleep_op(ms * 1'000'000); }

inline void scheduler::place(size_t i, timer t) noexcept
{
    timers_[i] = t;
    t.op->idx = i;
}

inline void scheduler::sift_up(size_t i) noexcept
{
    timer t = timers_[i];
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (timers_[p].when <= t.when)
            break;
        place(i, timers_[p]);
        i = p;
    }
    place(i, t);
}

inline void scheduler::sift_down(size_t i) noexcept
{
    timer t = timers_[i];
    size_t n = timers_.size();
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && timers_[c + 1].when < timers_[c].when)
            c++;
        if (t.when <= timers_[c].when)
            break;
        place(i, timers_[c]);
        i = c;
    }
    place(i, t);
}

inline void scheduler::add_timer(sleep_op *op)
{
    timers_.push_back({op->when, op});
    sift_up(timers_.size() - 1);
}

inline void scheduler::remove_timer(size_t i) noexcept
{
    timers_[i].op->idx = sleep_op::npos;
    timer last = timers_.back();
    timers_.pop_back();
    if (i < timers_.size()) {  // the last entry fills the hole
        place(i, last);
        sift_down(i);
        sift_up(last.op->idx);
    }
}

inline void scheduler::fire_timers(bool idle)
{
    int64_t now = now_ns();
    if (idle && timers_[0].when > now) {
        int64_t when = timers_[0].when;
        timespec ts{time_t(when / 1'000'000'000), long(when % 1'000'000'000)};
        while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
        }
        now = now_ns();
    }
    while (!timers_.empty() && timers_[0].when <= now) {
        sleep_op *op = timers_[0].op;
        remove_timer(0);
        op->wake();
    }
}

inline void scheduler::run_until(std::coroutine_handle<> main)
{
    while (!main.done()) {
        for (uint64_t end = tail_; head_ != end;) {
            std::coroutine_handle<> h = ring_[head_ & mask_];
            ++head_;  // before resuming: unqueue(seq) tests seq >= head_
            h.resume();
        }
        if (!timers_.empty()) {
            fire_timers(head_ == tail_);
        } else if (head_ == tail_ && !main.done()) {
            std::fputs("rt: deadlock: nothing is ready and no timer is set\n", stderr);
            std::abort();
        }
    }
}

// ------------------------------------------------------------ tasks

template <class T = void> class task;
class scope;

namespace detail {

struct promise_base {
    std::coroutine_handle<> cont;  // the coroutine co_awaiting this one

    static void *operator new(size_t n) { return frames.alloc(n); }
    static void operator delete(void *p, size_t n) noexcept { frames.dealloc(p, n); }

    std::suspend_always initial_suspend() const noexcept { return {}; }
    void unhandled_exception() const noexcept { std::terminate(); }
};

// Hands control on when a frame finishes (symmetric transfer: no stack
// growth however long a chain of awaits).
struct final_op {
    bool await_ready() const noexcept { return false; }
    template <class P> std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept
    {
        return h.promise().finish(h);
    }
    void await_resume() const noexcept {}
};

template <class T> struct promise : promise_base {
    std::optional<T> value;

    task<T> get_return_object() noexcept;
    final_op final_suspend() const noexcept { return {}; }
    template <class U> void return_value(U &&v) { value.emplace(std::forward<U>(v)); }
    std::coroutine_handle<> finish(std::coroutine_handle<promise>) const noexcept
    {
        return cont ? cont : std::noop_coroutine();
    }
};

// A task<void> can also be a scope's child: then it is on the scope's list
// and frees itself when it finishes.
template <> struct promise<void> : promise_base, hook<promise<void>> {
    scope *owner = nullptr;  // set by scope::spawn
    uint64_t seq = 0;        // its ready-queue position when spawned

    task<void> get_return_object() noexcept;
    final_op final_suspend() const noexcept { return {}; }
    void return_void() const noexcept {}
    std::coroutine_handle<> finish(std::coroutine_handle<promise> h) noexcept;
};

}  // namespace detail

template <class T> class [[nodiscard]] task {
public:
    using promise_type = detail::promise<T>;
    using handle = std::coroutine_handle<promise_type>;

    explicit task(handle h) noexcept : h_(h) {}
    task(task &&o) noexcept : h_(std::exchange(o.h_, {})) {}
    task &operator=(task &&) = delete;
    ~task()
    {
        if (h_)
            h_.destroy();
    }

    handle get() const noexcept { return h_; }
    handle release() noexcept { return std::exchange(h_, {}); }

    struct awaiter {
        handle h;
        bool await_ready() const noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller) noexcept
        {
            h.promise().cont = caller;
            return h;  // start it now, on this thread of control
        }
        T await_resume()
        {
            if constexpr (!std::is_void_v<T>)
                return std::move(*h.promise().value);
        }
    };
    awaiter operator co_await() && noexcept { return awaiter{h_}; }
    awaiter operator co_await() & noexcept { return awaiter{h_}; }

private:
    handle h_;
};

template <class T> task<T> detail::promise<T>::get_return_object() noexcept
{
    return task<T>(task<T>::handle::from_promise(*this));
}

inline task<void> detail::promise<void>::get_return_object() noexcept
{
    return task<void>(task<void>::handle::from_promise(*this));
}

// ------------------------------------------------------------ scope

class scope {
    using child = detail::promise<void>;
    using child_handle = std::coroutine_handle<child>;

public:
    scope() = default;
    scope(const scope &) = delete;
    scope &operator=(const scope &) = delete;
    ~scope() { cancel(); }  // children do not outlive their scope

    bool empty() const noexcept { return children_.empty(); }

    // Queues t to start on the loop; the scope owns its frame from now on.
    void spawn(task<void> t)
    {
        child_handle h = t.release();
        child &p = h.promise();
        p.owner = this;
        children_.push_back(&p);
        p.seq = sched.post(h);
    }

    // co_await join(): until every child has finished (or been cancelled).
    // One joiner at a time.
    struct join_op : waiter {
        scope *s;
        explicit join_op(scope *sc) noexcept : s(sc) {}
        ~join_op()
        {
            if (s->joiner_ == this)
                s->joiner_ = nullptr;
        }
        bool await_ready() const noexcept { return s->children_.empty(); }
        void await_suspend(std::coroutine_handle<> c) noexcept
        {
            h = c;
            s->joiner_ = this;
        }
        void await_resume() const noexcept {}
    };
    join_op join() noexcept { return join_op(this); }

    // Destroys every child still alive, newest first (as destructors run;
    // and a timer heap filled in deadline order then loses its last entry
    // each time, O(1)).  A joiner is woken.
    void cancel()
    {
        while (child *p = children_.pop_back()) {
            sched.unqueue(p->seq);  // spawned but not started yet
            child_handle::from_promise(*p).destroy();
        }
        if (join_op *j = std::exchange(joiner_, nullptr))
            j->wake();
    }

private:
    friend child;
    ilist<child> children_;
    join_op *joiner_ = nullptr;

    // A child at its final suspend point: free it; the last one hands
    // control straight to the joiner.
    std::coroutine_handle<> child_done(child_handle h) noexcept
    {
        children_.unlink(&h.promise());
        h.destroy();  // nothing of the frame may be touched after this
        if (joiner_ && children_.empty())
            return std::exchange(joiner_, nullptr)->h;
        return std::noop_coroutine();
    }
};

inline std::coroutine_handle<> detail::promise<void>::finish(std::coroutine_handle<promise> h) noexcept
{
    if (scope *s = owner)
        return s->child_done(h);
    return cont ? cont : std::noop_coroutine();
}

// ------------------------------------------------------------ channels
//
// chan<T>(0) is a rendezvous channel: send suspends until a receiver takes
// the value.  chan<T>(n) buffers up to n values.  A woken coroutine is
// queued at the back of the ready queue; the one that woke it goes on.
// close(): later sends fail (co_await send() is false), receivers drain
// the buffer and then get nullopt; waiting senders fail, waiting receivers
// get nullopt.  T must be default-constructible (the buffer is a vector).

template <class T> class chan {
public:
    explicit chan(size_t capacity = 0) : buf_(capacity) {}
    chan(const chan &) = delete;
    chan &operator=(const chan &) = delete;

    struct send_op : waiter, hook<send_op> {
        chan *c;
        T value;
        bool ok = true;
        send_op(chan *ch, T v) : c(ch), value(std::move(v)) {}
        ~send_op() { c->senders_.remove(this); }
        bool await_ready() { return c->try_send(*this); }
        void await_suspend(std::coroutine_handle<> k)
        {
            h = k;
            c->senders_.push_back(this);
        }
        bool await_resume() const noexcept { return ok; }
    };

    struct recv_op : waiter, hook<recv_op> {
        chan *c;
        std::optional<T> value;
        explicit recv_op(chan *ch) : c(ch) {}
        ~recv_op() { c->receivers_.remove(this); }
        bool await_ready() { return c->try_recv(*this); }
        void await_suspend(std::coroutine_handle<> k)
        {
            h = k;
            c->receivers_.push_back(this);
        }
        std::optional<T> await_resume() { return std::move(value); }
    };

    send_op send(T v) { return send_op(this, std::move(v)); }
    recv_op recv() { return recv_op(this); }

    void close()
    {
        closed_ = true;
        while (recv_op *r = receivers_.pop_front())
            r->wake();
        while (send_op *s = senders_.pop_front()) {
            s->ok = false;
            s->wake();
        }
    }

private:
    std::vector<T> buf_;  // ring of capacity buf_.size()
    size_t head_ = 0, count_ = 0;
    bool closed_ = false;
    ilist<send_op> senders_;    // waiting: the buffer is full (or there is none)
    ilist<recv_op> receivers_;  // waiting: the buffer is empty

    void push(T &&v)
    {
        size_t i = head_ + count_++;
        buf_[i < buf_.size() ? i : i - buf_.size()] = std::move(v);
    }
    T pop()
    {
        T v = std::move(buf_[head_]);
        if (++head_ == buf_.size())
            head_ = 0;
        --count_;
        return v;
    }

    // Completes s without suspending if it can.
    bool try_send(send_op &s)
    {
        if (closed_) {
            s.ok = false;
            return true;
        }
        if (recv_op *r = receivers_.pop_front()) {
            r->value.emplace(std::move(s.value));
            r->wake();
            return true;
        }
        if (count_ < buf_.size()) {
            push(std::move(s.value));
            return true;
        }
        return false;
    }

    // Completes r without suspending if it can.
    bool try_recv(recv_op &r)
    {
        if (count_ > 0) {
            r.value.emplace(pop());
            if (send_op *s = senders_.pop_front()) {  // its value takes the freed slot
                push(std::move(s->value));
                s->wake();
            }
            return true;
        }
        if (send_op *s = senders_.pop_front()) {
            r.value.emplace(std::move(s->value));
            s->wake();
            return true;
        }
        return closed_;
    }
};

// ------------------------------------------------------------ run

// Runs t on the scheduler loop until it has finished; returns its result.
template <class T> T run(task<T> t)
{
    auto h = t.get();
    sched.post(h);
    sched.run_until(h);
    if constexpr (!std::is_void_v<T>)
        return std::move(*h.promise().value);
}

}  // namespace rt
