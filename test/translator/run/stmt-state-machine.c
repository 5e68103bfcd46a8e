// A user-written state machine `for (;;) switch (state)` with suspensions in every case, continue inside the switch re-dispatching the loop, break leaving only the switch, and return from a case
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

enum st { S_START, S_NUM, S_OP, S_END };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int next_char(const char *s, int *pos)
{
    ac_yield();
    return s[(*pos)++];
}

SUSPEND static long eval(const char *s)
{
    enum st state = S_START;
    int pos = 0, c = 0, sign = 1, transitions = 0, after_switch = 0;
    long total = 0, cur = 0;
    for (;;) {
        transitions++;
        switch (state) {
        case S_START:
            c = next_char(s, &pos);
            state = c ? S_NUM : S_END;
            continue;
        case S_NUM:
            if (c >= '0' && c <= '9') {
                cur = cur * 10 + (c - '0');
                c = next_char(s, &pos);
                continue;
            }
            total += sign * cur;
            cur = 0;
            state = c ? S_OP : S_END;
            break;
        case S_OP:
            sign = id(c == '-' ? -1 : 1);
            c = next_char(s, &pos);
            state = S_NUM;
            break;
        case S_END:
            ac_yield();
            printf("eval(\"%s\") = %ld transitions=%d after_switch=%d\n", s, total,
                   transitions, after_switch);
            return total;
        }
        ac_yield();
        after_switch++;
    }
}

SUSPEND static int main_co(void)
{
    long a = eval("12+345-6");
    long b = eval("7");
    long c = eval("");
    long d = eval("1-1-1");
    return (int)(a + b + c + d);
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
// CHECK: eval("12+345-6") = 351 transitions=13 after_switch=5
// CHECK-NEXT: eval("7") = 7 transitions=4 after_switch=1
// CHECK-NEXT: eval("") = 0 transitions=2 after_switch=0
// CHECK-NEXT: eval("1-1-1") = -1 transitions=10 after_switch=5
// CHECK-NEXT: result 357
// CHECK-NEXT: done
