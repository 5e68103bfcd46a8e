// echo.go -- the Go peer of examples/echo-server/echo_server.c for
// bench/echo/run.sh: a TCP echo server on 127.0.0.1, one goroutine per
// connection, GOMAXPROCS = cores (Go's default; the GOMAXPROCS environment
// variable overrides it).
//
//	echo [PORT]        (0 or none: any free port)
//
// Prints "listening on PORT" once ready; SIGINT or SIGTERM stops it.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"
)

func serve(c net.Conn) {
	defer c.Close()
	buf := make([]byte, 16384) // as the asyncc server's
	for {
		n, err := c.Read(buf)
		if n > 0 {
			if _, werr := c.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func main() {
	port := "0"
	if len(os.Args) > 1 {
		port = os.Args[1]
	}
	ln, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	}
	fmt.Printf("listening on %d\n", ln.Addr().(*net.TCPAddr).Port)

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		<-sig
		ln.Close()
	}()
	for {
		c, err := ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return // by the signal
			}
			continue // EMFILE and the like
		}
		go serve(c)
	}
}
