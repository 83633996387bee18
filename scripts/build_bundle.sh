#!/usr/bin/env bash
# Builds the one-folder bundle dist/vivier/ (PyInstaller, pyinstaller.spec), smoke-tests it from a clean
# environment (no virtual environment on PATH, offscreen), then packs dist/vivier-VERSION-linux-ARCH.tar.gz
# (one folder vivier-VERSION/ inside). Prints its sizes and the build time.
#   bash scripts/build_bundle.sh            # needs `bash scripts/setup.sh` first (the .venv)
set -euo pipefail
cd "$(dirname "$0")/.."

# psycopg travels too: a team connects to its PostgreSQL server from the bundle.
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[bundle,postgres]" 2> >(grep -v "is ignored" >&2)
# The licences travel in resources/, where Help → About → Licences reads them.
.venv/bin/python scripts/third_party_notices.py resources/THIRD_PARTY_NOTICES.txt
cp LICENSE resources/LICENSE
started=$(date +%s)
rm -rf build/pyinstaller dist/vivier
.venv/bin/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist pyinstaller.spec
# ICU's data for every language (31 MB) down to French and English; without gcc the full data stays.
if command -v gcc > /dev/null; then
    .venv/bin/python scripts/trim_icu.py dist/vivier/_internal/PySide6/Qt/lib/libicudata.so.*
else
    echo "no gcc: ICU's data is kept whole (31 MB)" >&2
fi
# Symbol tables are of no use to a user (libpython alone: 18 MB); auditwheel's patched *.libs must stay as they are.
find dist/vivier -type f -name "*.so*" -not -path "*.libs/*" -exec strip --strip-unneeded {} +
echo "build: $(( $(date +%s) - started )) s; size: $(du -sm dist/vivier | cut -f1) MB"
version=$(.venv/bin/python -c "from fms.core.version import app_version; print(app_version())")
echo "$version" > dist/vivier/VERSION

# A clean environment: only the system's PATH, a throw-away HOME, no Python of ours.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" QT_QPA_PLATFORM=offscreen dist/vivier/vivier --smoke
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" dist/vivier/vivier --version

archive="dist/vivier-$version-linux-$(uname -m).tar.gz"
tar -czf "$archive" -C dist --transform "s,^vivier,vivier-$version," vivier
echo "archive: $archive, $(du -m "$archive" | cut -f1) MB"
