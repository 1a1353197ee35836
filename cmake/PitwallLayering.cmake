# The layering of DESIGN.md is enforced here, not in review; each rule fails the
# configure step:
# - pitwall_forbid_widgets(T): T links Qt Widgets or Charts, directly or through
#   another target (backends, models, core);
# - pitwall_forbid_links(T X...): T links one of X at all (backends never link core,
#   models neither backends nor core);
# - pitwall_forbid_backends(T): the backends' headers reach T, through a direct link
#   or a PUBLIC/INTERFACE one of another target (widgets, app: through core only,
#   which links the backends PRIVATE).

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

# Fails when target links one of the rest, directly or through another target.
function(_pitwall_check_no_links target)
    _pitwall_collect_links(${target} links)
    foreach(forbidden IN LISTS ARGN)
        if(forbidden IN_LIST links)
            message(FATAL_ERROR "${target} links ${forbidden}, which DESIGN.md's layout forbids: backends/, core/ "
                                "and models/ never link Qt Widgets or Charts (GUI code goes to widgets/), the "
                                "backends never link core/, and models/ links neither.")
        endif()
    endforeach()
endfunction()

# Declares that target must never link any of the rest; checked once every
# target of the project is defined.
function(pitwall_forbid_links target)
    # A deferred call evaluates its arguments late: bake the names in now.
    list(JOIN ARGN "]] [[" forbidden)
    cmake_language(EVAL CODE
        "cmake_language(DEFER DIRECTORY [[${CMAKE_SOURCE_DIR}]] CALL _pitwall_check_no_links [[${target}]] [[${forbidden}]])")
endfunction()

function(pitwall_forbid_widgets target)
    pitwall_forbid_links(${target} ${_PITWALL_FORBIDDEN_LINKS})
endfunction()

# The targets a target's INTERFACE_LINK_LIBRARIES pass on to whoever links it;
# a $<LINK_ONLY:...> entry (a PRIVATE link of a static library) passes on nothing
# to compile against.
function(_pitwall_collect_interface target out_var)
    set(seen ${ARGN})
    set(found "")
    get_target_property(links ${target} INTERFACE_LINK_LIBRARIES)
    if(links)
        foreach(link IN LISTS links)
            if(link MATCHES "^\\$<LINK_ONLY:" OR link IN_LIST seen OR NOT TARGET ${link})
                continue()
            endif()
            list(APPEND seen ${link})
            list(APPEND found ${link})
            _pitwall_collect_interface(${link} nested ${seen})
            list(APPEND found ${nested})
            list(APPEND seen ${nested})
        endforeach()
    endif()
    set(${out_var} ${found} PARENT_SCOPE)
endfunction()

function(_pitwall_check_no_backends target)
    # What the target compiles against: its own links and what they pass on.
    get_target_property(usage ${target} LINK_LIBRARIES)
    foreach(link IN LISTS usage)
        if(TARGET ${link})
            _pitwall_collect_interface(${link} passed ${usage})
            list(APPEND usage ${passed})
        endif()
    endforeach()
    if(pitwall_backends IN_LIST usage)
        message(FATAL_ERROR "${target} reaches pitwall_backends: widgets/ and app/ go through core/, "
                            "which links the backends PRIVATE (DESIGN.md, layout).")
    endif()
endfunction()

function(pitwall_forbid_backends target)
    cmake_language(EVAL CODE "cmake_language(DEFER DIRECTORY [[${CMAKE_SOURCE_DIR}]] CALL _pitwall_check_no_backends [[${target}]])")
endfunction()
