#!/usr/bin/env bash
# Sets up a shared office database for disclosure_desktop on a Debian/Ubuntu machine with Debian's `postgresql`
# (spec §14), for the office's IT person. Run as root, again whenever a clerk joins or the program is upgraded:
#
#   sudo bash scripts/shared_server.sh [--database NAME] [--admin ROLE] [--network CIDR] CLERK...
#
# It installs PostgreSQL when missing and starts Debian's cluster; creates the database, its owner role (the
# administrator's login, for `db upgrade` and backups) and one login role per clerk (member of a group role),
# printing each new password once; runs `disclosure-desktop db upgrade` (which backs up first); and grants the
# clerks what the program needs — no more: versions and the audit log can be added to, never changed or deleted.
# With --network 192.168.1.0/24 the server also listens on the office network and admits the clerks from it
# (password, scram-sha-256). PGHOST/PGPORT name another cluster (the tests use a throwaway one), and
# DISCLOSURE_ADMIN_PASSWORD the administrator's password on a later run (else it is asked).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
database=disclosure
admin=disclosure_admin
group=disclosure_clerks
network=""
clerks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database="$2"; shift 2 ;;
    --admin) admin="$2"; shift 2 ;;
    --network) network="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) clerks+=("$1"); shift ;;
  esac
done
# Role and database names go into SQL: only plain lower-case names.
for name in "$database" "$admin" "$group" ${clerks[@]+"${clerks[@]}"}; do
  if ! [[ "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
    echo "not a plain name (a-z, 0-9, _): $name" >&2
    exit 2
  fi
done
if [ "$(id -u)" != 0 ]; then
  echo "run as root (sudo): it installs PostgreSQL and acts as the postgres user" >&2
  exit 2
fi

# --- the server ----------------------------------------------------------------------------------------------------
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "Installing Debian's postgresql …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
if [ -z "${PGHOST:-}" ]; then
  read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
  if [ "$status" != online ]; then
    pg_ctlcluster "$version" "$cluster" start
  fi
  export PGHOST=/var/run/postgresql PGPORT="$port"
fi
export PGPORT="${PGPORT:-5432}"
psql_admin() {  # psql as the postgres superuser over the local socket; SQL on standard input
  su postgres -s /bin/sh -c "psql -X -q -v ON_ERROR_STOP=1 -h '$PGHOST' -p '$PGPORT' -d '$1'"
}
new_password() { python3 -c 'import secrets; print(secrets.token_urlsafe(12))'; }
exists() {  # role or database of that name
  su postgres -s /bin/sh -c "psql -X -tA -h '$PGHOST' -p '$PGPORT' -d postgres -c \"$1\"" | grep -q 1
}

# --- roles and the database ----------------------------------------------------------------------------------------
printed=()
if ! exists "SELECT 1 FROM pg_roles WHERE rolname = '$group'"; then
  echo "CREATE ROLE $group NOLOGIN;" | psql_admin postgres
fi
admin_password="${DISCLOSURE_ADMIN_PASSWORD:-}"
if ! exists "SELECT 1 FROM pg_roles WHERE rolname = '$admin'"; then
  admin_password="$(new_password)"
  echo "CREATE ROLE $admin LOGIN PASSWORD '$admin_password';" | psql_admin postgres
  printed+=("administrator  $admin  $admin_password")
elif [ -z "$admin_password" ]; then
  read -r -s -p "password of $admin: " admin_password
  echo
fi
if ! exists "SELECT 1 FROM pg_database WHERE datname = '$database'"; then
  echo "CREATE DATABASE $database OWNER $admin ENCODING 'UTF8' TEMPLATE template0;" | psql_admin postgres
fi
psql_admin postgres <<SQL
REVOKE ALL ON DATABASE $database FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $database TO $group;
SQL
for clerk in ${clerks[@]+"${clerks[@]}"}; do
  if ! exists "SELECT 1 FROM pg_roles WHERE rolname = '$clerk'"; then
    password="$(new_password)"
    echo "CREATE ROLE $clerk LOGIN PASSWORD '$password' IN ROLE $group;" | psql_admin postgres
    printed+=("clerk          $clerk  $password")
  else
    echo "GRANT $group TO $clerk;" | psql_admin postgres
  fi
done

# --- the program's tables: `db upgrade` as the administrator (it backs an older schema up first) -----------------
program="$here/.venv/bin/disclosure-desktop"
if [ ! -x "$program" ] || ! "$here/.venv/bin/python" -c 'import psycopg' 2>/dev/null; then
  echo "Installing the program with its PostgreSQL driver into $here/.venv …"
  [ -x "$here/.venv/bin/python" ] || python3 -m venv "$here/.venv"
  "$here/.venv/bin/python" -m pip install -q -e "$here[postgres]"
fi
backups=/var/backups/disclosure-desktop
mkdir -p "$backups"
chmod 700 "$backups"
host="$PGHOST"
[ "${host#/}" != "$host" ] && host="127.0.0.1"  # a socket folder: the program connects over TCP locally
PGPASSWORD="$admin_password" "$program" --db "postgresql+psycopg://$admin@$host:$PGPORT/$database" \
  db upgrade --backup-dir "$backups"

# --- what the clerks may do: write reports, add versions and audit entries, never change or delete those ---------
psql_admin "$database" <<SQL
GRANT USAGE ON SCHEMA public TO $group;
GRANT SELECT ON alembic_version TO $group;
GRANT SELECT, INSERT, UPDATE, DELETE ON report, report_meta, section_text, cell, acknowledgement, app_state,
  report_presence TO $group;
GRANT SELECT, INSERT ON report_version, audit_log TO $group;
GRANT SELECT, INSERT, UPDATE, DELETE ON review_batch, review_unit, review_file, review_remark TO $group;
GRANT SELECT, INSERT, UPDATE ON report_submission, report_remarks, report_remark_item, report_publication TO $group;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO $group;
SQL

# --- the office network ----------------------------------------------------------------------------------------------
if [ -n "$network" ]; then
  if [ -z "${version:-}" ]; then
    echo "--network applies to Debian's own cluster only (PGHOST was given)" >&2
    exit 2
  fi
  conf="/etc/postgresql/$version/$cluster"
  echo "listen_addresses = '*'" >"$conf/conf.d/disclosure-desktop.conf"
  rule="host $database $admin,+$group $network scram-sha-256"
  grep -qxF "$rule" "$conf/pg_hba.conf" || echo "$rule" >>"$conf/pg_hba.conf"
  pg_ctlcluster "$version" "$cluster" restart
fi

echo
echo "The shared database is ready: postgresql+psycopg://NAME@$(hostname -f 2>/dev/null || hostname):$PGPORT/$database"
for line in ${printed[@]+"${printed[@]}"}; do
  echo "  $line"
done
[ ${#printed[@]} -gt 0 ] && echo "(new passwords are shown only this once: hand each to its clerk)"
echo "Back it up daily, e.g. in root's crontab:"
echo "  30 19 * * * PGPASSWORD=… $program --db postgresql+psycopg://$admin@$host:$PGPORT/$database backup -o $backups/daily-\$(date +\\%u).sqlite"
