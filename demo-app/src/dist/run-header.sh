#!/bin/sh
# opsdb-migrations demo @VERSION@ (@PLATFORM@): a self-extracting download.
# Unpacks the demo jar once into ${XDG_CACHE_HOME:-$HOME/.cache}/opsdb-demo/@KEY@/ and runs it with java:
#   sh opsdb-demo-@VERSION@-@PLATFORM@.run                    the demo, on its embedded PostgreSQL
#   sh opsdb-demo-@VERSION@-@PLATFORM@.run console current    the migrations console
# JAVA_OPTS is passed to java; JAVA_HOME picks the java to run.
set -u
header_bytes=@HEADER_BYTES@
self=$0
fail() { echo "opsdb-demo: $*" >&2; exit 1; }

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java=$JAVA_HOME/bin/java
elif command -v java >/dev/null 2>&1; then java=java
else fail "java not found: install Java 17 or later (or set JAVA_HOME) to run the demo"
fi

if [ -n "${XDG_CACHE_HOME:-}" ]; then cache=$XDG_CACHE_HOME
elif [ -n "${HOME:-}" ]; then cache=$HOME/.cache
else fail "neither XDG_CACHE_HOME nor HOME is set: set one to say where the demo unpacks"
fi
dir=$cache/opsdb-demo/@KEY@
jar=$dir/opsdb-demo-@VERSION@.jar

if [ ! -f "$jar" ]; then
  command -v xz >/dev/null 2>&1 || fail "xz not found: install xz (xz-utils) to unpack $self"
  mkdir -p "$dir" || fail "cannot create $dir"
  # Unpack into a directory of this process only, then rename the whole jar into place: another run started at the
  # same time does the same, and either finds no jar or a complete one.
  tmp=$cache/opsdb-demo/.unpack-@KEY@-$$
  rm -rf "$tmp"
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 1' HUP INT TERM
  mkdir "$tmp" || fail "cannot create $tmp"
  if ! tail -c +"$((header_bytes + 1))" "$self" | xz -dc > "$tmp/opsdb-demo.jar" 2>/dev/null; then
    fail "$self is damaged or incomplete (its payload does not unpack): download it again"
  fi
  mv -f "$tmp/opsdb-demo.jar" "$jar" || fail "cannot move the unpacked jar to $jar"
  rm -rf "$tmp"
  trap - EXIT HUP INT TERM
fi
exec "$java" ${JAVA_OPTS:-} -jar "$jar" "$@"
