// Struct and union types declared inside the suspend function body (also a self-referential one in a nested block) are usable for locals, arrays and pointers that live across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    struct item { const char *name; int qty; double price; };
    struct item cart[3] = {{"apple", 3, 0.5}, {"pear", 2, 0.75}, {"fig", 10, 0.2}};
    struct item *cheapest = &cart[0];
    ac_yield();
    double total = 0;
    for (int k = 0; k < 3; k++) {
        total += cart[k].qty * cart[k].price;
        if (cart[k].price < cheapest->price)
            cheapest = &cart[k];
        ac_yield();
    }
    printf("total=%.2f cheapest=%s sizeof=%zu\n", total, cheapest->name,
           sizeof(struct item));
    {
        struct node { int v; struct node *next; };
        struct node c = {3, NULL};
        struct node b = {2, &c};
        struct node a = {1, &b};
        ac_yield();
        int s = 0;
        for (struct node *n = &a; n; n = n->next)
            s += n->v * id(10);
        b.v = id(20);
        printf("list sum=%d b.v=%d a.next->v=%d\n", s, b.v, a.next->v);
    }
    union cell { int i; float f; } cell;
    cell.f = 0.5f;
    ac_yield();
    printf("cell.f=%.2f\n", cell.f);
    struct item extra = {"kiwi", id(4), 1.25};
    cart[1] = extra;
    ac_yield();
    printf("cart[1]=%s %d %.2f cheapest=%s\n", cart[1].name, cart[1].qty,
           cart[1].price, cheapest->name);
    return (int)(total * 10) + cart[1].qty;
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
// CHECK: total=5.00 cheapest=fig sizeof=24
// CHECK-NEXT: list sum=60 b.v=20 a.next->v=20
// CHECK-NEXT: cell.f=0.50
// CHECK-NEXT: cart[1]=kiwi 4 1.25 cheapest=fig
// CHECK-NEXT: result 54
// CHECK-NEXT: done
