/* work.h -- the size of the work main.c does.  The install tests rewrite
 * this file in a copy of the project to check that changing a header
 * translates main.c again. */
#ifndef WORK_H
#define WORK_H

#define WORK_ITEMS 4
#define WORK_SCALE 10

#endif
