// A small Make project built with make CC="asyncc-cc gcc": every object is
// compiled through the wrapper (main.c and worker.c translated, util.c as
// it is), the program links and runs, and the -MMD dependency files name
// the project's own sources and headers, so touching worker.h makes the
// objects out of date.
// RUN: rm -rf %t && mkdir -p %t/tmp && cp -r %inputs/make %t/proj
// RUN: env TMPDIR=%t/tmp make -s -C %t/proj CC="%asyncc-cc %gcc" LDLIBS="%rt"
// RUN: %run %t/proj/prog | FileCheck %s
// RUN: FileCheck --check-prefix=DEP --implicit-check-not=asyncc-cc. %s < %t/proj/worker.d
// RUN: env TMPDIR=%t/tmp make -q -C %t/proj CC="%asyncc-cc %gcc" LDLIBS="%rt"
// RUN: touch %t/proj/worker.h
// RUN: not make -q -C %t/proj CC="%asyncc-cc %gcc" LDLIBS="%rt"
// RUN: ls -A %t/tmp | count 0
// CHECK: make project: 100
// DEP: {{^}}worker.o:
// DEP: {{(^| )}}worker.c{{( |$)}}
// DEP: {{(^| )}}worker.h{{( |$)}}
