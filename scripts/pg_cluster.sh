#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the benchmark (Debian's `postgresql` package): `start DIR`
# runs initdb in DIR (as the postgres user when run as root: initdb refuses root), listens only on 127.0.0.1 on a
# free port, and prints its SQLAlchemy URL; `stop DIR` stops it fast and deletes DIR; `pause DIR` / `resume DIR`
# stop and start it again on the same port (a server restart, for the tests). Nothing else is touched. Run as root,
# DIR must be reachable by the postgres user (a folder of its own under /tmp, as `mktemp -d` makes).
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: scripts/pg_cluster.sh start|stop|pause|resume DIR" >&2
  exit 2
fi

# Debian keeps the server programs out of PATH (/usr/lib/postgresql/VERSION/bin); the newest installed one wins.
bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir="$(pg_config --bindir)"
fi
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
  [ -x "$candidate/initdb" ] && bindir="$candidate"
done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
  bindir="$(dirname "$(command -v initdb)")"
fi
if [ -z "$bindir" ]; then
  echo "pg_cluster: no initdb found (install Debian's postgresql package)" >&2
  exit 3
fi

as_owner() {
  # initdb and the server refuse to run as root; the postgres user owns the cluster then.
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "'$bindir/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --no-locale" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: bind to port 0 and take what the system gave (the race with another program is harmless
    # here: pg_ctl then fails and says so).
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    # The server's own defaults otherwise (fsync on): the benchmark's commit times are a real server's.
    opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -o '$opts' -l '$dir/server.log' -w -t 60 start" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  pause)
    # The server goes away (as when the office's server restarts); its data stays for `resume`.
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null
    ;;
  resume)
    port="$(cat "$dir/port")"
    opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -o '$opts' -l '$dir/server.log' -w -t 60 start" >/dev/null
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/pg_cluster.sh start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac
