/* ac_error: types, messages, printing, reference counts, the OOM error;
 * causes, suppressed errors, throw positions and async stacks, and how
 * ac_error_print lays them out. */
#include "check.h"

#include <pthread.h>
#include <stdatomic.h>

static char printed[8192];

static const char *print_to_string(const ac_error *e)
{
    FILE *f = tmpfile();
    CHECK(f);
    ac_error_print(e, f);
    rewind(f);
    size_t n = fread(printed, 1, sizeof printed - 1, f);
    printed[n] = '\0';
    fclose(f);
    return printed;
}

static void test_types(void)
{
    CHECK_STR(AC_ERROR.name, "Error");
    CHECK(AC_ERROR.parent == NULL);
    CHECK_STR(AC_OUT_OF_MEMORY.name, "OutOfMemoryError");
    CHECK_STR(AC_ILLEGAL_STATE.name, "IllegalStateException");
    CHECK_STR(AC_ILLEGAL_ARGUMENT.name, "IllegalArgumentException");
    CHECK_STR(AC_DEADLOCK.name, "DeadlockError");
    CHECK_STR(AC_CANCELLATION.name, "CancellationException");
    const ac_error_type *children[] = {&AC_OUT_OF_MEMORY, &AC_ILLEGAL_STATE,
                                       &AC_ILLEGAL_ARGUMENT, &AC_DEADLOCK,
                                       &AC_CANCELLATION};
    for (size_t i = 0; i < sizeof children / sizeof *children; i++)
        CHECK(children[i]->parent == &AC_ERROR);
    CHECK_STR(AC_ARITHMETIC.name, "ArithmeticException");
    CHECK(AC_ARITHMETIC.parent == &AC_ERROR);
    CHECK_STR(AC_IO_ERROR.name, "IOException");
    CHECK(AC_IO_ERROR.parent == &AC_ERROR);
    CHECK_STR(AC_JOB_CANCELLATION.name, "JobCancellationException");
    CHECK(AC_JOB_CANCELLATION.parent == &AC_CANCELLATION);
    CHECK_STR(AC_TIMEOUT.name, "TimeoutCancellationException");
    CHECK(AC_TIMEOUT.parent == &AC_CANCELLATION);
}

/* ac_error_is walks the type tree upwards, never sideways or down. */
static const ac_error_type MY_PARSE = {"ParseError", &AC_ILLEGAL_ARGUMENT};
static const ac_error_type MY_DEEP = {"DeepParseError", &MY_PARSE};

