#!/usr/bin/env bash
# Prepares a fresh Debian/Ubuntu machine to run Vivier: the system libraries Qt needs,
# a virtual environment in .venv and the project installed in it.
#   bash scripts/setup.sh                     # the app
#   bash scripts/setup.sh --test              # the app and the test tools (with the PostgreSQL driver)
#   bash scripts/setup.sh --test --postgres   # also a PostgreSQL server, for the tests on both engines
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
server=""
for argument in "$@"; do
  case "$argument" in
  --test) extras="[test,postgres]" ;;
  --postgres) server="postgresql postgresql-contrib" ;;
  *) echo "usage: $0 [--test] [--postgres]" >&2; exit 2 ;;
  esac
done

# Qt's offscreen and desktop platforms need these (measured in shared/ENVIRONMENT.md).
packages="libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 $server"
python3 -c "import ensurepip" 2>/dev/null || packages="$packages python3-venv"
missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages:$missing"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
# The machine's pip configuration prints a harmless "Location … is ignored" line per package.
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras" 2> >(grep -v "is ignored" >&2)
.venv/bin/python -c "import PySide6.QtWidgets, PySide6.QtPdf, sqlalchemy, alembic, reportlab" \
  || { echo "The Python packages did not install; see the messages above." >&2; exit 1; }
