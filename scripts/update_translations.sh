#!/usr/bin/env bash
# Extracts the interface's strings into resources/i18n/vivier_fr.ts (keeping translations
# already made) and compiles it to the .qm file the app loads; English gets only its plural
# forms ("1 row", "3 rows"), written by scripts/english_plurals.py.
#   bash scripts/update_translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
files=$(find fms -name '*.py' | sort)
# shellcheck disable=SC2086
$bin/pyside6-lupdate -extensions py -no-obsolete -locations none $files -ts resources/i18n/vivier_fr.ts
$bin/pyside6-lrelease -silent resources/i18n/vivier_fr.ts -qm resources/i18n/vivier_fr.qm
# shellcheck disable=SC2086
$bin/pyside6-lupdate -extensions py -no-obsolete -locations none -pluralonly -target-language en_GB $files \
  -ts resources/i18n/vivier_en.ts
$bin/python scripts/english_plurals.py
$bin/pyside6-lrelease -silent resources/i18n/vivier_en.ts -qm resources/i18n/vivier_en.qm
