/* Found through %inputs by ../substitutions.c. */
#define SELFCHECK_VALUE 21
