/* bad_state.c -- the default of every generated state switch.
 *
 * A negative state means "a call failed while suspended, continue at its
 * handler"; a function with no handler for that call lands here and passes
 * the error in flight on.  Any other unknown state (memory corruption, or
 * a frame resumed after it finished) fails the coroutine with a clear
 * error instead of jumping anywhere. */
#include "internal.h"

ac_status ac__bad_state(ac_frame *fr)
{
    if (fr->state < 0 && fr->coro->exc)
        return AC_THROW;
    return ac__fail(fr, ac_error_new(&AC_ILLEGAL_STATE,
                                     "%s:%d: coroutine frame resumed in unknown state %d",
                                     ac__frame_file(fr) ? ac__frame_file(fr) : "?", fr->line, fr->state));
}
