# AsynccTargetSources.cmake -- asyncc_target_sources(), for the in-tree build
# and for projects that use the installed package (find_package(Asyncc)).
#
#   asyncc_target_sources(<target> [PRIVATE|PUBLIC|INTERFACE] a.c [b.c ...]
#                         [PRIVATE|PUBLIC|INTERFACE c.c ...])
#
# Each source (annotated C: functions marked SUSPEND) is translated by the
# asyncc translator into
#     <current binary dir>/<target>.asyncc/<path relative to the current
#                                           source dir, extension dropped>.gen.c
# which is added to <target> with the scope given (default PRIVATE;
# INTERFACE for an INTERFACE library); <target> also links the runtime with
# that scope.  Do not list the annotated sources themselves in
# add_executable/add_library: only their translations compile.
#
# The translation parses the source with the target's include directories
# and compile definitions (its own and those of what it links, as the
# compiler sees them) and -std from its C_STANDARD / C_EXTENSIONS.  It writes
# a dependency file (asyncc -MD), given to the build tool as DEPFILE, so a
# change to any header a source includes translates that source again.  The
# generated file compiles with -iquote <the source's directory>, so that its
# #include "x.h" lines find what they found next to the original source.
#
# Which translator and runtime: the variables ASYNCC_TRANSLATOR_TARGET (an
# executable target, or a path to the translator) and ASYNCC_RUNTIME_TARGET_NAME
# (a library target) when this file is first included; by default the
# installed package's Asyncc::asyncc and Asyncc::runtime.  The in-tree build
# sets them to `asyncc` and `asyncc_runtime` (top-level CMakeLists.txt).
#
# DEPFILE needs CMake >= 3.20 with the Makefile generators (any 3.x with
# Ninja); an older CMake with Makefiles falls back to IMPLICIT_DEPENDS, which
# scans the source with CMake's own (approximate) C scanner.
include_guard(GLOBAL)

if(NOT DEFINED ASYNCC_TRANSLATOR_TARGET)
  set(ASYNCC_TRANSLATOR_TARGET Asyncc::asyncc)
endif()
if(NOT DEFINED ASYNCC_RUNTIME_TARGET_NAME)
  set(ASYNCC_RUNTIME_TARGET_NAME Asyncc::runtime)
endif()
set_property(GLOBAL PROPERTY ASYNCC_TRANSLATOR_TARGET "${ASYNCC_TRANSLATOR_TARGET}")
set_property(GLOBAL PROPERTY ASYNCC_RUNTIME_TARGET_NAME "${ASYNCC_RUNTIME_TARGET_NAME}")

# The function keeps the policies set here (a function records them when it
# is defined): CMP0116 NEW, the depfile's paths are the translator's own.
if(POLICY CMP0116)
  cmake_policy(SET CMP0116 NEW)
endif()

