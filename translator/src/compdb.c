/* compdb.c -- `asyncc -p builddir`: the flags a build system compiles the
 * input with, read from builddir/compile_commands.json through libclang's
 * compilation database.
 *
 * From the input's command we keep what changes how it parses (-I, -D,
 * -std, -include, ...) and drop what is about the compiler's own output
 * (the compiler, -c, -o, the dependency-file flags) and the source itself.
 * Relative include paths are made absolute against the command's
 * directory, so the translator needs no change of directory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

#include <clang-c/CXCompilationDatabase.h>

#include "tr.h"

/* Flags followed by a path, joined ("-Idir") or separate ("-I dir"). */
static const char *const path_flags[] = {"-I", "-isystem", "-iquote", "-idirafter",
                                         "-include", "-imacros", NULL};
/* Flags dropped with their argument, and dropped alone. */
static const char *const drop_with_arg[] = {"-o", "-MF", "-MT", "-MQ", NULL};
static const char *const drop_alone[] = {"-c", "-MD", "-MMD", "-MP", "-M", "-MM", NULL};

static bool in(const char *const *list, const char *s) {
    for (; *list; list++)
        if (!strcmp(*list, s)) return true;
    return false;
}

static char *absolute(const char *dir, const char *p) {
    return p[0] == '/' ? xstrdup(p) : xprintf("%s/%s", dir, p);
}

/* The path flag `a` starts with, or NULL. */
static const char *path_flag(const char *a) {
    for (const char *const *f = path_flags; *f; f++)
        if (!strncmp(a, *f, strlen(*f))) return *f;
    return NULL;
}

static bool same_file(const char *dir, const char *arg, const char *input_abs) {
    char *p = absolute(dir, arg);
    char real[PATH_MAX];
    bool same = realpath(p, real) && !strcmp(real, input_abs);
    free(p);
    return same;
}

/* Appends the useful flags of one command to out. */
static void take_flags(CXCompileCommand cmd, const char *input_abs, vec *out) {
    CXString d = clang_CompileCommand_getDirectory(cmd);
    char *dir = xstrdup(clang_getCString(d));
    clang_disposeString(d);
    unsigned n = clang_CompileCommand_getNumArgs(cmd);
    for (unsigned i = 1; i < n; i++) {            /* 0: the compiler */
        CXString s = clang_CompileCommand_getArg(cmd, i);
        char *a = xstrdup(clang_getCString(s));
        clang_disposeString(s);
        const char *pf = path_flag(a);
        if (in(drop_with_arg, a)) {
            i++;
        } else if (in(drop_alone, a) || same_file(dir, a, input_abs)) {
            /* not about parsing */
        } else if (pf && !strcmp(a, pf) && i + 1 < n) {
            CXString v = clang_CompileCommand_getArg(cmd, ++i);
            vec_push(out, a);
            vec_push(out, absolute(dir, clang_getCString(v)));
            clang_disposeString(v);
            continue;
        } else if (pf) {
            vec_push(out, xprintf("%s%s", pf, absolute(dir, a + strlen(pf))));
        } else {
            vec_push(out, a);
            continue;
        }
        free(a);
    }
    free(dir);
}

bool compdb_flags(const char *builddir, const char *input, vec *out) {
    char input_abs[PATH_MAX];
    if (!realpath(input, input_abs)) {
        perror(input);
        return false;
    }
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(builddir, &err);
    if (err != CXCompilationDatabase_NoError) {
        fprintf(stderr, "asyncc: error: cannot read %s/compile_commands.json\n", builddir);
        return false;
    }
    /* every listed command, not getCompileCommands(input): for a file it
     * does not list, that one makes up a command from a similar name's */
    CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
    unsigned n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
    bool found = false;
    for (unsigned i = 0; i < n && !found; i++) {
        CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, i);
        CXString d = clang_CompileCommand_getDirectory(cmd);
        CXString f = clang_CompileCommand_getFilename(cmd);
        found = same_file(clang_getCString(d), clang_getCString(f), input_abs);
        clang_disposeString(d);
        clang_disposeString(f);
        if (found)
            take_flags(cmd, input_abs, out);
    }
    if (!found)
        fprintf(stderr, "asyncc: error: %s/compile_commands.json has no command for '%s'\n",
                builddir, input);
    if (cmds) clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return found;
}
