// Go peers of the asyncc benchmarks (bench/README.md).  Run as
//
//	bench WORKLOAD CASE N ROUNDS WARMUP
//
// and prints one RESULT line per measured round, as the C programs do.
// GOMAXPROCS is set by the case: *-p1 cases use 1, the others all cores.
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
)

func spawnJoin(n int) uint64 {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Wait()
	return 0
}

// n switches: two goroutines calling runtime.Gosched() n/2 times each (the
// cases gosched-p1, GOMAXPROCS=1, and gosched, GOMAXPROCS = cores).
func yieldGosched(n int) uint64 {
	m := n / 2
	var wg sync.WaitGroup
	wg.Add(2)
	for k := 0; k < 2; k++ {
		go func() {
			for i := 0; i < m; i++ {
				runtime.Gosched()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	return 0
}

// n switches: n/2 round trips over two unbuffered channels.
func yieldChan(n int) uint64 {
	m := n / 2
	ping, pong := make(chan int), make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			pong <- v
		}
		close(done)
	}()
	for i := 0; i < m; i++ {
		ping <- i
		<-pong
	}
	close(ping)
	<-done
	return 0
}

// chan_pingpong: n round trips over two unbuffered channels, the main
// goroutine sending 0..n-1 and summing the replies; it waits for the echo
// goroutine to end, as the coroutine scopes of the other two do.
func chanPingpong(n int) uint64 {
	ping, pong := make(chan int), make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			pong <- v
		}
		close(done)
	}()
	var sum uint64
	for i := 0; i < n; i++ {
		ping <- i
		sum += uint64(<-pong)
	}
	close(ping)
	<-done
	return sum
}

// chan_buffered: a goroutine sends 0..n-1 into a channel of capacity 64
// and closes it; the main goroutine sums what it receives.
func chanBuffered(n int) uint64 {
	ch := make(chan int, 64)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	var sum uint64
	for v := range ch {
		sum += uint64(v)
	}
	return sum
}

// sleepers starts n goroutines that each wait an hour for a timer or for
// ctx to be cancelled, and returns once every one has started (with
// GOMAXPROCS=1 each runs until it blocks in its select before the next
// one starts).  done.Wait() waits for them to end.
func sleepers(ctx context.Context, n int, done *sync.WaitGroup) {
	var started sync.WaitGroup
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer done.Done()
			// time.NewTimer + Stop rather than time.After: before Go 1.23
			// the timer of a time.After is freed only when it fires.
			t := time.NewTimer(time.Hour)
			defer t.Stop()
			started.Done()
			select {
			case <-t.C:
			case <-ctx.Done():
			}
		}()
	}
	started.Wait()
	runtime.Gosched() // let the last one reach its select
}

// rss is VmRSS from /proc/self/status in bytes, after a garbage
// collection (as the JVM's reading is after System.gc()).
func rss() int64 {
	runtime.GC()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var kb int64
		if _, err := fmt.Sscanf(sc.Text(), "VmRSS: %d kB", &kb); err == nil {
			return kb * 1024
		}
	}
	return -1
}

// memory: bytes of RSS per goroutine waiting in a one-hour select, n of
// them at once; then they are cancelled, and the heap is given back to the
// system before the next round.
func memory(n int) float64 {
	debug.FreeOSMemory()
	before := rss()
	ctx, cancel := context.WithCancel(context.Background())
	var done sync.WaitGroup
	sleepers(ctx, n, &done)
	after := rss()
	cancel()
	done.Wait()
	if before < 0 || after < 0 {
		fmt.Fprintln(os.Stderr, "memory: cannot read VmRSS from /proc/self/status")
		os.Exit(1)
	}
	per := float64(after-before) / float64(n)
	fmt.Fprintf(os.Stderr, "memory go: %.0f B per waiting goroutine: %.1f million fit in 4 GiB\n",
		per, 4294967296.0/per/1e6)
	return per
}

