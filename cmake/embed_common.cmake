# What cmake/embed.cmake and cmake/embed_text.cmake share: a file as C++ character literals,
# and writing a generated source only when it changes, so an unchanged build does not
# recompile it.

# Sets ${var}_bytes ('\x2f','\x2a',...) and ${var}_length from the file at `path`.
function(embed_one var path)
  file(READ "${path}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(LENGTH "${hex}" hex_length)
  math(EXPR length "${hex_length} / 2")
  set(${var}_bytes "${bytes}" PARENT_SCOPE)
  set(${var}_length "${length}" PARENT_SCOPE)
endfunction()

function(write_if_changed path body)
  if(EXISTS "${path}")
    file(READ "${path}" old)
    if(old STREQUAL body)
      return()
    endif()
  endif()
  file(WRITE "${path}" "${body}")
endfunction()
