#!/usr/bin/env bash
# Extracts the interface's strings into resources/i18n/vivier_fr.ts (keeping translations
# already made) and compiles it to the .qm file the app loads.
#   bash scripts/update_translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
files=$(find fms -name '*.py' | sort)
# shellcheck disable=SC2086
$bin/pyside6-lupdate -extensions py -no-obsolete -locations none $files -ts resources/i18n/vivier_fr.ts
$bin/pyside6-lrelease -silent resources/i18n/vivier_fr.ts -qm resources/i18n/vivier_fr.qm
