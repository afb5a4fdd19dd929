#!/bin/sh
# Installs an Omi Tray AppImage on Ubuntu 24.04 and later with the Chromium sandbox on (README,
# "Linux: AppImage on Ubuntu 24.04 and later"). It unpacks the AppImage as you, copies it into
# /opt/omi-tray-appimage (owned by root) and loads the AppArmor profile that lets that executable
# make its sandbox; sudo asks for your password for those two steps. Run it again for a new version.
#   sh install-appimage.sh ~/Downloads/Omi-Tray-0.1.0.AppImage
set -eu

if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then
  echo "Name the Omi Tray AppImage: sh install-appimage.sh path/to/Omi-Tray.AppImage" >&2
  exit 2
fi
appimage=$(realpath "$1")
target=/opt/omi-tray-appimage
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chmod u+x "$appimage"
(cd "$work" && "$appimage" --appimage-extract >/dev/null)
profile="$work/squashfs-root/resources/apparmor-profile-appimage"
if [ ! -f "$profile" ]; then
  echo "This AppImage has no AppArmor profile inside: it is not an Omi Tray AppImage." >&2
  exit 1
fi

sudo rm -rf "$target"
sudo cp -R "$work/squashfs-root" "$target"
sudo chown -R root:root "$target"
sudo chmod -R go-w "$target"
sudo install -m 0644 "$profile" /etc/apparmor.d/omi-tray-appimage
sudo apparmor_parser --replace /etc/apparmor.d/omi-tray-appimage

echo "Omi Tray is installed. Start it with: $target/omi-tray"
