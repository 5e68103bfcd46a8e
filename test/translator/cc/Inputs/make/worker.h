#include <asyncc.h>
SUSPEND int work(int n);
int util_scale(int x);