// cancel_storm: ns per goroutine of cancelling the context n waiting
// goroutines select on, until the last one has ended.
func cancelStorm(n int) float64 {
	ctx, cancel := context.WithCancel(context.Background())
	var done sync.WaitGroup
	sleepers(ctx, n, &done)
	t0 := time.Now()
	cancel()
	done.Wait()
	return float64(time.Since(t0).Nanoseconds()) / float64(n)
}

func mix(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

func sumRange(lo, hi uint64) uint64 {
	var s uint64
	for i := lo; i < hi; i++ {
		s += mix(i)
	}
	return s
}

const tasks = 64

func fanout(n int) uint64 {
	total := uint64(n)
	chunk := total / tasks
	results := make([]uint64, tasks)
	var wg sync.WaitGroup
	wg.Add(tasks)
	for i := 0; i < tasks; i++ {
		lo, hi := uint64(i)*chunk, uint64(i+1)*chunk
		if i == tasks-1 {
			hi = total
		}
		go func(i int, lo, hi uint64) {
			results[i] = sumRange(lo, hi)
			wg.Done()
		}(i, lo, hi)
	}
	wg.Wait()
	var s uint64
	for _, r := range results {
		s += r
	}
	return s
}

func main() {
	if len(os.Args) != 6 {
		fmt.Fprintln(os.Stderr, "usage: bench WORKLOAD CASE N ROUNDS WARMUP")
		os.Exit(2)
	}
	workload, cas := os.Args[1], os.Args[2]
	n, _ := strconv.Atoi(os.Args[3])
	rounds, _ := strconv.Atoi(os.Args[4])
	warmup, _ := strconv.Atoi(os.Args[5])
	var f func(int) uint64
	var measure func(int) float64 // measures itself: memory, cancel_storm
	unit, ops := "ns/op", float64(n)
	switch workload + "/" + cas {
	case "memory/st-p1":
		measure, unit = memory, "B/coro"
	case "cancel_storm/st-p1":
		measure = cancelStorm
	case "spawn_join/st-p1", "spawn_join/mt":
		f = spawnJoin
	case "yield/gosched-p1", "yield/gosched":
		f, ops = yieldGosched, float64(n/2*2)
	case "yield/chan-p1":
		f, ops = yieldChan, float64(n/2*2)
	case "fanout/mt":
		f, unit = fanout, "ms"
	case "chan_pingpong/st-p1", "chan_pingpong/mt":
		f = chanPingpong
	case "chan_buffered/st-p1", "chan_buffered/mt":
		f = chanBuffered
	default:
		fmt.Fprintf(os.Stderr, "unknown workload/case %s/%s\n", workload, cas)
		os.Exit(2)
	}
	if strings.HasSuffix(cas, "-p1") {
		runtime.GOMAXPROCS(1)
	} else {
		runtime.GOMAXPROCS(runtime.NumCPU())
	}
	for r := 0; r < warmup+rounds; r++ {
		if measure != nil {
			v := measure(n)
			if r >= warmup {
				fmt.Printf("RESULT name=%s case=%s impl=go unit=%s value=%.3f n=%d check=0\n",
					workload, cas, unit, v, n)
			}
			continue
		}
		t0 := time.Now()
		check := f(n)
		d := time.Since(t0)
		if want := uint64(n) * uint64(n-1) / 2; strings.HasPrefix(workload, "chan_") && check != want {
			fmt.Fprintf(os.Stderr, "%s/%s: sum %d, expected %d\n", workload, cas, check, want)
			os.Exit(1)
		}
		if r < warmup {
			continue
		}
		v := float64(d.Nanoseconds()) / ops
		if unit == "ms" {
			v = float64(d.Nanoseconds()) / 1e6
		}
		fmt.Printf("RESULT name=%s case=%s impl=go unit=%s value=%.3f n=%d check=%x\n",
			workload, cas, unit, v, n, check)
	}
}
