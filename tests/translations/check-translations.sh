#!/usr/bin/env bash
# Fails when a user-visible string has no German: runs lupdate over the
# sources into a copy of each .ts file and reports every message that is new
# there (not yet extracted) or still unfinished, and every translation whose
# placeholders differ from its source's.
#   check-translations.sh LUPDATE SOURCE_LIST TS_FILE...
set -euo pipefail
lupdate=$1
sources=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none "@$sources" -ts "$copy"
    python3 - "$copy" "$(basename "$ts")" <<'PY' || status=1
import re, sys
import xml.etree.ElementTree as ET

path, name = sys.argv[1], sys.argv[2]
english = name.endswith("_en.ts")  # English is the source text: only its plurals are translated
placeholders = re.compile(r"%(?:L?[1-9]|n)")
problems = []
for context in ET.parse(path).getroot().iter("context"):
    where = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source")
        plural = message.get("numerus") == "yes"
        if english and not plural:
            continue
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if plural else [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(forms):
            problems.append(f"{where}: untranslated: {source!r}")
            continue
        expected = sorted(placeholders.findall(source))
        for form in forms:
            got = sorted(placeholders.findall(form))
            # A plural form may spell the number out ("eine Quelle") instead of %n.
            if got != expected and not (plural and sorted(got + ["%n"]) == expected):
                problems.append(f"{where}: placeholders differ: {source!r} -> {form!r}")
for problem in problems:
    print(f"{name}: {problem}")
if problems:
    print(f"{name}: {len(problems)} message(s) to translate; run 'cmake --build build --target update_translations' and fill them in")
    sys.exit(1)
print(f"{name}: every message translated")
PY
done
exit "$status"
