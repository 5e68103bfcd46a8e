// Enum locals (file-scope enum, enum type declared inside the suspend function, anonymous enum constants) keep their values across suspensions, including in a switch after a yield
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

enum color { RED = 1, GREEN = 2, BLUE = 4 };
enum { LIMIT = 3 };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static enum color next_color(enum color c)
{
    ac_yield();
    return c == BLUE ? RED : (enum color)(c * 2);
}

static const char *color_name(enum color c)
{
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    }
    return "?";
}

SUSPEND static int main_co(void)
{
    enum color c = RED;
    enum dir { NORTH, EAST = 10, SOUTH, WEST = -1 } d = EAST;
    for (int k = 0; k < 5; k++) {
        c = next_color(c);
        printf("step %d: %s\n", k, color_name(c));
    }
    ac_yield();
    printf("d=%d\n", (int)d);
    d = (enum dir)id(SOUTH);
    ac_yield();
    switch (d) {
    case NORTH: puts("north"); break;
    case EAST: puts("east"); break;
    case SOUTH: printf("south %d\n", (int)d); break;
    case WEST: puts("west"); break;
    }
    enum dir d2 = WEST;
    enum color c2 = next_color(c);
    printf("d2=%d c2=%s c=%s\n", (int)d2, color_name(c2), color_name(c));
    return (int)c + (int)d + id(LIMIT);
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_blocking(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: step 0: green
// CHECK-NEXT: step 1: blue
// CHECK-NEXT: step 2: red
// CHECK-NEXT: step 3: green
// CHECK-NEXT: step 4: blue
// CHECK-NEXT: d=10
// CHECK-NEXT: south 11
// CHECK-NEXT: d2=-1 c2=red c=blue
// CHECK-NEXT: result 18
// CHECK-NEXT: done
