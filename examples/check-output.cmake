# cmake -DPROGRAM=<exe> -DFILECHECK=<FileCheck> -DEXPECTED=<check file>
#       -DOUTPUT=<file> -P check-output.cmake
#
# Runs PROGRAM, saves its stdout in OUTPUT, and fails unless it exited with
# status 0 and its output matches EXPECTED line for line (FileCheck with
# --strict-whitespace --match-full-lines).  Unlike `prog | FileCheck`, a
# crash of the program fails the test even if its output matched.
foreach(_v PROGRAM FILECHECK EXPECTED OUTPUT)
  if(NOT DEFINED ${_v})
    message(FATAL_ERROR "check-output.cmake: -D${_v}=... is required")
  endif()
endforeach()

execute_process(COMMAND "${PROGRAM}"
                OUTPUT_FILE "${OUTPUT}"
                RESULT_VARIABLE _rc)
if(NOT _rc STREQUAL "0")
  file(READ "${OUTPUT}" _out)
  message(FATAL_ERROR "${PROGRAM} failed (${_rc}); its output:\n${_out}")
endif()

execute_process(COMMAND "${FILECHECK}" --strict-whitespace --match-full-lines
                        "${EXPECTED}" "--input-file=${OUTPUT}"
                RESULT_VARIABLE _rc)
if(NOT _rc STREQUAL "0")
  message(FATAL_ERROR "the output of ${PROGRAM} (${OUTPUT}) does not match ${EXPECTED}")
endif()