static void test_type_tree(void)
{
    ac_error *t = ac_error_new(&AC_TIMEOUT, "Timed out waiting for %d ms", 100);
    CHECK(ac_error_is(t, &AC_TIMEOUT));
    CHECK(ac_error_is(t, &AC_CANCELLATION));
    CHECK(ac_error_is(t, &AC_ERROR));
    CHECK(!ac_error_is(t, &AC_JOB_CANCELLATION));   /* a sibling */
    CHECK(!ac_error_is(t, &AC_ILLEGAL_STATE));
    CHECK_STR(ac_error_type_name(t), "TimeoutCancellationException");
    ac_error_release(t);

    ac_error *c = ac_error_new(&AC_CANCELLATION, NULL);
    CHECK(ac_error_is(c, &AC_CANCELLATION));
    CHECK(!ac_error_is(c, &AC_JOB_CANCELLATION));   /* not downwards */
    CHECK(!ac_error_is(c, &AC_TIMEOUT));
    CHECK_STR(ac_error_message(c), "");             /* no format: no message */
    CHECK_STR(print_to_string(c), "CancellationException\n");
    ac_error_release(c);

    ac_error *d = ac_error_new(&MY_DEEP, "line %d", 3);
    CHECK(ac_error_is(d, &MY_DEEP));
    CHECK(ac_error_is(d, &MY_PARSE));
    CHECK(ac_error_is(d, &AC_ILLEGAL_ARGUMENT));
    CHECK(ac_error_is(d, &AC_ERROR));
    CHECK(!ac_error_is(d, &AC_CANCELLATION));
    CHECK(!ac_error_is(d, NULL));
    CHECK_STR(print_to_string(d), "DeepParseError: line 3\n");
    ac_error_release(d);

    ac_error *p = ac_error_new(&MY_PARSE, "x");
    CHECK(!ac_error_is(p, &MY_DEEP));
    ac_error_release(p);

    /* no type is the root type */
    ac_error *r = ac_error_new(NULL, "untyped");
    CHECK(ac_error_type_of(r) == &AC_ERROR);
    CHECK_STR(print_to_string(r), "Error: untyped\n");
    ac_error_release(r);

    /* the accessors accept NULL */
    CHECK(ac_error_type_of(NULL) == NULL);
    CHECK_STR(ac_error_type_name(NULL), "");
    CHECK_STR(ac_error_message(NULL), "");
    CHECK(ac_error_cause(NULL) == NULL);
    CHECK_INT(ac_error_suppressed_count(NULL), 0);
    CHECK(ac_error_suppressed(NULL, 0) == NULL);
    CHECK(ac_error_file(NULL) == NULL);
    CHECK_INT(ac_error_line(NULL), 0);
    CHECK_INT(ac_error_frame_count(NULL), 0);
    CHECK_INT(ac_error_frame(NULL, 0, NULL, NULL, NULL), -1);
}