function(asyncc_target_sources target)
  if(NOT TARGET "${target}")
    message(FATAL_ERROR "asyncc_target_sources: '${target}' is not a target")
  endif()
  get_property(_translator GLOBAL PROPERTY ASYNCC_TRANSLATOR_TARGET)
  get_property(_runtime GLOBAL PROPERTY ASYNCC_RUNTIME_TARGET_NAME)
  if(NOT _translator OR NOT _runtime)
    message(FATAL_ERROR "asyncc_target_sources: no translator or runtime "
            "(ASYNCC_TRANSLATOR_TARGET / ASYNCC_RUNTIME_TARGET_NAME)")
  endif()
  get_target_property(_type "${target}" TYPE)
  if(_type STREQUAL "INTERFACE_LIBRARY")
    set(_scope INTERFACE)
    set(_p INTERFACE_)
  else()
    set(_scope PRIVATE)
    set(_p "")
  endif()

  # How the build tool learns the headers a translation read.
  set(_use_depfile OFF)
  if(CMAKE_GENERATOR MATCHES "Ninja")
    set(_use_depfile ON)
  elseif(CMAKE_GENERATOR MATCHES "Makefiles")
    if(NOT CMAKE_VERSION VERSION_LESS 3.20)
      set(_use_depfile ON)
    endif()
  elseif(NOT CMAKE_VERSION VERSION_LESS 3.21)
    set(_use_depfile ON)
  endif()

  # Parsing flags, evaluated when the build system is generated.
  set(_inc "$<TARGET_PROPERTY:${target},${_p}INCLUDE_DIRECTORIES>")
  set(_def "$<TARGET_PROPERTY:${target},${_p}COMPILE_DEFINITIONS>")
  set(_std "$<TARGET_PROPERTY:${target},C_STANDARD>")
  set(_ext "$<TARGET_PROPERTY:${target},C_EXTENSIONS>")
  set(_flags
    "$<$<BOOL:${_inc}>:-I$<JOIN:${_inc},$<SEMICOLON>-I>>"
    "$<$<BOOL:${_def}>:-D$<JOIN:${_def},$<SEMICOLON>-D>>")
  if(NOT _p)
    # C_EXTENSIONS unset means ON, as for the compiler
    list(APPEND _flags
      "$<$<BOOL:${_std}>:-std=$<IF:$<OR:$<STREQUAL:${_ext},>,$<BOOL:${_ext}>>,gnu,c>${_std}>")
  endif()

  set(_linked "")
  foreach(_arg IN LISTS ARGN)
    if(_arg MATCHES "^(PRIVATE|PUBLIC|INTERFACE)$")
      set(_scope "${_arg}")
      continue()
    endif()
    get_filename_component(_src "${_arg}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    get_filename_component(_srcdir "${_src}" DIRECTORY)
    # the output's path under <target>.asyncc/: the source's, relative to
    # the current source (or binary) dir; '..' components become '__'
    file(RELATIVE_PATH _rel "${CMAKE_CURRENT_SOURCE_DIR}" "${_src}")
    if(_rel MATCHES "^\\.\\./")
      file(RELATIVE_PATH _relb "${CMAKE_CURRENT_BINARY_DIR}" "${_src}")
      if(NOT _relb MATCHES "^\\.\\./")
        set(_rel "${_relb}")
      endif()
    endif()
    string(REPLACE "../" "__/" _rel "${_rel}")
    string(REGEX REPLACE "\\.[^./]*$" "" _stem "${_rel}")
    set(_out "${CMAKE_CURRENT_BINARY_DIR}/${target}.asyncc/${_stem}.gen.c")
    set(_dep "${CMAKE_CURRENT_BINARY_DIR}/${target}.asyncc/${_stem}.gen.d")
    get_filename_component(_outdir "${_out}" DIRECTORY)
    file(MAKE_DIRECTORY "${_outdir}")

    if(_use_depfile)
      set(_deps DEPFILE "${_dep}")
    elseif(CMAKE_GENERATOR MATCHES "Makefiles")
      set(_deps IMPLICIT_DEPENDS C "${_src}")
    else()
      set(_deps "")
      message(WARNING "asyncc_target_sources: ${CMAKE_GENERATOR} with CMake "
              "${CMAKE_VERSION} takes no depfile; ${_rel} is not translated "
              "again when only a header it includes changes")
    endif()
    add_custom_command(
      OUTPUT "${_out}"
      COMMAND "${_translator}" "${_src}" -o "${_out}" -MD -MF "${_dep}" -MT "${_out}"
              -- ${_flags}
      DEPENDS "${_translator}" "${_src}"
      ${_deps}
      COMMENT "asyncc: translating ${_rel} (${target})"
      COMMAND_EXPAND_LISTS
      VERBATIM)

    target_sources("${target}" ${_scope} "${_out}")
    # #include "x.h" in the translation: where the original found it
    if(NOT CMAKE_VERSION VERSION_LESS 3.18)
      set_property(SOURCE "${_out}" DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
                   TARGET_DIRECTORY "${target}"
                   APPEND PROPERTY COMPILE_OPTIONS "-iquote${_srcdir}")
    else()
      set_property(SOURCE "${_out}" APPEND PROPERTY COMPILE_OPTIONS "-iquote${_srcdir}")
    endif()
    if(NOT _scope IN_LIST _linked)
      list(APPEND _linked "${_scope}")
    endif()
  endforeach()

  # the runtime, once per scope and target
  foreach(_s IN LISTS _linked)
    get_property(_done TARGET "${target}" PROPERTY "_ASYNCC_RUNTIME_LINKED_${_s}")
    if(NOT _done)
      target_link_libraries("${target}" ${_s} "${_runtime}")
      set_property(TARGET "${target}" PROPERTY "_ASYNCC_RUNTIME_LINKED_${_s}" ON)
    endif()
  endforeach()
endfunction()
