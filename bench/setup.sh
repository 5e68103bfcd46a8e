#!/usr/bin/env bash
# Installs the peers the benchmarks compare asyncc with (Debian packages):
# Go (golang-go) and Kotlin with kotlinx.coroutines 1.0.1, and gnuplot-nox
# for run.sh's chart.  Run as root.  (The pthreads peer needs only cc;
# translate's reference, clang-19, comes with scripts/setup.sh.)
# The asyncc build itself needs scripts/setup.sh (libclang, cmake, ninja).
set -euo pipefail
SUDO=
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends \
    golang-go kotlin libkotlinx-coroutines-java libkotlinx-atomicfu-java gnuplot-nox
go version
kotlinc -version 2>&1 | tail -n 1
gnuplot --version
