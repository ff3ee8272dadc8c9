#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL on loopback for the benchmark baseline (never used by CI).
#   bench/postgres.sh start DIR   -> prints the JDBC URL; data, socket and log live in DIR
#   bench/postgres.sh stop DIR
# Uses Debian's postgresql (installed with apt-get when missing and running as root). PostgreSQL refuses
# to run as root, so as root it runs as the 'postgres' system user.
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data directory}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$bin" ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  else
    echo "PostgreSQL is not installed: sudo apt-get install postgresql" >&2
    exit 1
  fi
fi
as_owner=()
if [[ $(id -u) -eq 0 ]]; then as_owner=(runuser -u postgres --); fi

case "$action" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U bench -A trust -E UTF8 --no-locale >"$dir/initdb.log"
    port=$(( 40000 + RANDOM % 20000 ))
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -o \
      "-c listen_addresses=127.0.0.1 -p $port -k $dir -c shared_buffers=256MB -c work_mem=32MB -c max_connections=40" \
      start >&2
    echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=bench"
    ;;
  stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
    fi
    ;;
  version)
    "$bin/postgres" --version
    ;;
  *)
    echo "usage: $0 start|stop|version DIR" >&2
    exit 2
    ;;
esac
