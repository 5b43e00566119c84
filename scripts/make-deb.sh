#!/usr/bin/env bash
# scripts/make-deb.sh BUILD VERSION: the Debian package of the tree, from
# `make install` into a staging root plus the maintainer scripts in debian/;
# dependencies worked out by dpkg-shlibdeps from the binary's libraries.
# Writes BUILD/dieuhanh_VERSION_ARCH.deb (what `make deb` runs).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:?usage: $0 BUILD VERSION}
VERSION=${2:?usage: $0 BUILD VERSION}
cd "$ROOT"
STAGE=$ROOT/$BUILD/deb
PKG=$STAGE/root
ARCH=$(dpkg --print-architecture)
rm -rf "$STAGE"
mkdir -p "$PKG/DEBIAN"
make --no-print-directory install BUILD="$BUILD" DESTDIR="$PKG" PREFIX=/usr SYSCONFDIR=/etc >/dev/null
strip --strip-unneeded "$PKG/usr/sbin/dieuhanh"
install -d "$PKG/usr/share/doc/dieuhanh"
cat >"$PKG/usr/share/doc/dieuhanh/copyright" <<COPY
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: dieuhanh
Files: *
Copyright: the dieuhanh authors
License: see the source tree
COPY
printf 'dieuhanh (%s) unstable; urgency=medium\n\n  * Built from the tree.\n\n -- dieuhanh maintainers <dieuhanh@localhost>  %s\n' \
	"$VERSION" "$(date -R)" | gzip -9n >"$PKG/usr/share/doc/dieuhanh/changelog.Debian.gz"

# dpkg-shlibdeps reads debian/control of the current folder: give it one.
mkdir -p "$STAGE/shlibs/debian"
printf 'Source: dieuhanh\n\nPackage: dieuhanh\nArchitecture: any\n' >"$STAGE/shlibs/debian/control"
DEPENDS=$(cd "$STAGE/shlibs" && dpkg-shlibdeps -O "$PKG/usr/sbin/dieuhanh" 2>/dev/null \
	| sed -n 's/^shlibs:Depends=//p')
[ -n "$DEPENDS" ] || { echo "make-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
SIZE=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$DEPENDS/" \
	-e "s/@SIZE@/$SIZE/" debian/control.in >"$PKG/DEBIAN/control"
install -m 644 debian/conffiles "$PKG/DEBIAN/conffiles"
for s in postinst prerm postrm; do install -m 755 "debian/$s" "$PKG/DEBIAN/$s"; done
(cd "$PKG" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) \
	>"$PKG/DEBIAN/md5sums"
OUT=$ROOT/$BUILD/dieuhanh_${VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$OUT" >/dev/null
echo "$OUT"
