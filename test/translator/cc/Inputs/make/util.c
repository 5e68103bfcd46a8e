/* no suspend function: compiled as it is */
#include "worker.h"
int util_scale(int x) { return 10 * x; }
