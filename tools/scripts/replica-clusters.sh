#!/usr/bin/env bash
# A throwaway primary and its streaming standby for the replica tests (issue 14 point 3):
#   replica-clusters.sh up NAME PRIMARY_PORT STANDBY_PORT   -> prints TEST_REPLICA_* lines (env)
#   replica-clusters.sh down NAME                           -> stops and drops both clusters
# Its own primary (not the shared server): replication needs a `host replication` pg_hba line and
# the shared cluster's configuration is not ours to change. Both use trust on 127.0.0.1 only.
# Exits 2 (and says why) when the Debian cluster tools are missing.
set -euo pipefail
cmd=${1:-}; name=${2:-}
[ -n "$cmd" ] && [ -n "$name" ] || { echo "usage: $0 up|down NAME [PRIMARY_PORT STANDBY_PORT]" >&2; exit 64; }
ver=${PG_CLUSTER_VERSION:-15}
primary="${name}_p"; standby="${name}_s"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$cmd" = down ]; then
  for c in "$standby" "$primary"; do
    if pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$ver $c"; then
      pg_dropcluster --stop "$ver" "$c" || echo "could not drop cluster $ver/$c" >&2
    fi
  done
  exit 0
fi

[ "$cmd" = up ] || { echo "unknown command: $cmd" >&2; exit 64; }
pport=${3:?primary port}; sport=${4:?standby port}
for t in pg_createcluster pg_ctlcluster pg_basebackup pg_dropcluster; do
  command -v "$t" >/dev/null || { echo "replica clusters: $t not found (Debian postgresql-common needed)" >&2; exit 2; }
done

pg_createcluster "$ver" "$primary" -p "$pport" -- --auth-host=trust --auth-local=trust >/dev/null
pg_ctlcluster "$ver" "$primary" start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pport" && break; sleep 0.5; done

pg_createcluster "$ver" "$standby" -p "$sport" -- --auth-host=trust --auth-local=trust >/dev/null
sdata=$(pg_conftool -s "$ver" "$standby" show data_directory 2>/dev/null || echo "/var/lib/postgresql/$ver/$standby")
as_postgres find "$sdata" -mindepth 1 -delete
as_postgres pg_basebackup -h 127.0.0.1 -p "$pport" -U postgres -D "$sdata" -R -X stream -c fast
pg_ctlcluster "$ver" "$standby" start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$sport" && break; sleep 0.5; done

echo "TEST_REPLICA_PRIMARY_URL=postgres://postgres@127.0.0.1:$pport/postgres"
echo "TEST_REPLICA_STANDBY_URL=postgres://postgres@127.0.0.1:$sport/postgres"
echo "TEST_REPLICA_STANDBY_CLUSTER=$ver/$standby"
