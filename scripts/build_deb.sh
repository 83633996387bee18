#!/usr/bin/env bash
# Packs dist/vivier/ (scripts/build_bundle.sh) into dist/vivier_VERSION_amd64.deb with dpkg-deb:
# the bundle under /opt/vivier, /usr/bin/vivier, a desktop entry and the icon.
#   bash scripts/build_deb.sh [--install]   # --install: dpkg -i it (as root) and run `vivier --smoke`
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x dist/vivier/vivier ] || { echo "no dist/vivier: run scripts/build_bundle.sh first" >&2; exit 1; }
version=$(cat dist/vivier/VERSION)
root=build/deb/vivier_${version}_amd64
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/vivier"
cp -a dist/vivier "$root/opt/vivier"
ln -s /opt/vivier/vivier "$root/usr/bin/vivier"
cp resources/icons/vivier.svg "$root/usr/share/icons/hicolor/scalable/apps/vivier.svg"
cp LICENSE "$root/usr/share/doc/vivier/copyright"
cat > "$root/usr/share/applications/vivier.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Vivier
GenericName=Freelance management
GenericName[fr]=Gestion des freelances
Comment=Freelancers, clients, missions and applications, offline
Comment[fr]=Freelances, clients, missions et candidatures, hors ligne
Exec=/opt/vivier/vivier
Icon=vivier
Terminal=false
Categories=Office;
DESKTOP
# What the bundled Qt loads from the system (measured in shared/ENVIRONMENT.md): GL, fonts, the xcb platform.
cat > "$root/DEBIAN/control" <<CONTROL
Package: vivier
Version: $version
Architecture: amd64
Maintainer: The Vivier authors <vivier@example.org>
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: libc6 (>= 2.31), libglib2.0-0, libegl1, libgl1, libx11-6, libx11-xcb1, libxkbcommon0, libxkbcommon-x11-0,
 libfontconfig1, libfreetype6, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,
 libxcb-render-util0, libxcb-shape0, libxcb-xkb1, fonts-dejavu-core
Section: misc
Priority: optional
Homepage: https://example.org/vivier
Description: Freelance management system for a small agency, offline
 Vivier keeps freelancers, clients, missions and the applications between them
 in one local database, with letters, exports and backups.
CONTROL
deb=dist/vivier_${version}_amd64.deb
# gzip: xz took over 4 minutes on 2 shared cores for a few MB less.
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "built $deb ($(du -sm "$deb" | cut -f1) MB)"

if [ "${1:-}" = "--install" ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo dpkg -i "$deb"
  home=$(mktemp -d)
  env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" QT_QPA_PLATFORM=offscreen vivier --smoke
  rm -rf "$home"
fi
