/* Mutual recursion across translation units: xtu_ping is defined in
 * xtu_pingpong.c and calls xtu_pong, which the test itself defines and
 * which calls xtu_ping again. */
#ifndef XTU_PINGPONG_H
#define XTU_PINGPONG_H

#include <asyncc.h>

/* 0 when n == 0, else xtu_pong(n - 1) + 1; yields on every level. */
SUSPEND long xtu_ping(long n);
/* Defined by the test: 0 when n == 0, else xtu_ping(n - 1) + 2. */
SUSPEND long xtu_pong(long n);

#endif
