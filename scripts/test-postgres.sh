#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster, for the tests of the PostgreSQL ledger:
#   scripts/test-postgres.sh COMMAND ARGS...
# initdb in a new temporary folder, a server on a free loopback port with a random password, run as
# the unprivileged user folio-test when called as root (PostgreSQL refuses to run as root), and
# FOLIO_TEST_POSTGRES set to its address for COMMAND. The server is stopped and the folder removed
# when COMMAND ends, however it ends; the exit status is COMMAND's.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL's server is not installed: ./scripts/setup.sh --test-oracles installs it" >&2
    exit 1
fi

folder=$(mktemp -d /tmp/folio-postgres.XXXXXX)
as=()
if [ "$(id -u)" -eq 0 ]; then
    id -u folio-test >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin folio-test
    as=(runuser -u folio-test --)
fi
stop() {
    "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM

password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s\n' "$password" > "$folder/password"
[ ${#as[@]} -eq 0 ] || chown -R folio-test "$folder"
chmod 700 "$folder"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"${as[@]}" "$bin/initdb" -D "$folder/data" -U folio --auth=scram-sha-256 --pwfile="$folder/password" -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
# fsync off: a test cluster lives for one run, and its durability is not what the tests check.
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
    || { cat "$folder/server.log" >&2; exit 1; }

export FOLIO_TEST_POSTGRES="postgres://folio:$password@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port (stopped at the end)"
"$@"