static void test_new_and_print(void)
{
    ac_error *e = ac_error_new(&AC_ILLEGAL_ARGUMENT, "bad id %d", -1);
    CHECK(ac_error_type_of(e) == &AC_ILLEGAL_ARGUMENT);
    CHECK_STR(ac_error_message(e), "bad id -1");
    CHECK(ac_error_is(e, &AC_ILLEGAL_ARGUMENT));
    CHECK(ac_error_is(e, &AC_ERROR));
    CHECK(!ac_error_is(e, &AC_CANCELLATION));
    CHECK(!ac_error_is(NULL, &AC_ERROR));
    CHECK_STR(print_to_string(e), "IllegalArgumentException: bad id -1\n");
    ac_error_free(e);

    /* a long message is kept whole */
    char big[1000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    e = ac_error_new(&AC_ILLEGAL_STATE, "%s!", big);
    CHECK_INT(strlen(ac_error_message(e)), sizeof big);
    ac_error_free(e);

    e = ac_error_new(&AC_ERROR, "%s", "");
    CHECK_STR(print_to_string(e), "Error\n");
    ac_error_free(e);
    ac_error_free(NULL);
}

static void test_refcount(void)
{
    ac_error *e = ac_error_new(&AC_DEADLOCK, "stuck");
    uint64_t frees = ac__stat.frees;
    CHECK(ac_error_retain(e) == e);
    ac_error_free(e);                       /* one reference left */
    CHECK_INT(ac__stat.frees, frees);
    CHECK_STR(ac_error_message(e), "stuck");
    ac_error_release(e);
    CHECK_INT(ac__stat.frees, frees + 1);
}

static void test_out_of_memory(void)
{
    ac__test_fail_alloc_after(0);
    ac_error *e = ac_error_new(&AC_ILLEGAL_STATE, "never allocated %d", 1);
    ac__test_fail_alloc(-1, 0);
    CHECK(e == ac__error_oom());
    CHECK(ac_error_type_of(e) == &AC_OUT_OF_MEMORY);
    CHECK(ac_error_is(e, &AC_ERROR));
    CHECK_STR(print_to_string(e), "OutOfMemoryError: out of memory\n");
    /* the static error survives any number of retains and releases */
    ac_error_retain(e);
    ac_error_free(e);
    ac_error_free(e);
    ac_error_free(e);
    CHECK_STR(ac_error_message(e), "out of memory");
}

/* A cause is owned by its error: released with it, down a chain of any
 * length without recursion. */
static void test_cause(void)
{
    uint64_t frees = ac__stat.frees;
    ac_error *io = ac_error_new(&AC_IO_ERROR, "disk");
    ac_error *w = ac_error_new_cause(&AC_ILLEGAL_STATE, io, "load %s", "a");
    CHECK(ac_error_cause(w) == io);
    CHECK(ac_error_cause(io) == NULL);
    CHECK_STR(ac_error_message(w), "load a");
    CHECK(!ac_error_is(w, &AC_IO_ERROR));   /* the cause's type is not its */
    ac_error_release(w);                    /* frees both */
    CHECK_INT(ac__stat.frees, frees + 2);

    /* a cause retained elsewhere outlives the wrapper */
    io = ac_error_new(&AC_IO_ERROR, "disk");
    w = ac_error_new_cause(&AC_JOB_CANCELLATION, ac_error_retain(io), "Job was cancelled");
    ac_error_release(w);
    CHECK_STR(ac_error_message(io), "disk");
    ac_error_release(io);

    /* NULL cause */
    w = ac_error_new_cause(&AC_ARITHMETIC, NULL, "/ by zero");
    CHECK(ac_error_cause(w) == NULL);
    ac_error_release(w);

    /* out of memory: the static error, and the cause is released */
    io = ac_error_new(&AC_IO_ERROR, "disk");
    frees = ac__stat.frees;
    ac__test_fail_alloc_after(0);
    w = ac_error_new_cause(&AC_ILLEGAL_STATE, io, "never");
    ac__test_fail_alloc(-1, 0);
    CHECK(w == ac__error_oom());
    CHECK(ac_error_cause(w) == NULL);
    CHECK_INT(ac__stat.frees, frees + 1);

    /* a long chain is released iteratively */
    ac_error *chain = NULL;
    for (int i = 0; i < 200000; i++)
        chain = ac_error_new_cause(&AC_ERROR, chain, NULL);
    CHECK(ac_error_cause(ac_error_cause(chain)));
    ac_error_release(chain);
}

static void test_suppressed(void)
{
    ac_error *e = ac_error_new(&AC_IO_ERROR, "first");
    ac_error *s[6];
    for (int i = 0; i < 6; i++) {
        s[i] = ac_error_new(&AC_ARITHMETIC, "s%d", i);
        CHECK_INT(ac_error_add_suppressed(e, s[i]), 0);  /* consumed */
    }
    CHECK_INT(ac_error_suppressed_count(e), 6);    /* grew past 4 */
    for (int i = 0; i < 6; i++)
        CHECK(ac_error_suppressed(e, (size_t)i) == s[i]);   /* in order */
    CHECK(ac_error_suppressed(e, 6) == NULL);

    /* e == s is refused; the reference passed is released */
    ac_error_retain(e);
    CHECK_INT(ac_error_add_suppressed(e, e), -1);
    CHECK_INT(ac_error_suppressed_count(e), 6);
    CHECK_INT(ac__error_exclusive(e), 1);           /* one reference left */
    CHECK_INT(ac_error_add_suppressed(e, NULL), -1);
    CHECK_INT(ac_error_suppressed_count(e), 6);

    /* NULL e: s is released (no leak at the end) */
    CHECK_INT(ac_error_add_suppressed(NULL, ac_error_new(&AC_ERROR, "lost")), -1);

    /* the static OOM error never changes */
    uint64_t frees = ac__stat.frees;
    CHECK_INT(ac_error_add_suppressed(ac__error_oom(), ac_error_new(&AC_ERROR, "x")), -1);
    CHECK_INT(ac__stat.frees, frees + 1);
    CHECK_INT(ac_error_suppressed_count(ac__error_oom()), 0);

    /* out of memory growing the list: -1, s released, e unchanged */
    ac_error *f = ac_error_new(&AC_IO_ERROR, "f");
    ac_error *t = ac_error_new(&AC_ERROR, "t");
    frees = ac__stat.frees;
    ac__test_fail_alloc_after(0);
    CHECK_INT(ac_error_add_suppressed(f, t), -1);
    ac__test_fail_alloc(-1, 0);
    CHECK_INT(ac__stat.frees, frees + 1);
    CHECK_INT(ac_error_suppressed_count(f), 0);
    CHECK_INT(ac_error_add_suppressed(f, ac_error_new(&AC_ERROR, "u")), 0);
    CHECK_STR(ac_error_message(ac_error_suppressed(f, 0)), "u");
    /* a suppressed error may itself be shared */
    CHECK_INT(ac_error_add_suppressed(e, ac_error_retain(f)), 0);
    ac_error_release(f);
    CHECK_STR(ac_error_message(ac_error_suppressed(e, 6)), "f");
    ac_error_release(e);                    /* frees everything */
}

/* Position and async stack: recorded only while the error is not shared,
 * the position only once. */
static void test_position_and_stack(void)
{
    ac_error *e = ac_error_new(&AC_ILLEGAL_STATE, "bad");
    CHECK(ac_error_file(e) == NULL);
    CHECK_INT(ac_error_line(e), 0);
    ac__error_set_position(e, "a.c", 10);
    ac__error_set_position(e, "b.c", 20);   /* the first throw stays */
    CHECK_STR(ac_error_file(e), "a.c");
    CHECK_INT(ac_error_line(e), 10);
    ac__error_push_frame(e, "inner", "a.c", 11);
    ac__error_push_frame(e, NULL, "b.c", 22);
    ac__error_push_frame(e, "ignored", NULL, 1);    /* no file: skipped */
    CHECK_INT(ac_error_frame_count(e), 2);
    const char *func, *file;
    int line;
    CHECK_INT(ac_error_frame(e, 0, &func, &file, &line), 0);
    CHECK_STR(func, "inner");
    CHECK_STR(file, "a.c");
    CHECK_INT(line, 11);
    CHECK_INT(ac_error_frame(e, 1, &func, &file, &line), 0);
    CHECK(func == NULL);
    CHECK_STR(file, "b.c");
    CHECK_INT(line, 22);
    CHECK_INT(ac_error_frame(e, 2, &func, &file, &line), -1);
    CHECK_INT(ac_error_frame(e, 0, NULL, NULL, NULL), 0);

    /* shared: neither changes */
    ac_error_retain(e);
    ac__error_push_frame(e, "outer", "c.c", 33);
    CHECK_INT(ac_error_frame_count(e), 2);
    ac_error_release(e);
    ac__error_push_frame(e, "outer", "c.c", 33);
    CHECK_INT(ac_error_frame_count(e), 3);
    ac_error *g = ac_error_new(&AC_ERROR, "g");
    ac_error_retain(g);
    ac__error_set_position(g, "g.c", 1);
    CHECK(ac_error_file(g) == NULL);
    ac_error_release(g);
    ac_error_release(g);

    /* the static OOM error is never changed */
    ac__error_set_position(ac__error_oom(), "a.c", 1);
    ac__error_push_frame(ac__error_oom(), "f", "a.c", 1);
    CHECK(ac_error_file(ac__error_oom()) == NULL);
    CHECK_INT(ac_error_frame_count(ac__error_oom()), 0);

    CHECK_STR(print_to_string(e),
              "IllegalStateException: bad\n"
              "\tthrown at a.c:10\n"
              "\tat inner (a.c:11)\n"
              "\tat ? (b.c:22)\n"
              "\tat outer (c.c:33)\n");
    ac_error_release(e);

    /* 64 frames are kept, the rest counted */
    e = ac_error_new(&AC_ERROR, NULL);
    for (int i = 0; i < 70; i++)
        ac__error_push_frame(e, "f", "deep.c", i);
    CHECK_INT(ac_error_frame_count(e), 64);
    CHECK_INT(ac_error_frame(e, 63, NULL, NULL, &line), 0);
    CHECK_INT(line, 63);
    CHECK_CONTAINS(print_to_string(e), "\tat f (deep.c:63)\n\t... 6 more\n");
    ac_error_release(e);
}

/* Java's layout: the error, its position and stack; each suppressed error
 * one tab in ("Suppressed: "), with its own causes at its level; then the
 * cause chain ("Caused by: ") at the error's level. */
static void test_print_layout(void)
{
    ac_error *root = ac_error_new(&AC_IO_ERROR, "root");
    ac__error_set_position(root, "r.c", 1);
    ac__error_push_frame(root, "load", "r.c", 2);

    ac_error *s1 = ac_error_new_cause(&AC_ARITHMETIC, ac_error_new(&AC_ILLEGAL_ARGUMENT, "s1 cause"),
                                      "s1");
    ac__error_set_position(s1, "s.c", 3);
    ac_error *s1s = ac_error_new(&AC_DEADLOCK, "nested");
    CHECK_INT(ac_error_add_suppressed(s1, s1s), 0);
    CHECK_INT(ac_error_add_suppressed(root, s1), 0);
    CHECK_INT(ac_error_add_suppressed(root, ac_error_new(&AC_ILLEGAL_STATE, NULL)), 0);

    ac_error *top = ac_error_new_cause(&AC_JOB_CANCELLATION, root, "Job is cancelling");
    CHECK_STR(print_to_string(top),
              "JobCancellationException: Job is cancelling\n"
              "Caused by: IOException: root\n"
              "\tthrown at r.c:1\n"
              "\tat load (r.c:2)\n"
              "\tSuppressed: ArithmeticException: s1\n"
              "\t\tthrown at s.c:3\n"
              "\t\tSuppressed: DeadlockError: nested\n"
              "\tCaused by: IllegalArgumentException: s1 cause\n"
              "\tSuppressed: IllegalStateException\n");
    ac_error_release(top);

    ac_error_print(NULL, stdout);           /* prints nothing, no crash */
}
/* A shared error's suppressed list grows on one thread (a job finishing)
 * while another reads and prints it (an awaiter): no torn reads (TSan). */
typedef struct {
    ac_error *e;
    atomic_bool done;
    size_t seen;
} reader_arg;

static void *suppressed_reader(void *p)
{
    reader_arg *r = p;
    FILE *null = fopen("/dev/null", "w");
    CHECK(null);
    while (!atomic_load(&r->done)) {
        size_t n = ac_error_suppressed_count(r->e);
        CHECK(n >= r->seen);
        r->seen = n;
        for (size_t i = 0; i < n; i++)
            CHECK_STR(ac_error_type_name(ac_error_suppressed(r->e, i)), "IOException");
        ac_error_print(r->e, null);
    }
    fclose(null);
    return NULL;
}

static void test_suppressed_threads(void)
{
    reader_arg r = {.e = ac_error_new(&AC_ILLEGAL_STATE, "first")};
    atomic_init(&r.done, false);
    pthread_t t;
    CHECK(pthread_create(&t, NULL, suppressed_reader, &r) == 0);
    for (int i = 0; i < 2000; i++)
        CHECK_INT(ac_error_add_suppressed(r.e, ac_error_new(&AC_IO_ERROR, "later %d", i)), 0);
    atomic_store(&r.done, true);
    CHECK(pthread_join(t, NULL) == 0);
    CHECK_INT(ac_error_suppressed_count(r.e), 2000);
    ac_error_release(r.e);
}

int main(void)
{
    test_types();
    test_type_tree();
    test_new_and_print();
    test_refcount();
    test_out_of_memory();
    test_cause();
    test_suppressed();
    test_position_and_stack();
    test_print_layout();
    test_suppressed_threads();
    CHECK_NO_LEAK();
    return 0;
}
