#!/bin/sh
# Builds the self-extracting Linux download of the demo: run-header.sh + xz(the demo jar with every entry stored).
# The fat jar and each nested jar in BOOT-INF/lib are rewritten without compression (same entries, same order,
# nested jars still stored as Spring Boot requires), so that xz compresses across all the classes at once.
# Usage: build-run.sh <demo jar> <output .run> <version> <platform> [xz preset, default -6]
set -eu
src_jar=$1 out=$2 version=$3 platform=$4 preset=${5:--6}
here=$(cd "$(dirname "$0")" && pwd)
for tool in zip unzip xz sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build-run.sh: $tool not found: it is needed to build $out" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/opsdb-demo-run.XXXXXX")
trap 'rm -rf "$work"' EXIT

# store <directory> <entry list> <output jar>: the directory's files as a jar whose entries (in the list's order)
# are all stored
store() {
  (cd "$1" && zip -q -0 -X -nw "$3" -@ < "$2")
}

# store_nested <jar>: the jar rewritten in place with the same entries, in the same order, all stored
store_nested() {
  d=$work/nested
  mkdir "$d"
  unzip -q "$1" -d "$d"
  unzip -Z1 "$1" > "$work/nested.list"
  store "$d" "$work/nested.list" "$work/nested.jar"
  mv -f "$work/nested.jar" "$1"
  rm -rf "$d"
}

fat=$work/fat
mkdir "$fat"
unzip -q "$src_jar" -d "$fat"
for nested in "$fat"/BOOT-INF/lib/*.jar; do store_nested "$nested"; done
unzip -Z1 "$src_jar" > "$work/fat.list"
store "$fat" "$work/fat.list" "$work/stored.jar"

xz "$preset" -T2 -c "$work/stored.jar" > "$work/payload.xz"
key=$(sha256sum "$work/payload.xz" | cut -c1-16)

# The header carries its own length in a fixed-width field (the placeholder's 14 characters, padded with spaces).
sed -e "s|@VERSION@|$version|g" -e "s|@PLATFORM@|$platform|g" -e "s|@KEY@|$key|g" "$here/run-header.sh" > "$work/header"
bytes=$(wc -c < "$work/header" | tr -d ' ')
sed -e "s|@HEADER_BYTES@|$(printf '%-14s' "$bytes")|" "$work/header" > "$work/header.final"
[ "$(wc -c < "$work/header.final" | tr -d ' ')" = "$bytes" ] || { echo "build-run.sh: header length changed" >&2; exit 1; }

mkdir -p "$(dirname "$out")"
cat "$work/header.final" "$work/payload.xz" > "$out.new"
chmod 755 "$out.new"
mv -f "$out.new" "$out"
echo "build-run.sh: $out: $(wc -c < "$out" | tr -d ' ') bytes (payload key $key, xz $preset)"
