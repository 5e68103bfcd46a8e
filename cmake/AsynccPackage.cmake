# AsynccPackage.cmake -- what `cmake --install` adds besides the targets'
# own install() rules: the CMake package (lib/cmake/Asyncc/), the
# pkg-config file (lib/pkgconfig/asyncc.pc), the man page and the gdb
# helpers.  Included by the top-level CMakeLists.txt after translator/ and
# runtime/ (whose install(TARGETS ... EXPORT AsynccTargets) it exports).
#
#   cmake --install build --prefix /opt/asyncc
#   find_package(Asyncc REQUIRED)             # CMAKE_PREFIX_PATH=/opt/asyncc
#   pkg-config --cflags --libs asyncc         # PKG_CONFIG_PATH=/opt/asyncc/lib/pkgconfig
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(ASYNCC_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/Asyncc" CACHE STRING
    "Where `cmake --install` puts the CMake package (AsynccConfig.cmake), relative to the prefix")
set(_asyncc_pkg_dir "${PROJECT_BINARY_DIR}/package")

# --- the CMake package --------------------------------------------------------
configure_package_config_file(
  "${CMAKE_CURRENT_LIST_DIR}/AsynccConfig.cmake.in"
  "${_asyncc_pkg_dir}/AsynccConfig.cmake"
  INSTALL_DESTINATION "${ASYNCC_INSTALL_CMAKEDIR}"
  PATH_VARS CMAKE_INSTALL_BINDIR CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_LIBDIR)
# Before 1.0 a minor release may break the API: 0.1.x satisfies
# find_package(Asyncc 0.1), 0.2 does not.
write_basic_package_version_file(
  "${_asyncc_pkg_dir}/AsynccConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMinorVersion)
install(EXPORT AsynccTargets
  NAMESPACE Asyncc::
  FILE AsynccTargets.cmake
  DESTINATION "${ASYNCC_INSTALL_CMAKEDIR}")
install(FILES
  "${_asyncc_pkg_dir}/AsynccConfig.cmake"
  "${_asyncc_pkg_dir}/AsynccConfigVersion.cmake"
  "${CMAKE_CURRENT_LIST_DIR}/AsynccTargetSources.cmake"
  DESTINATION "${ASYNCC_INSTALL_CMAKEDIR}")

# --- pkg-config -----------------------------------------------------------------
# Relocatable: prefix is found from the .pc file's own place (${pcfiledir}),
# so `cmake --install --prefix P` works whatever CMAKE_INSTALL_PREFIX was.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(ASYNCC_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _pc_up "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
  string(REGEX REPLACE "/$" "" _pc_up "${_pc_up}")
  set(ASYNCC_PC_PREFIX "\${pcfiledir}/${_pc_up}")
endif()
# an instrumented libasyncc (ASYNCC_SANITIZE) needs its users linked alike
list(JOIN ASYNCC_SANITIZE_FLAGS " " ASYNCC_PC_SANITIZE_FLAGS)
if(ASYNCC_PC_SANITIZE_FLAGS)
  set(ASYNCC_PC_SANITIZE_FLAGS " ${ASYNCC_PC_SANITIZE_FLAGS}")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/asyncc.pc.in" "${_asyncc_pkg_dir}/asyncc.pc" @ONLY)
install(FILES "${_asyncc_pkg_dir}/asyncc.pc"
        DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

# --- documentation and tools, when they are there at install time -------------------
install(FILES "${PROJECT_SOURCE_DIR}/docs/asyncc.1"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" OPTIONAL)
install(FILES "${PROJECT_SOURCE_DIR}/tools/asyncc-gdb.py"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/asyncc" OPTIONAL)
