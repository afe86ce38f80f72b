#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (the ctest fixture "postgres", tests/CMakeLists.txt).
#
#   pgserver.sh start DIR   initdb + pg_ctl start in DIR (created; any old server there is stopped and
#                           removed first); listens on a Unix socket in DIR only, never on TCP.
#   pgserver.sh stop DIR    stops it and removes DIR.
#   pgserver.sh url DIR     prints the URL the tests connect with (HACKDESK_TEST_PG).
#
# PostgreSQL refuses to run as root: run as root, the server runs as the unprivileged user
# $HACKDESK_PG_USER (default "nobody"). Its superuser is "hackdesk", trusted on the socket only.
# Durability is switched off (fsync, full-page writes): the data lives for one test run.
set -euo pipefail
cmd="${1:-}"
dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|url DIR" >&2
  exit 2
fi
bindir="${HACKDESK_PG_BINDIR:-}"
if [ -z "$bindir" ]; then
  for v in 17 16 15 14 13; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bindir="/usr/lib/postgresql/$v/bin"; break; fi
  done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "pgserver.sh: no PostgreSQL server found (install the Debian package postgresql)" >&2
  exit 1
fi
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  runas="${HACKDESK_PG_USER:-nobody}"
  as_user=(setpriv --reuid="$runas" --regid="$(id -g "$runas")" --clear-groups --)
fi
data="$dir/data"

stop() {
  if [ -f "$data/postmaster.pid" ]; then
    "${as_user[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$cmd" in
start)
  stop
  mkdir -p "$dir"
  chmod 700 "$dir"
  [ ${#as_user[@]} -gt 0 ] && chown "$runas" "$dir"
  # C collation: plain text orders byte by byte, as SQLite's BINARY does.
  (cd "$dir" && "${as_user[@]}" "$bindir/initdb" -D "$data" -U hackdesk --auth=trust --encoding=UTF8 \
     --locale=C --no-sync >"$dir/initdb.log" 2>&1) || { cat "$dir/initdb.log" >&2; exit 1; }
  # The socket directory must let the tests (root or not) in.
  chmod 755 "$dir"
  (cd "$dir" && "${as_user[@]}" "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 start \
     -o "-c listen_addresses='' -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
     >/dev/null) || { cat "$dir/server.log" >&2; exit 1; }
  ;;
stop)
  stop
  ;;
url)
  # The socket folder as the host, percent-encoded as libpq's URLs have it.
  echo "postgresql://hackdesk@$(printf '%s' "$dir" | sed 's|/|%2F|g'):5432/postgres"
  ;;
*)
  echo "usage: $0 start|stop|url DIR" >&2
  exit 2
  ;;
esac
