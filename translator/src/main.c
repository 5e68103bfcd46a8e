/* main.c -- the asyncc command line.
 *
 *   asyncc [options] input.c -o output.c [-- compiler flags]
 *
 * Exit status: 0 translated, 1 the input has errors (nothing is written),
 * 2 usage error. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tr.h"

#ifndef ASYNCC_VERSION_STRING
#define ASYNCC_VERSION_STRING "0.1.0"
#endif

/* The translator lets process exit reclaim its IR and libclang's objects
 * (docs/decisions.md); in an ASan build, leak checking is off for it. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

static const char usage[] = "usage: asyncc [options] input.c -o output.c [-- compiler flags]\n";

static void help(void) {
    printf("%s\n"
           "Translates the functions marked SUSPEND in a C file into stackless state\n"
           "machines that run on the asyncc runtime (Kotlin-style coroutines for C).\n"
           "The rest of the file is copied unchanged.\n\n"
           "options:\n"
           "  -o FILE     write the translation to FILE (required; '-' for stdout)\n"
           "  -MD         also write a Make dependency file: the input and every\n"
           "              header it includes (FILE with its extension replaced by .d)\n"
           "  -MF DEP     write the dependency file to DEP (implies -MD)\n"
           "  -MT TARGET  the rule's target in it (default: the -o FILE)\n"
           "  -p DIR      parse with the flags DIR/compile_commands.json gives the\n"
           "              input (include paths, definitions, -std); flags after --\n"
           "              come after them\n"
           "  -WNAME, -Wno-NAME\n"
           "              enable or disable warning NAME (also -Wasyncc-NAME), one of\n"
           "              catch-cancellation, new-job, child-handler, global-scope,\n"
           "              blocking-call, frame-size; all are on by default; in the\n"
           "              source, // NOLINT(asyncc-NAME) silences one line\n"
           "  -Werror     make the warnings errors (-Werror=NAME: one of them)\n"
           "  -w          disable all warnings\n"
           "  --frame-sizes\n"
           "              print each suspend function's frame size in bytes (on stdout;\n"
           "              on stderr with -o -)\n"
           "  --frame-size-limit=BYTES\n"
           "              warn about frames larger than BYTES (-Wasyncc-frame-size;\n"
           "              default 16384)\n"
           "  --help      print this help\n"
           "  --version   print the version\n"
           "  -- FLAGS    compiler flags for parsing the input (-I, -D, -std, ...)\n\n"
           "exit status: 0 success, 1 errors in the input, 2 usage error\n",
           usage);
}

static int usage_error(const char *msg) {
    fprintf(stderr, "asyncc: error: %s\n%s", msg, usage);
    return 2;
}

static int write_output(const char *path, const char *text) {
    FILE *f = strcmp(path, "-") ? fopen(path, "wb") : stdout;
    if (!f) {
        perror(path);
        return 1;
    }
    size_t n = strlen(text);
    int rc = fwrite(text, 1, n, f) == n ? 0 : 1;
    if (f != stdout && fclose(f) != 0) rc = 1;
    if (rc) fprintf(stderr, "asyncc: error: cannot write '%s'\n", path);
    return rc;
}

/* gcc's default for -MD: the output's name with its extension as .d */
static char *default_depfile(const char *output) {
    const char *slash = strrchr(output, '/');
    const char *dot = strrchr(output, '.');
    size_t stem = dot && (!slash || dot > slash) ? (size_t)(dot - output) : strlen(output);
    return xprintf("%.*s.d", (int)stem, output);
}

