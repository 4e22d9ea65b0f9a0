#!/bin/sh
# Restore test of an HQ backup (docs/deploy-hq.md, "Backups"): restores a pg_dump archive into a scratch
# database and compares it with the live one, table by table (row count and a digest of the rows).
#
#   restore_test.sh DATABASE                 take a fresh dump of DATABASE, restore it, compare
#   restore_test.sh --dump FILE DATABASE     restore FILE (e.g. last night's backup of DATABASE) and
#                                            compare; run it against a quiet DATABASE (or one restored
#                                            from the same backup), since later writes differ by design
#   options: --scratch NAME (default DATABASE_restore_test), --keep (leave the scratch database)
#
# Connection: the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass), as pg_dump uses it.
# Needs pg_dump, pg_restore, psql, createdb and dropdb (Debian: postgresql-client) of the server's major
# version or newer. Exit status: 0 when every table matches, 1 when one differs (named), 2 on misuse.
set -eu

dump=""
scratch=""
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --dump) dump=$2; shift 2 ;;
        --scratch) scratch=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "restore_test.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
[ $# -eq 1 ] || { echo "usage: restore_test.sh [--dump FILE] [--scratch NAME] [--keep] DATABASE" >&2; exit 2; }
source_db=$1
scratch=${scratch:-${source_db}_restore_test}
[ "$scratch" != "$source_db" ] || { echo "restore_test.sh: the scratch database must not be $source_db" >&2; exit 2; }

work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if [ "$keep" -eq 0 ]; then dropdb --if-exists "$scratch" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT INT TERM

if [ -z "$dump" ]; then
    dump=$work/backup.dump
    pg_dump --format=custom --no-owner --no-privileges --file "$dump" "$source_db"
fi
[ -s "$dump" ] || { echo "restore_test.sh: no dump at $dump" >&2; exit 2; }
echo "dump     $dump ($(wc -c < "$dump" | tr -d ' ') bytes)"

PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$scratch"
createdb "$scratch"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname "$scratch" "$dump"
echo "restored into $scratch"

# Every user table: its row count and an order-independent digest of its rows.
tables_sql="SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
psql -X -At -v ON_ERROR_STOP=1 -d "$source_db" -c "$tables_sql" > "$work/source_tables"
psql -X -At -v ON_ERROR_STOP=1 -d "$scratch" -c "$tables_sql" > "$work/scratch_tables"
if ! cmp -s "$work/source_tables" "$work/scratch_tables"; then
    echo "FAILED: the restored database does not have the same tables:" >&2
    diff "$work/source_tables" "$work/scratch_tables" >&2 || true
    exit 1
fi

digest() {  # database table -> "count digest"
    psql -X -At -F ' ' -v ON_ERROR_STOP=1 -d "$1" -c \
        "SELECT count(*), md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) FROM $2 t"
}
differ=0
tables=0
rows=0
while IFS= read -r table; do
    live=$(digest "$source_db" "$table")
    restored=$(digest "$scratch" "$table")
    count=${live%% *}
    if [ "$live" = "$restored" ]; then
        printf 'ok       %-40s %10s rows\n' "$table" "$count"
    else
        printf 'DIFFERS  %-40s %10s rows live, %s restored\n' "$table" "$count" "${restored%% *}"
        differ=$((differ + 1))
    fi
    tables=$((tables + 1))
    rows=$((rows + count))
done < "$work/source_tables"

schema=$(psql -X -At -d "$scratch" -c "SELECT version_num FROM alembic_version" 2>/dev/null || echo "none")
if [ "$differ" -ne 0 ]; then
    echo "FAILED: $differ of $tables tables differ between $source_db and the restored copy"
    exit 1
fi
echo "restore test passed: $tables tables, $rows rows identical, schema revision $schema"
