# Strict Qt and strict C++ for every target of the project (STYLE.md, conventions 7).

option(PITWALL_WERROR "Treat warnings as errors" $ENV{CI})
set(PITWALL_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")

add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

add_compile_options(-Wall -Wextra -pedantic)
if(PITWALL_WERROR)
    add_compile_options(-Werror)
endif()

if(PITWALL_SANITIZE)
    # -O1 -g1: a sanitized build compiles at about 1.5 times the plain one's time instead of 2.6,
    # and still names the file and line of every report.
    add_compile_options(-fsanitize=${PITWALL_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all -O1 -g1)
    add_link_options(-fsanitize=${PITWALL_SANITIZE})
    if(PITWALL_SANITIZE MATCHES "thread")
        # GCC 12 under -fsanitize=thread -O1 warns that an engaged std::optional's
        # value "may be used uninitialized" (GCC bug 80635), which -Werror would fail.
        add_compile_options(-Wno-maybe-uninitialized)
    endif()
endif()
