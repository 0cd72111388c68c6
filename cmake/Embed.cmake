# dyad_embed(TARGET_VAR NAME FILES...): generates a C++ source that holds the
# given files as string literals, reachable through
#   std::span<const dyad::EmbeddedFile> dyad::embedded::NAME();
# The source is regenerated whenever one of the files changes.
function(dyad_embed out_var name)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cc")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAME=${name} "-DFILES=${ARGN}"
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake"
    DEPENDS ${ARGN} "${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake"
    COMMENT "Embedding ${name}"
    VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
