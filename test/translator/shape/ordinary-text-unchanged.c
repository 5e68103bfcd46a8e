// Text outside suspend functions is copied byte for byte: comments, macros
// (with continuation lines, # and odd spacing), tabs, string escapes, an
// `#if 0` region that is not C, odd spacing in declarations.
//  - Without WITH_SUSPEND the file has no suspend function at all, and the
//    translation is the input, identical (diff).
//  - With it, one suspend function in the middle is rewritten; the text
//    before and after it is checked line by line, whitespace included
//    (--strict-whitespace --match-full-lines; the ORD patterns start right
//    after the colon), and the output compiles warning-free.
// RUN: %asyncc %s -o %t.plain.c
// RUN: diff %s %t.plain.c
// RUN: %asyncc %s -o %t.c -- -DWITH_SUSPEND
// RUN: FileCheck --strict-whitespace --match-full-lines --check-prefix=ORD -DFILE=%s %s < %t.c
// RUN: %gcc -DWITH_SUSPEND -c %t.c -o %t.gcc.o
// RUN: %clang -DWITH_SUSPEND -c %t.c -o %t.clang.o
//
// ORD:#include <asyncc.h>
// ORD-NEXT:#include <stdio.h>
// ORD-EMPTY:
// ORD-NEXT:#define SQUARE( x )   ((x)*(x))   /* odd spacing in a macro */
// ORD-NEXT:#define LONG_MACRO(a, b) {{\\}}
// ORD-NEXT:	 do { {{\\}}
// ORD-NEXT:		 (a) += (b); {{\\}}
// ORD-NEXT:	 } while (0)
// ORD-NEXT:#define STR(x) #x
// ORD-EMPTY:
// ORD-NEXT:/* A comment block
// ORD-NEXT: *   with   indentation */
// ORD-NEXT:static const char *names[] = { "a\tb", "c\\d",   "e\"f" , STR(  spaced  ) };
// ORD-EMPTY:
// ORD-NEXT:typedef struct  point { int x ,y; }point_t ;
// ORD-EMPTY:
// ORD-NEXT:static int  ordinary( int a,int b )   // trailing comment
// ORD-NEXT:{
// ORD-NEXT:	int r = SQUARE( a )+b;	/* tabs around */
// ORD-NEXT:    LONG_MACRO(r,  1);
// ORD-NEXT:#if 0
// ORD-NEXT:    this is not C at all { ]]
// ORD-NEXT:#endif
// ORD-NEXT:    return r ;
// ORD-NEXT:}
// ORD-EMPTY:
// ORD-NEXT:#ifdef WITH_SUSPEND
// The suspend function: its translation, then the user's numbering again
// from the line of its closing brace (whose column is kept with a space).
// ORD:#line [[#@LINE+49]] "[[FILE]]"
// ORD-NEXT:{{ }}
// ORD-NEXT:#endif
// ORD-EMPTY:
// ORD-NEXT:static   int
// ORD-NEXT:after_fn (point_t   *p)
// ORD-NEXT:{
// ORD-NEXT:  return p->x+ p ->y ; // odd spacing
// ORD-NEXT:}
// ORD-EMPTY:
// ORD-NEXT:int main(void)
// ORD-NEXT:{
// ORD-NEXT:	point_t p = { 1,2 };
// ORD-NEXT:	printf("%s %s %s %d %d\n", names[0], names[1], names[3],
// ORD-NEXT:	       ordinary(1, 2), after_fn(&p));
// ORD-NEXT:	return 0;
// ORD-NEXT:}
// ORD-NOT:{{.+}}
#include <asyncc.h>
#include <stdio.h>

#define SQUARE( x )   ((x)*(x))   /* odd spacing in a macro */
#define LONG_MACRO(a, b) \
	 do { \
		 (a) += (b); \
	 } while (0)
#define STR(x) #x

/* A comment block
 *   with   indentation */
static const char *names[] = { "a\tb", "c\\d",   "e\"f" , STR(  spaced  ) };

typedef struct  point { int x ,y; }point_t ;

static int  ordinary( int a,int b )   // trailing comment
{
	int r = SQUARE( a )+b;	/* tabs around */
    LONG_MACRO(r,  1);
#if 0
    this is not C at all { ]]
#endif
    return r ;
}

#ifdef WITH_SUSPEND
SUSPEND int twice(int x) {
    int y = x;
    ac_yield();
    return 2 * y;
}
#endif

static   int
after_fn (point_t   *p)
{
  return p->x+ p ->y ; // odd spacing
}

int main(void)
{
	point_t p = { 1,2 };
	printf("%s %s %s %d %d\n", names[0], names[1], names[3],
	       ordinary(1, 2), after_fn(&p));
	return 0;
}
