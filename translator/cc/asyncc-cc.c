/* asyncc-cc.c -- a compiler wrapper that runs the asyncc translator first.
 *
 *   asyncc-cc <compiler> <the compiler's usual arguments>
 *   e.g.  make CC="asyncc-cc gcc"
 *
 * Every C source of the command is translated into a private temporary
 * directory; the compiler then gets the translation in the source's place
 * and every other argument unchanged.  A translation is written under the
 * source's own base name (TMP/<k>/<base>.c), so every name the compiler
 * derives from an input (a.o for -c, a.d for -MD, a.s for -S, the -MD
 * target, gcc's a-b.d) is the one the original command would have given.
 * A source the translator leaves byte-identical (no suspend function and
 * no builder) is compiled as it is.
 *
 * Exit status: the compiler's; 1 when a translation fails (nothing is
 * compiled); 2 usage error.  The temporary directory is always removed. */
#define _GNU_SOURCE /* mkdtemp, nftw, readlink */
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>

#ifndef ASYNCC_VERSION_STRING
#define ASYNCC_VERSION_STRING "0.1.0"
#endif

/* ---- memory and string vectors ---------------------------------------- */

static void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) {
        fputs("asyncc-cc: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = xrealloc(NULL, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* A NULL-terminated argv that grows; its strings are not owned. */
typedef struct strv {
    const char **v;
    int n, cap;
} strv;

static void push(strv *a, const char *s) {
    if (a->n + 2 > a->cap) {
        a->cap = a->cap ? 2 * a->cap : 16;
        a->v = xrealloc(a->v, (size_t)a->cap * sizeof *a->v);
    }
    a->v[a->n++] = s;
    a->v[a->n] = NULL;
}

/* Strings made here live until exit: kept reachable for LeakSanitizer. */
static strv owned;
static const char *keep(char *s) {
    push(&owned, s);
    return s;
}

/* ---- the command ------------------------------------------------------- */

typedef struct source {
    int argi;          /* its index in the compiler command */
    const char *path;  /* as the command names it */
    const char *tmp;   /* the translation to compile instead, or NULL */
    bool explicit_c;   /* a C source by -x c, not by its .c name */
} source;

typedef struct command {
    char **argv;       /* argv[0] is the compiler */
    int argc;
    source *srcs;
    int nsrcs;
    strv tflags;       /* the flags the translator parses with */
    const char *out;   /* -o FILE, or NULL */
    const char *mf;    /* -MF FILE, or NULL */
    bool md;           /* -MD / -MMD: a dependency file besides the output */
    bool m;            /* -M / -MM: the dependencies are the output */
    bool e;            /* -E: preprocessed text is the output */
} command;

static command cmd;

/* Options whose value is the next argument when not joined ("-I dir"):
 * their value is never a source, and must not be taken for one. */
static const char *const takes_value[] = {
    "-o", "-MF", "-MT", "-MQ", "-I", "-isystem", "-iquote", "-idirafter", "-include",
    "-imacros", "-isysroot", "--sysroot", "-D", "-U", "-x", "-L", "-l", "-Xlinker",
    "-Xassembler", "-Xpreprocessor", "-Xclang", "-T", "-u", "-z", "-e", "--param",
    "-target", "-aux-info", "-dumpbase", "-dumpdir", "-MJ", "-A", "-iprefix",
    "-iwithprefix", "-iwithprefixbefore", "-imultilib", NULL};

/* Flags the translator parses with.  The rule: what decides how the text
 * preprocesses and parses (include paths, macros, the language standard,
 * the target), nothing about code generation, warnings or linking.  These
 * take a value, joined or separate: */
static const char *const parse_value[] = {
    "-I", "-isystem", "-iquote", "-idirafter", "-include", "-imacros", "-isysroot",
    "--sysroot", "-D", "-U", "-iprefix", "-iwithprefix", "-iwithprefixbefore", NULL};
/* ... and these stand alone, matched as a prefix.  -O sets __OPTIMIZE__
 * (glibc's fortify headers test it), -m the target's types and macros.  Of
 * the -f flags only the few that change the language go: libclang rejects
 * some gcc-only ones (-fanalyzer), which must not fail a translation. */
static const char *const parse_alone[] = {
    "-std=", "--sysroot=", "-ansi", "-nostdinc", "-undef", "-O", "-pthread", "-m",
    "-fsigned-char", "-funsigned-char", "-fno-signed-char", "-fno-unsigned-char",
    "-fms-extensions", "-fshort-enums", "-fshort-wchar", "-ffreestanding", "-fno-builtin",
    "-fgnu89-inline", "-fopenmp", "-fpic", "-fPIC", "-fpie", "-fPIE", "-fno-pic",
    "-fno-PIC", "-fno-pie", "-fno-PIE", "-fdollars-in-identifiers", "-ftrigraphs", NULL};

static bool in(const char *const *list, const char *s) {
    for (; *list; list++)
        if (!strcmp(*list, s)) return true;
    return false;
}

static const char *prefix_in(const char *const *list, const char *s) {
    for (; *list; list++)
        if (!strncmp(s, *list, strlen(*list))) return *list;
    return NULL;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

/* Notes what an option says about the output (-o, -E, -M, -MD, -MF). */
static void note_mode(const char *a, const char *value) {
    if (!strcmp(a, "-o")) cmd.out = strcmp(value, "-") ? value : NULL;
    else if (!strcmp(a, "-MF")) cmd.mf = value;
    else if (!strcmp(a, "-E")) cmd.e = true;
    else if (!strcmp(a, "-M") || !strcmp(a, "-MM")) cmd.m = true;
    else if (!strcmp(a, "-MD") || !strcmp(a, "-MMD")) cmd.md = true;
    else if (!strncmp(a, "-o", 2) && a[2]) cmd.out = a + 2;
    else if (!strncmp(a, "-MF", 3) && a[3]) cmd.mf = a + 3;
}

/* Passes a parse-relevant option on to the translator; returns how many
 * arguments it used (1 or 2). */
static int note_parse_flag(int i) {
    const char *a = cmd.argv[i];
    if (in(parse_value, a) && i + 1 < cmd.argc) {
        push(&cmd.tflags, a);
        push(&cmd.tflags, cmd.argv[i + 1]);
        return 2;
    }
    if (prefix_in(parse_value, a) || prefix_in(parse_alone, a)) push(&cmd.tflags, a);
    return in(takes_value, a) && i + 1 < cmd.argc ? 2 : 1;
}

/* Follows -x: *lang is "" for none (a source is C by its .c name), else
 * the language that -x names. */
static void x_lang(int i, const char **lang) {
    const char *a = cmd.argv[i];
    if (!strcmp(a, "-x") && i + 1 < cmd.argc) *lang = cmd.argv[i + 1];
    else if (!strncmp(a, "-x", 2) && a[2]) *lang = a + 2;
    if (!strcmp(*lang, "none")) *lang = "";
}

static void add_source(int i, bool explicit_c) {
    cmd.srcs = xrealloc(cmd.srcs, (size_t)(cmd.nsrcs + 1) * sizeof *cmd.srcs);
    cmd.srcs[cmd.nsrcs++] = (source){i, cmd.argv[i], NULL, explicit_c};
}

/* Reads the command: its C sources, the translator's flags, the outputs. */
static void parse_command(int argc, char **argv) {
    cmd.argv = argv;
    cmd.argc = argc;
    const char *lang = "";
    for (int i = 1; i < argc;) {
        const char *a = argv[i];
        if (a[0] == '-' && a[1]) {
            x_lang(i, &lang);
            note_mode(a, i + 1 < argc ? argv[i + 1] : "");
            i += note_parse_flag(i);
            continue;
        }
        bool c = !strcmp(lang, "c") || (!*lang && ends_with(a, ".c"));
        if (c && strcmp(a, "-")) add_source(i, *lang != 0);   /* not stdin */
        i++;
    }
}

/* ---- running programs -------------------------------------------------- */

/* A signal (Ctrl-C, make killing a job) must not leave the temporary
 * directory behind: it is passed on to the running child, the wrapper
 * cleans up when the child has gone, and then dies of the same signal. */
static volatile sig_atomic_t caught;
static volatile pid_t child;

static void on_signal(int sig) {
    caught = sig;
    if (child > 0) kill(child, sig);
}

static void catch_signals(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) sigaction(sigs[i], &sa, NULL);
}

/* Runs argv (searched on PATH), its stdout into stdout_file when not NULL.
 * Returns its exit status, 128+N if signal N ended it, 127 if it could
 * not be started. */
static int run(const char *const *argv, const char *stdout_file) {
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        perror("asyncc-cc: fork");
        return 127;
    }
    if (pid == 0) {
        if (stdout_file) {
            int fd = open(stdout_file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0 || dup2(fd, 1) < 0) _exit(127);
        }
        execvp(argv[0], (char *const *)argv);
        fprintf(stderr, "asyncc-cc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    child = pid;
    if (caught) kill(pid, caught);    /* a signal came before child was set */
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    child = 0;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* ---- the temporary directory ------------------------------------------- */

static char *tmpdir;

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
    (void)sb, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

/* Removes the temporary directory and everything in it. */
static void cleanup(void) {
    if (tmpdir) nftw(tmpdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    tmpdir = NULL;
}

static bool make_tmpdir(void) {
    const char *base = getenv("TMPDIR");
    tmpdir = (char *)keep(xprintf("%s/asyncc-cc.XXXXXX", base && *base ? base : "/tmp"));
    if (mkdtemp(tmpdir)) return true;
    fprintf(stderr, "asyncc-cc: error: cannot create %s: %s\n", tmpdir, strerror(errno));
    tmpdir = NULL;
    return false;
}

/* Ends the wrapper: cleans up, then exits with rc or dies of the signal
 * that interrupted it. */
static _Noreturn void finish(int rc) {
    cleanup();
    if (caught) {
        signal(caught, SIG_DFL);
        raise(caught);
    }
    exit(rc);
}

/* ---- files ------------------------------------------------------------- */

/* The whole file, NUL-terminated (its length in *len), or NULL. */
static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *s = NULL;
    size_t n = 0, cap = 0, got;
    do {
        if (n + 4096 + 1 > cap) s = xrealloc(s, cap = 2 * cap + 4096 + 1);
        got = fread(s + n, 1, cap - n - 1, f);
        n += got;
    } while (got > 0);
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        free(s);
        return NULL;
    }
    s[n] = 0;
    *len = n;
    return s;
}

static bool spew(const char *path, const char *a, size_t na, const char *b, size_t nb) {
    FILE *f = fopen(path, "wb");
    if (!f) return false;
    bool ok = fwrite(a, 1, na, f) == na && fwrite(b, 1, nb, f) == nb;
    return fclose(f) == 0 && ok;
}

/* s with the characters of `special` preceded by `esc` ("\\" or "$"). */
static char *escape(const char *s, const char *special, const char *esc) {
    size_t n = 0;
    for (const char *p = s; *p; p++) n += strchr(special, *p) ? 1 + strlen(esc) : 1;
    char *r = xrealloc(NULL, n + 1), *q = r;
    for (const char *p = s; *p; p++) {
        if (strchr(special, *p)) q += sprintf(q, "%s", *p == '$' ? "$" : esc);
        *q++ = *p;
    }
    *q = 0;
    return r;
}

/* A path as a C string literal's contents (for #line, -E's line markers). */
static char *c_escape(const char *s) { return escape(s, "\\\"", "\\"); }

/* A path as Make reads it in a dependency file ($ doubles, space and #
 * take a backslash), the way gcc and clang write them. */
static char *make_escape(const char *s) { return escape(s, " #$", "\\"); }

/* ---- translation ------------------------------------------------------- */

/* The translator: next to this program (an install or a build tree keeps
 * both in one directory), else $ASYNCC, else `asyncc` on PATH. */
static const char *translator(void) {
    static char path[PATH_MAX + 8];
    ssize_t n = readlink("/proc/self/exe", path, PATH_MAX);
    if (n > 0) {
        path[n] = 0;
        char *slash = strrchr(path, '/');
        if (slash) {
            strcpy(slash + 1, "asyncc");
            if (access(path, X_OK) == 0) return path;
        }
    }
    const char *env = getenv("ASYNCC");
    return env && *env ? env : "asyncc";
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Compares the translation gen with source k; if they differ, writes
 * "#line 1 SRC" and the translation as TMP/k/<base> for the compiler. */
static bool place_translation(int k, const char *gen) {
    source *s = &cmd.srcs[k];
    size_t ng, ns;
    char *text = slurp(gen, &ng), *orig = slurp(s->path, &ns);
    bool ok = text != NULL;
    if (text && !(orig && ng == ns && !memcmp(text, orig, ng))) {
        char *dir = xprintf("%s/%d", tmpdir, k), *esc = c_escape(s->path);
        char *line = xprintf("#line 1 \"%s\"\n", esc);
        s->tmp = keep(xprintf("%s/%s", dir, base_name(s->path)));
        ok = mkdir(dir, 0700) == 0 && spew(s->tmp, line, strlen(line), text, ng);
        free(dir), free(esc), free(line);
    }
    if (!ok) fprintf(stderr, "asyncc-cc: error: cannot prepare the translation of '%s'\n", s->path);
    free(text), free(orig);
    return ok;
}

/* Translates source k into TMP/k.asyncc.c.  An identical translation
 * leaves s->tmp NULL; a different one becomes TMP/k/<base>, with a
 * leading #line so that the lines before the translator's first #line
 * still count as the source's.  Returns false on a translation error. */
static bool translate(int k) {
    source *s = &cmd.srcs[k];
    const char *gen = keep(xprintf("%s/%d.asyncc.c", tmpdir, k));
    strv argv = {0};
    push(&argv, translator());
    push(&argv, s->path);
    push(&argv, "-o");
    push(&argv, gen);
    push(&argv, "--");
    if (s->explicit_c) push(&argv, "-x"), push(&argv, "c");
    for (int i = 0; i < cmd.tflags.n; i++) push(&argv, cmd.tflags.v[i]);
    int rc = run(argv.v, NULL);
    free(argv.v);
    if (rc == 127) fprintf(stderr, "asyncc-cc: error: cannot run the translator '%s'\n", translator());
    if (rc != 0) return false;
    return place_translation(k, gen);
}

/* ---- the compiler command ---------------------------------------------- */

static const char *dir_name(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash) return ".";
    return slash == path ? "/" : keep(xprintf("%.*s", (int)(slash - path), path));
}

/* gcc (8+) and clang (10+) take -ffile-prefix-map; another compiler
 * might reject it.  Named as gcc, clang or cc, maybe with a target prefix
 * (x86_64-linux-gnu-gcc) or a version suffix (clang-19). */
static bool knows_prefix_maps(const char *compiler) {
    const char *b = base_name(compiler);
    static const char *const names[] = {"gcc", "clang", "cc", NULL};
    for (int i = 0; names[i]; i++) {
        const char *at = strstr(b, names[i]);
        while (at && at != b && at[-1] != '-') at = strstr(at + 1, names[i]);
        if (!at) continue;
        const char *end = at + strlen(names[i]);
        if (!*end || (*end == '-' && strspn(end + 1, "0123456789.") == strlen(end + 1))) return true;
    }
    return false;
}

/* -ffile-prefix-map=TMP/k/=SRCDIR/: the compiler's main input is the
 * translation, so without it the debug info's compile-unit name and
 * __BASE_FILE__ would name the deleted temporary copy (the #line
 * directives already fix the line table and __FILE__). */
static const char *prefix_map(const source *s) {
    const char *slash = strrchr(s->path, '/');
    int dir_len = slash ? (int)(slash - s->path) + 1 : 0;
    int tmp_len = (int)(strrchr(s->tmp, '/') - s->tmp) + 1;
    return keep(xprintf("-ffile-prefix-map=%.*s=%.*s", tmp_len, s->tmp, dir_len, s->path));
}

/* The command with each translated source replaced by its translation.
 * `#include "x.h"` looks first in the including file's directory, which
 * for a translation is the temporary one: -iquote <the source's dir>
 * (before any -iquote of the command) puts the source's directory back in
 * front of the -I paths, where it was. */
static strv compiler_command(void) {
    strv argv = {0};
    push(&argv, cmd.argv[0]);
    for (int k = 0; k < cmd.nsrcs; k++) {
        if (!cmd.srcs[k].tmp) continue;
        const char *dir = dir_name(cmd.srcs[k].path);
        bool seen = false;
        for (int i = 2; i < argv.n && !seen; i += 2) seen = !strcmp(argv.v[i], dir);
        if (!seen) push(&argv, "-iquote"), push(&argv, dir);
    }
    if (knows_prefix_maps(cmd.argv[0]))
        for (int k = 0; k < cmd.nsrcs; k++)
            if (cmd.srcs[k].tmp) push(&argv, prefix_map(&cmd.srcs[k]));
    int k = 0;
    for (int i = 1; i < cmd.argc; i++) {
        bool sub = k < cmd.nsrcs && cmd.srcs[k].argi == i;
        push(&argv, sub && cmd.srcs[k].tmp ? cmd.srcs[k].tmp : cmd.argv[i]);
        k += sub;
    }
    return argv;
}

/* ---- the compiler's outputs ---------------------------------------------- */

/* Replaces every `from` in the file by `to`.  Only a file that names the
 * temporary directory is touched: its name is unique, so such a file was
 * written by this compilation. */
static void replace_in_file(const char *path, const char *from, const char *to) {
    size_t n;
    char *text = slurp(path, &n);
    if (!text || !strstr(text, from)) {
        free(text);
        return;
    }
    size_t nf = strlen(from), nt = strlen(to);
    char *out = xrealloc(NULL, n + 1 + (n / nf + 1) * nt), *q = out;
    const char *p = text;
    for (const char *hit; (hit = strstr(p, from)); p = hit + nf) {
        memcpy(q, p, (size_t)(hit - p)), q += hit - p;
        memcpy(q, to, nt), q += nt;
    }
    size_t rest = strlen(p);
    memcpy(q, p, rest), q += rest;
    if (!spew(path, out, (size_t)(q - out), "", 0))
        fprintf(stderr, "asyncc-cc: warning: cannot rewrite '%s'\n", path);
    free(text), free(out);
}

/* path without the extension of its last component */
static const char *stem(const char *path) {
    const char *dot = strrchr(base_name(path), '.');
    return dot ? keep(xprintf("%.*s", (int)(dot - path), path)) : path;
}

/* Renames the translations back to their sources in the file. */
static void unname_tmp(const char *path, bool make_style) {
    for (int k = 0; k < cmd.nsrcs; k++) {
        source *s = &cmd.srcs[k];
        if (!s->tmp) continue;
        char *from = make_style ? make_escape(s->tmp) : c_escape(s->tmp);
        char *to = make_style ? make_escape(s->path) : c_escape(s->path);
        replace_in_file(path, from, to);
        free(from), free(to);
    }
}

/* The dependency files -MD may have written: -MF, else the name gcc or
 * clang derives from -o or from a source's base name (gcc names it
 * a-<base>.d when it links without -o).  The compiler derived them from
 * the translation's name, which is the source's base name. */
static void fix_depfiles(void) {
    if (cmd.mf) {
        unname_tmp(cmd.mf, true);
        return;
    }
    if (cmd.out) unname_tmp(keep(xprintf("%s.d", stem(cmd.out))), true);
    for (int k = 0; k < cmd.nsrcs; k++) {
        if (!cmd.srcs[k].tmp) continue;
        const char *base = stem(base_name(cmd.srcs[k].path));
        unname_tmp(keep(xprintf("%s.d", base)), true);
        unname_tmp(keep(xprintf("a-%s.d", base)), true);
    }
}

/* Copies a file to stdout. */
static void cat(const char *path) {
    size_t n;
    char *text = slurp(path, &n);
    if (text) fwrite(text, 1, n, stdout);
    free(text);
    fflush(stdout);
}

/* Compiles the command with the translations in place.  -E and -M name
 * the input in what they print (line markers, the dependency rule): their
 * output is caught in a file when it goes to stdout, and the translations'
 * names in it, as in the dependency files, become the sources' again. */
static int compile(void) {
    strv argv = compiler_command();
    bool printed = cmd.e || cmd.m;
    const char *catch = printed && !cmd.out ? keep(xprintf("%s/stdout", tmpdir)) : NULL;
    int rc = run(argv.v, catch);
    free(argv.v);
    if (printed) unname_tmp(catch ? catch : cmd.out, cmd.m);
    if (cmd.md || cmd.mf) fix_depfiles();
    if (catch) cat(catch);
    return rc;
}

/* ---- main -------------------------------------------------------------- */

static const char usage[] = "usage: asyncc-cc COMPILER [compiler arguments]\n";

static void help(void) {
    printf("%s\n"
           "Compiles like COMPILER (gcc, clang, cc, ...) after translating the SUSPEND\n"
           "functions of each C source with the asyncc translator, e.g.\n"
           "  make CC=\"asyncc-cc gcc\"\n"
           "  asyncc-cc gcc -Iinclude -c app.c -o app.o\n\n"
           "Each *.c source (or any source after -x c) is translated into a temporary\n"
           "directory and compiled in its place under its own base name, so outputs,\n"
           "dependency files (-MD, -MMD) and diagnostics name the original source.\n"
           "A source the translator leaves unchanged is compiled as it is.  The\n"
           "translator parses with the command's -I, -isystem, -iquote, -idirafter,\n"
           "-include, -imacros, --sysroot, -D, -U, -std=, -O, -m and language -f flags.\n\n"
           "The translator is 'asyncc' next to asyncc-cc, else $ASYNCC, else asyncc\n"
           "on PATH.\n\n"
           "exit status: the compiler's; 1 if a translation fails (nothing is\n"
           "compiled); 2 usage error\n",
           usage);
}

static int version(void) {
    printf("asyncc-cc %s\n", ASYNCC_VERSION_STRING);
    const char *argv[] = {translator(), "--version", NULL};
    printf("translator %s: ", argv[0]);
    return run(argv, NULL) == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "asyncc-cc: error: no compiler given\n%s", usage);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        help();
        return 0;
    }
    if (!strcmp(argv[1], "--version")) return version();
    parse_command(argc - 1, argv + 1);
    if (cmd.nsrcs == 0) {                /* linking, --version, ... */
        execvp(argv[1], argv + 1);
        fprintf(stderr, "asyncc-cc: error: cannot run '%s': %s\n", argv[1], strerror(errno));
        return 127;
    }
    catch_signals();
    if (!make_tmpdir()) return 1;
    bool ok = true, any = false;
    for (int k = 0; k < cmd.nsrcs && !caught; k++) {
        ok = translate(k) && ok;
        any = any || cmd.srcs[k].tmp;
    }
    if (!ok || caught) finish(1);
    if (!any) {                          /* nothing to translate: as is */
        cleanup();
        execvp(argv[1], argv + 1);
        fprintf(stderr, "asyncc-cc: error: cannot run '%s': %s\n", argv[1], strerror(errno));
        return 127;
    }
    finish(compile());
}
