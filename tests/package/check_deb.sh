#!/usr/bin/env bash
# package_deb: builds the Debian package from a build folder and checks what a user gets from it: the files, the
# declared dependencies, a valid menu entry and AppStream metadata, and programs that run from the unpacked tree.
#   check_deb.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$1 id=$2 version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in usr/bin/mnist-workbench usr/bin/mnist-workbench-cli usr/bin/mnist-workbench-fetch-mnist \
         usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/icons/hicolor/16x16/apps/$id.png \
         usr/share/icons/hicolor/48x48/apps/$id.png usr/share/icons/hicolor/256x256/apps/$id.png \
         usr/share/mnist-workbench/recipes/keras-transfer.json usr/share/doc/mnist-workbench/README.md; do
  grep -qx "\./$f" <<<"$contents" || fail "the package lacks /$f"
done
grep -q '^\./home\|^\./root\|^\./etc/' <<<"$contents" && fail "the package writes outside /usr"

[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for d in libtorch libqt6widgets6 libqt6charts6 libqcustomplot qt6-qpa-plugins libqt6svg6 libcurl4; do
  grep -q "$d" <<<"$depends" || fail "Depends does not name $d"
done

root=$work/root
dpkg-deb -x "$deb" "$root"
desktop=$root/usr/share/applications/$id.desktop
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $id.desktop"
  echo "desktop-file-validate: ok"
else
  echo "SKIP desktop-file-validate (desktop-file-utils not installed)"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli rejects the metainfo"
else
  echo "SKIP appstreamcli (appstream not installed)"
fi

# The menu entry's program and icon are in the package.
exe=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exe" ] || fail "Exec=$exe is not an installed program"
icon=$(sed -n 's/^Icon=//p' "$desktop")
ls "$root"/usr/share/icons/hicolor/*/apps/"$icon".* >/dev/null 2>&1 || fail "Icon=$icon is not an installed icon"

# Installed programs find their files beside them: a recipe removed from the unpacked tree must be gone from the
# listing, which proves the CLI reads ../share/mnist-workbench/recipes and not the source tree.
rm "$root/usr/share/mnist-workbench/recipes/from-scratch.json"
recipes=$(env -u MNIST_WORKBENCH_RECIPES "$root/usr/bin/mnist-workbench-cli" recipes)
grep -q keras-transfer <<<"$recipes" || fail "installed CLI lists no keras-transfer recipe"
grep -q from-scratch <<<"$recipes" && fail "installed CLI reads recipes from outside its prefix"

# The app starts as the menu starts it (no arguments) with a fresh profile and keeps running: killed by timeout
# after 8 s is success, any earlier exit a failure.
home=$work/home
mkdir -p "$home"
rc=0
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen \
  timeout 8 "$root/usr/bin/$exe" >"$work/app.log" 2>&1 || rc=$?
[ $rc = 124 ] || { cat "$work/app.log"; fail "the installed app exited with $rc on start"; }
QT_QPA_PLATFORM=offscreen "$root/usr/bin/$exe" --version | grep -q "$version" || fail "--version does not say $version"
echo "package ok"
