/* parse.c -- runs libclang on the input with __ASYNCC__ defined, and
 * passes clang's own errors through in compiler form. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tr.h"

#ifndef ASYNCC_RUNTIME_INCLUDE
#define ASYNCC_RUNTIME_INCLUDE ""
#endif
#ifndef ASYNCC_CLANG_RESOURCE_DIR
#define ASYNCC_CLANG_RESOURCE_DIR ""
#endif

/* One of clang's diagnostics in compiler form, with the line and a caret
 * when its location is in a file of the translation unit. */
static void print_clang_diag(CXDiagnostic d) {
    CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation |
                                               CXDiagnostic_DisplayColumn |
                                               CXDiagnostic_DisplayOption);
    fprintf(stderr, "%s\n", clang_getCString(s));
    clang_disposeString(s);
    CXFile f;
    unsigned off;
    clang_getSpellingLocation(clang_getDiagnosticLocation(d), &f, NULL, NULL, &off);
    size_t size = 0;
    const char *text = f ? clang_getFileContents(g_tu, f, &size) : NULL;
    if (!text || off > size) return;
    size_t b = off, e = off;
    while (b > 0 && text[b - 1] != '\n') b--;
    while (e < size && text[e] != '\n') e++;
    fprintf(stderr, "%.*s\n", (int)(e - b), text + b);
    for (size_t i = b; i < off; i++) fputc(text[i] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

/* An error and the notes attached to it ("previous declaration is here"). */
static void print_clang_error(CXDiagnostic d) {
    print_clang_diag(d);
    CXDiagnosticSet notes = clang_getChildDiagnostics(d);
    unsigned n = clang_getNumDiagnosticsInSet(notes);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic note = clang_getDiagnosticInSet(notes, i);
        print_clang_diag(note);
        clang_disposeDiagnostic(note);
    }
}

static bool has_std_flag(int argc, const char *const *argv) {
    for (int i = 0; i < argc; i++)
        if (!strncmp(argv[i], "-std=", 5)) return true;
    return false;
}

static const char *resource_dir(void) {
    const char *env = getenv("ASYNCC_CLANG_RESOURCE_DIR");
    return env && *env ? env : ASYNCC_CLANG_RESOURCE_DIR;
}

/* Where <asyncc.h> is: $ASYNCC_RUNTIME_INCLUDE if set; else, for an
 * installed translator (PREFIX/bin/asyncc), PREFIX/include when it holds
 * asyncc.h; else the source tree's runtime/include compiled in. */
static const char *runtime_include(void) {
    static const char *installed;
    const char *env = getenv("ASYNCC_RUNTIME_INCLUDE");
    if (env && *env) return env;
    if (!installed) {
        char exe[4096];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 16); /* room for /../include */
        char *slash = n > 0 ? (exe[n] = '\0', strrchr(exe, '/')) : NULL;
        installed = "";
        if (slash) {
            strcpy(slash, "/../include");
            char *dir = realpath(exe, NULL);
            char *header = dir ? xprintf("%s/asyncc.h", dir) : NULL;
            if (header && access(header, R_OK) == 0) installed = dir;
            else free(dir);
            free(header);
        }
    }
    return *installed ? installed : ASYNCC_RUNTIME_INCLUDE;
}

static vec g_out_args;

bool parse_file(const char *path, int argc, const char *const *argv) {
    vec args = {0};
    vec_push(&args, "-D__ASYNCC__=1");
    vec_push(&args, "-xc");
    if (!has_std_flag(argc, argv)) vec_push(&args, "-std=gnu11");
    for (int i = 0; i < argc; i++) vec_push(&args, (void *)argv[i]);
    if (*runtime_include()) {
        vec_push(&args, "-idirafter");
        vec_push(&args, (void *)runtime_include());
    }
    if (*resource_dir()) {
        vec_push(&args, "-resource-dir");
        vec_push(&args, (void *)resource_dir());
    }
    CXIndex index = clang_createIndex(0, 0);
    enum CXErrorCode rc = clang_parseTranslationUnit2(
        index, path, (const char *const *)args.v, args.n, NULL, 0,
        CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing, &g_tu);
    g_out_args = args; /* parse_output's, without -D__ASYNCC__=1 (the first) */
    if (rc != CXError_Success || !g_tu) {
        fprintf(stderr, "asyncc: error: cannot parse '%s' (libclang error %d)\n", path, (int)rc);
        return false;
    }
    g_src.path = path;
    g_src.file = clang_getFile(g_tu, path);
    if (!g_src.file) {
        fprintf(stderr, "asyncc: error: cannot read '%s'\n", path);
        return false;
    }
    g_src.text = clang_getFileContents(g_tu, g_src.file, &g_src.size);
    free(g_src.line_starts);            /* src_line_col's index of the text */
    g_src.line_starts = NULL;
    if (!g_src.text) {
        fprintf(stderr, "asyncc: error: cannot read '%s'\n", path);
        return false;
    }
    /* errors with their notes; warnings are the compiler's business when
     * it builds the output */
    int errors = 0;
    unsigned n = clang_getNumDiagnostics(g_tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(g_tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            print_clang_error(d);
            errors++;
        }
        clang_disposeDiagnostic(d);
    }
    g_errors += errors;
    bool ok = errors == 0;
    return ok;
}

CXTranslationUnit parse_output(const char *text) {
    struct CXUnsavedFile u = {g_src.path, text, (unsigned long)strlen(text)};
    CXIndex index = clang_createIndex(0, 0);
    CXTranslationUnit tu = NULL;
    enum CXErrorCode rc = clang_parseTranslationUnit2(index, g_src.path, (const char *const *)g_out_args.v + 1,
                                                      g_out_args.n - 1, &u, 1, CXTranslationUnit_KeepGoing, &tu);
    return rc == CXError_Success ? tu : NULL;
}
