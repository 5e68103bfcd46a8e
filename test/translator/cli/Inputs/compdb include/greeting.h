/* found only through compile_commands.json, which also defines WHERE */
#ifndef WHERE
#error WHERE is defined by the compile command
#endif
#define GREETING "hello from " WHERE