static int run(int argc, char **argv) {
    const char *input = NULL, *output = NULL, *depfile = NULL, *dep_target = NULL;
    const char *builddir = NULL;
    bool deps = false;
    int cflags_at = argc;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            cflags_at = i + 1;
            break;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            help();
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("asyncc %s\n", ASYNCC_VERSION_STRING);
            return 0;
        } else if (!strcmp(a, "-o")) {
            if (++i >= argc) return usage_error("-o needs a file name");
            output = argv[i];
        } else if (!strcmp(a, "-MD")) {
            deps = true;
        } else if (!strcmp(a, "-MF")) {
            if (++i >= argc) return usage_error("-MF needs a file name");
            depfile = argv[i];
            deps = true;
        } else if (!strcmp(a, "-p")) {
            if (++i >= argc) return usage_error("-p needs a build directory");
            builddir = argv[i];
        } else if (!strcmp(a, "-MT")) {
            if (++i >= argc) return usage_error("-MT needs a target");
            dep_target = argv[i];
        } else if (!strcmp(a, "--frame-sizes")) {
            g_print_frame_sizes = true;
        } else if (!strncmp(a, "--frame-size-limit=", 19)) {
            char *end;
            const char *v = a + 19;
            g_frame_size_limit = strtoull(v, &end, 10);
            if (!*v || *end || *v == '-') return usage_error("--frame-size-limit= needs a number of bytes");
        } else if (warning_option(a)) {
            if (warning_option(a) < 0) {
                char *m = xprintf("unknown warning option '%s'", a);
                return usage_error(m);
            }
        } else if (a[0] == '-' && a[1]) {
            char *m = xprintf("unknown option '%s'", a);
            return usage_error(m);
        } else if (input) {
            return usage_error("more than one input file");
        } else {
            input = a;
        }
    }
    if (!input) return usage_error("no input file");
    if (!output) return usage_error("no output file (-o)");
    if (deps && !depfile && !strcmp(output, "-"))
        return usage_error("-MD with -o - needs -MF to name the dependency file");
    vec flags = {0};
    if (builddir && !compdb_flags(builddir, input, &flags)) return 1;
    for (int i = cflags_at; i < argc; i++) vec_push(&flags, argv[i]);
    char *out = NULL;
    if (parse_file(input, (int)flags.n, (const char *const *)flags.v)) {
        out = translate(); /* lints, then translates */
        if (out && !g_errors) check_frame_sizes(out, !strcmp(output, "-"));
    }
    if (g_warnings && g_errors)
        fprintf(stderr, "%d warning%s and %d error%s generated.\n", g_warnings, g_warnings == 1 ? "" : "s",
                g_errors, g_errors == 1 ? "" : "s");
    else if (g_warnings)
        fprintf(stderr, "%d warning%s generated.\n", g_warnings, g_warnings == 1 ? "" : "s");
    else if (g_errors)
        fprintf(stderr, "%d error%s generated.\n", g_errors, g_errors == 1 ? "" : "s");
    if (!out || g_errors) return 1; /* without a count, a message was printed */
    int rc = write_output(output, out);
    if (rc == 0 && deps)
        rc = write_depfile(depfile ? depfile : default_depfile(output),
                           dep_target ? dep_target : output);
    return rc;
}

/* The passes recurse over the syntax tree, through libclang's visitor, so
 * deep nesting needs stack: the translation runs on a thread with a large
 * stack (reserved address space; only the pages used are touched).  The
 * nesting limit in build.c keeps the depth well inside it. */
enum { STACK_SIZE = 512u << 20 };

typedef struct run_args {
    int argc;
    char **argv;
    int rc;
} run_args;

static void *run_thread(void *p) {
    run_args *a = p;
    a->rc = run(a->argc, a->argv);
    return NULL;
}

int main(int argc, char **argv) {
    run_args a = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t t;
    /* libclang parses on a thread of its own with an 8 MiB stack, where a
     * deep expression (`- - - ... x`) overflows clang's recursive parser;
     * LIBCLANG_NOTHREADS makes it parse on the calling thread, ours. */
    setenv("LIBCLANG_NOTHREADS", "1", 1);
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, STACK_SIZE) == 0 &&
        pthread_create(&t, &attr, run_thread, &a) == 0) {
        pthread_join(t, NULL);
        return a.rc;
    }
    unsetenv("LIBCLANG_NOTHREADS"); /* no room for the thread (ulimit -v): the usual stacks */
    return run(argc, argv);
}
