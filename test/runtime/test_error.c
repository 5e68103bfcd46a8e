/* ac_error: types, messages, printing, reference counts, the OOM error. */
#include "check.h"

static char printed[256];

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

int main(void)
{
    test_types();
    test_new_and_print();
    test_refcount();
    test_out_of_memory();
    CHECK_NO_LEAK();
    return 0;
}
