/*
 * frames.h -- small hand-written suspend functions shared by the tests.
 */
#ifndef ASYNCC_TEST_FRAMES_H
#define ASYNCC_TEST_FRAMES_H

#include "check.h"

#define T_UNUSED __attribute__((unused))

/* int value(int v): returns v at once, never suspends. */
typedef struct {
    ac_frame hdr;
    int v;
} t_value_frame;

static ac_status t_value_resume(ac_frame *self)
{
    T_FRAME(t_value_frame);
    *(int *)self->result = fr->v;
    return AC_DONE;
}

static T_UNUSED ac_frame *t_value__ac_new(ac_coro *co, int *res, int v)
{
    t_value_frame *fr = T_NEW(t_value_frame, co, res, t_value_resume);
    if (!fr)
        return NULL;
    fr->v = v;
    return &fr->hdr;
}

/* void sleep_log(int64_t ms, const char *name): delay(ms); log(name). */
typedef struct {
    ac_frame hdr;
    int64_t ms;
    const char *name;
} t_sleep_log_frame;

static ac_status t_sleep_log_resume(ac_frame *self)
{
    T_FRAME(t_sleep_log_frame);
    switch (self->state) {
    case 0:
        T_CALL(fr, 1, ac_delay__ac_new(self->coro, NULL, fr->ms));
        t_logf("%s", fr->name);
    }
    return AC_DONE;
}

static T_UNUSED ac_frame *t_sleep_log__ac_new(ac_coro *co, void *res, int64_t ms,
                                              const char *name)
{
    t_sleep_log_frame *fr = T_NEW(t_sleep_log_frame, co, res, t_sleep_log_resume);
    if (!fr)
        return NULL;
    static const ac_frame_site site = {__FILE__, NULL};
    fr->hdr.site = &site;
    fr->ms = ms;
    fr->name = name;
    return &fr->hdr;
}

/* void fail_after(int64_t ms, const char *msg): delay(ms); throw
 * IllegalArgumentException(msg). */
typedef struct {
    ac_frame hdr;
    int64_t ms;
    const char *msg;
} t_fail_frame;

static ac_status t_fail_resume(ac_frame *self)
{
    T_FRAME(t_fail_frame);
    switch (self->state) {
    case 0:
        T_CALL(fr, 1, ac_delay__ac_new(self->coro, NULL, fr->ms));
        t_logf("throw:%s", fr->msg);
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_ARGUMENT, "%s", fr->msg));
    }
    return AC_DONE;
}

static T_UNUSED ac_frame *t_fail__ac_new(ac_coro *co, void *res, int64_t ms,
                                         const char *msg)
{
    t_fail_frame *fr = T_NEW(t_fail_frame, co, res, t_fail_resume);
    if (!fr)
        return NULL;
    fr->ms = ms;
    fr->msg = msg;
    return &fr->hdr;
}

/* void park(void): suspends and nobody ever resumes it. */
static ac_status t_park_resume(ac_frame *self)
{
    if (self->state == 1) {
        fprintf(stderr, "park: resumed, but nobody should resume it\n");
        exit(1);
    }
    self->state = 1;
    return AC_SUSPENDED;
}

/* file NULL: it shows as a runtime frame.  Its site lives in the frame. */
typedef struct {
    ac_frame hdr;
    ac_frame_site where;
} t_park_frame;

static T_UNUSED ac_frame *t_park__ac_new(ac_coro *co, void *res, const char *file,
                                         int line)
{
    t_park_frame *fr = ac__frame_alloc(co, sizeof *fr, t_park_resume, res);
    if (!fr)
        return NULL;
    fr->where = (ac_frame_site){file, NULL};
    fr->hdr.site = file ? &fr->where : NULL;
    fr->hdr.line = line;
    return &fr->hdr;
}

#endif /* ASYNCC_TEST_FRAMES_H */
