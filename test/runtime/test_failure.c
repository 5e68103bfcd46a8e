/* Failures: a failed child surfaces from run_blocking as the error (type
 * and message) when its scope closes, after it cancelled the siblings;
 * the first child failure wins; a root that throws. */
#include "frames.h"

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

/* void parent(int64_t fail1, int64_t fail2): children failing after fail1
 * (and fail2, if > 0) ms, and one that succeeds after 10 ms. */
typedef struct {
    ac_frame hdr;
    int64_t fail1, fail2;
    const char *msg1, *msg2;
    ac_scope *scope;
    ac_job *bad;
} parent_frame;

static ac_status parent_resume(ac_frame *self)
{
    T_FRAME(parent_frame);
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        fr->bad = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, fr->fail1, fr->msg1));
        CHECK(fr->bad);
        if (fr->fail2 > 0)
            CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, fr->fail2, fr->msg2)));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 10, "ok")));
        T_CALL(fr, 1, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        t_logf("joined");
        CHECK(ac_job_is_completed(fr->bad));
        CHECK(!ac_job_is_active(fr->bad));
        CHECK(ac_job_is_cancelled(ac_scope_job(fr->scope)));
        {
            ac_status st = ac__scope_close(fr->scope, self);
            CHECK_INT(st, AC_THROW);
            return st;
        }
    }
    return AC_DONE;
}

static ac_error *run_parent(int64_t fail1, const char *msg1, int64_t fail2, const char *msg2)
{
    t_log[0] = '\0';
    parent_frame *fr = T_NEW(parent_frame, ac__coro_new(0), NULL, parent_resume);
    CHECK(fr);
    fr->fail1 = fail1;
    fr->fail2 = fail2;
    fr->msg1 = msg1;
    fr->msg2 = msg2;
    return ac__run_blocking(NULL, &fr->hdr, NULL, 0);
}

/* int thrower(void): throws at once. */
static ac_status thrower_resume(ac_frame *self)
{
    return ac__fail(self, ac_error_new(&AC_ILLEGAL_STATE, "root says no"));
}

int main(void)
{
    ac_error *err = run_parent(5, "bad id -1", 0, NULL);
    CHECK(err);
    CHECK(ac_error_type_of(err) == &AC_ILLEGAL_ARGUMENT);
    CHECK_STR(ac_error_message(err), "bad id -1");
    CHECK_STR(print_to_string(err), "IllegalArgumentException: bad id -1\n");
    /* rule 3: the failure cancelled the sibling, which never logs "ok" */
    CHECK_STR(t_log, "throw:bad id -1 joined");
    ac_error_free(err);

    /* the first failure cancels the later one before it fails */
    err = run_parent(5, "bad id -1", 8, "late");
    CHECK_STR(ac_error_message(err), "bad id -1");
    CHECK_STR(t_log, "throw:bad id -1 joined");
    ac_error_free(err);
    /* both timers due in the same turn: the second child was woken before
     * the first failed, but cancelled before it ran: it throws the
     * cancellation at its delay (as kotlinx does), it never fails */
    err = run_parent(5, "bad id -1", 5, "late");
    CHECK_STR(ac_error_message(err), "bad id -1");
    CHECK_STR(t_log, "throw:bad id -1 joined");
    ac_error_free(err);
    err = run_parent(8, "late", 5, "bad id -1");
    CHECK_STR(ac_error_message(err), "bad id -1");
    CHECK_STR(t_log, "throw:bad id -1 joined");
    ac_error_free(err);

    int out = 7;
    err = ac__run_blocking(NULL, ac__frame_alloc(ac__coro_new(sizeof(int)), sizeof(ac_frame),
                                           thrower_resume, NULL), &out, sizeof out);
    CHECK(ac_error_type_of(err) == &AC_ILLEGAL_STATE);
    CHECK_STR(ac_error_message(err), "root says no");
    CHECK_INT(out, 7);
    ac_error_free(err);

    CHECK_NO_LEAK();
    return 0;
}
