# SPDX-License-Identifier: MIT
# advocacy_set_warnings(target): the project's warning and sanitizer flags, for its own targets only.
function(advocacy_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(ADVOCACY_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(ADVOCACY_SANITIZE)
      target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                               -fno-sanitize-recover=undefined)
      target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
  endif()
endfunction()
