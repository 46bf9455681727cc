#!/usr/bin/env bash
# Builds the .deb from a build tree with CPack and checks its control file and file list.
# usage: check_deb.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check_deb.sh BUILD_DIR}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "built $deb"
control=$(dpkg-deb -f "$deb")
files=$(dpkg-deb -c "$deb")
echo "$control"

fail=0
need_field() { grep -qE "$1" <<<"$control" || { echo "FAIL: control lacks $1"; fail=1; }; }
need_file() { grep -qE "$1" <<<"$files" || { echo "FAIL: package lacks $1"; fail=1; }; }
need_field '^Package: nexvitad-workstation$'
need_field '^Version: [0-9]+\.[0-9]+\.[0-9]+'
need_field '^Architecture: (amd64|arm64)$'
need_field '^Depends:.*libopenblas0-openmp'
need_field '^Depends:.*libqt6sql6-sqlite'
need_field '^Depends:.*libtorch'      # from dpkg-shlibdeps
need_field '^Depends:.*libqt6core6'   # from dpkg-shlibdeps
need_file '\./usr/bin/nexvitad$'
need_file '\./usr/bin/nexvitad-cli$'
need_file '\./usr/share/applications/org\.nexvitad\.Workstation\.desktop$'
need_file '\./usr/share/metainfo/org\.nexvitad\.Workstation\.metainfo\.xml$'
need_file '\./usr/share/icons/hicolor/scalable/apps/org\.nexvitad\.Workstation\.svg$'
need_file '\./usr/share/icons/hicolor/256x256/apps/org\.nexvitad\.Workstation\.png$'
# The packaged CLI runs from the extracted package (what `apt install ./file.deb` puts in
# /usr/bin) against the system libraries that Depends: names.
dpkg-deb -x "$deb" "$out/root"
home=$(mktemp -d)
trap 'rm -rf "$out" "$home"' EXIT
if ! XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home "$out/root/usr/bin/nexvitad-cli" doctor >"$out/doctor.log" 2>&1; then
    echo "FAIL: packaged nexvitad-cli doctor failed:"; cat "$out/doctor.log"; fail=1
fi
grep -q "Status: *usable" "$out/doctor.log" || { echo "FAIL: doctor did not report usable"; fail=1; }
[ "$fail" = 0 ] && echo "package OK"
exit $fail
