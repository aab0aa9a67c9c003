# shellcheck shell=bash
# A private PostgreSQL cluster for the benchmarks, sourced by benchmarks/run and benchmarks/live-load: the newest
# server binaries under /usr/lib/postgresql, run as OS user `postgres` on a free loopback port, trusted, with
# fsync=off, full_page_writes=off and synchronous_commit=off, logging with the application name in each line
# (log_line_prefix '%m [%p] %a ').
#
# start_private_postgres sets PG_BIN, PG_TMP (its directory), PG_DATA, PG_LOG and PG_PORT;
# stop_private_postgres stops it and removes PG_TMP (call it from the EXIT trap). Both use the caller's `log`.

PG_STARTED=0
PG_TMP=

start_private_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "${PG_BIN:-}/pg_ctl" ] || { log "no PostgreSQL server binaries under /usr/lib/postgresql"; return 1; }
  id -u postgres >/dev/null 2>&1 || { log "OS user 'postgres' missing"; return 1; }

  PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/opsdb-bench-pg.XXXXXXXX")
  chown postgres:postgres "$PG_TMP"
  chmod 700 "$PG_TMP"
  PG_DATA="$PG_TMP/data"
  PG_LOG="$PG_TMP/postgres.log"

  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=trust \
    -E UTF8 --locale=C --no-sync >"$PG_TMP/initdb.log" 2>&1 || { cat "$PG_TMP/initdb.log" >&2; return 1; }

  PG_PORT=
  local attempt candidate
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    candidate=$(( 20000 + RANDOM % 40000 ))
    ss -Htan "( sport = :$candidate )" 2>/dev/null | grep -q . && continue
    if runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
         -o "-p $candidate -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c log_line_prefix='%m [%p] %a '" \
         start >/dev/null; then
      PG_PORT=$candidate
      PG_STARTED=1
      break
    fi
    log "could not start PostgreSQL on port $candidate (attempt $attempt)"
  done
  [ -n "$PG_PORT" ] || { log "PostgreSQL did not start"; return 1; }
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_private_postgres() {
  if [ "$PG_STARTED" = 1 ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" stop -m fast -w -t 30 >/dev/null 2>&1 \
      || runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" stop -m immediate -w >/dev/null 2>&1 || true
    PG_STARTED=0
  fi
  [ -z "$PG_TMP" ] || rm -rf "$PG_TMP"
}
