/* bad_state.c -- a resume function entered with a state it never saved
 * (memory corruption, or a frame resumed after it finished) fails its
 * coroutine with a clear error instead of jumping anywhere. */
#include "internal.h"

ac_status ac__bad_state(ac_frame *fr) {
    return ac__fail(fr, ac_error_new(&AC_ILLEGAL_STATE, "%s:%d: coroutine frame resumed in unknown state %d",
                                     fr->file ? fr->file : "?", fr->line, fr->state));
}
