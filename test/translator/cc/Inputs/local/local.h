/* found through #include "local.h" next to the source only */
#define LOCAL_GREETING "hello from local.h"
SUSPEND const char *local_greeting(void);
