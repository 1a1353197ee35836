# The layering of DESIGN.md is enforced here, not in review: a library declared
# with pitwall_forbid_widgets() that links Qt Widgets or Charts, directly or
# through another target, fails the configure step.

set(_PITWALL_FORBIDDEN_LINKS Qt6::Widgets Qt::Widgets Qt6::Charts Qt::Charts Qt6::OpenGLWidgets Qt6::SvgWidgets)

function(_pitwall_collect_links target out_var)
    set(seen ${ARGN})
    set(found "")
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(links ${target} ${property})
        if(NOT links)
            continue()
        endif()
        foreach(link IN LISTS links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(link IN_LIST seen)
                continue()
            endif()
            list(APPEND seen ${link})
            list(APPEND found ${link})
            if(TARGET ${link})
                get_target_property(aliased ${link} ALIASED_TARGET)
                if(aliased)
                    list(APPEND found ${aliased})
                    set(link ${aliased})
                endif()
                _pitwall_collect_links(${link} nested ${seen})
                list(APPEND found ${nested})
                list(APPEND seen ${nested})
            endif()
        endforeach()
    endforeach()
    set(${out_var} ${found} PARENT_SCOPE)
endfunction()

function(_pitwall_check_no_widgets target)
    _pitwall_collect_links(${target} links)
    foreach(forbidden IN LISTS _PITWALL_FORBIDDEN_LINKS)
        if(forbidden IN_LIST links)
            message(FATAL_ERROR "${target} links ${forbidden}: backends/ and models/ must not depend on "
                                "Qt Widgets or Charts (DESIGN.md, layout). Move the GUI code to widgets/.")
        endif()
    endforeach()
endfunction()

# Declares that target must never link Qt Widgets/Charts; checked once every
# target of the project is defined.
function(pitwall_forbid_widgets target)
    # A deferred call evaluates its arguments late: bake the name in now.
    cmake_language(EVAL CODE "cmake_language(DEFER DIRECTORY [[${CMAKE_SOURCE_DIR}]] CALL _pitwall_check_no_widgets [[${target}]])")
endfunction()
