// ac_async of a suspend function returning a struct (with an array inside) and AC_AWAIT(struct T, d), including member access on the awaited value and two deferreds of the same function.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct Stats {
    int count;
    double mean;
    char label[16];
    int hist[8];
};

SUSPEND static struct Stats gather(const char *label, int base, int ms) {
    struct Stats st;
    st.count = 0;
    int sum = 0;
    for (int i = 0; i < 8; i++) {
        st.hist[i] = base + i;
        sum += st.hist[i];
        st.count++;
        if (i == 3)
            ac_delay(ms);
    }
    st.mean = (double)sum / st.count;
    snprintf(st.label, sizeof st.label, "%s", label);
    printf("gathered %s\n", label);
    return st;
}

SUSPEND static int main_co(void) {
    int result = 0;
    ac_coroutine_scope(s) {
        ac_deferred *d1 = ac_async(s, gather("first", 10, 20));
        ac_deferred *d2 = ac_async(s, gather("second", 100, 5));
        struct Stats a = AC_AWAIT(struct Stats, d1);
        printf("%s count=%d mean=%.1f h0=%d h7=%d\n", a.label, a.count, a.mean, a.hist[0], a.hist[7]);
        int h3 = AC_AWAIT(struct Stats, d2).hist[3];
        printf("second h3=%d label=%s\n", h3, AC_AWAIT(struct Stats, d2).label);
        result = a.hist[7] + h3;
    }
    printf("after scope\n");
    return result;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// P awaits d1 (delay 20 ms) while d2 (delay 5 ms) finishes first:
// "gathered second", then "gathered first", then P resumes.
// first: hist 10..17, mean 13.5; second: hist 100..107, hist[3] = 103.
// CHECK: gathered second
// CHECK-NEXT: gathered first
// CHECK-NEXT: first count=8 mean=13.5 h0=10 h7=17
// CHECK-NEXT: second h3=103 label=second
// CHECK-NEXT: after scope
// CHECK-NEXT: result=120
// CHECK-NEXT: done
