// A translated source that includes "local.h" from its own directory
// compiles from another directory (asyncc-cc adds -iquote <its dir>).  The
// dependency output names the original source and its headers, never the
// temporary copy, with the names the compiler gives without asyncc-cc:
// -MD -c without -o writes with-header.d for target with-header.o in the
// current directory, -MMD -o names both after the -o file, -MF/-MT are
// kept, -M prints the rule to stdout, and -E's line markers name the source.
// RUN: rm -rf %t && mkdir -p %t/tmp %t/obj && cd %t
// RUN: env TMPDIR=%t/tmp %asyncc-cc %gcc -MD -c %inputs/local/with-header.c
// RUN: FileCheck --check-prefix=MD --implicit-check-not=asyncc-cc. -DSRC=%inputs/local/with-header.c %s < %t/with-header.d
// RUN: %clang %t/with-header.o %rt -o %t/prog && %run %t/prog | FileCheck --check-prefix=PROG %s
// RUN: env TMPDIR=%t/tmp %asyncc-cc %clang -MMD -c %inputs/local/with-header.c -o obj/x.o
// RUN: FileCheck --check-prefix=MMD --implicit-check-not=asyncc-cc. -DSRC=%inputs/local/with-header.c %s < %t/obj/x.d
// RUN: env TMPDIR=%t/tmp %asyncc-cc %gcc -MD -MF %t/obj/named.d -MT mytarget -c %inputs/local/with-header.c -o obj/y.o
// RUN: FileCheck --check-prefix=MF --implicit-check-not=asyncc-cc. -DSRC=%inputs/local/with-header.c %s < %t/obj/named.d
// RUN: env TMPDIR=%t/tmp %asyncc-cc %gcc -MM %inputs/local/with-header.c \
// RUN:   | FileCheck --check-prefix=MM --implicit-check-not=asyncc-cc. -DSRC=%inputs/local/with-header.c %s
// RUN: env TMPDIR=%t/tmp %asyncc-cc %clang -E %inputs/local/with-header.c \
// RUN:   | FileCheck --check-prefix=E --implicit-check-not=asyncc-cc. -DSRC=%inputs/local/with-header.c %s
// RUN: ls -A %t/tmp | count 0

// MD: {{^}}with-header.o:
// MD: [[SRC]]
// MD: /local.h
// MMD: {{^}}obj/x.o:
// MMD: [[SRC]]
// MMD: /local.h
// MF: {{^}}mytarget:
// MF: [[SRC]]
// MF: /local.h
// MM: {{^}}with-header.o:
// MM: [[SRC]]
// MM: /local.h
// E: # 1 "[[SRC]]"
// E: hello from local.h
// PROG: hello from local.h
