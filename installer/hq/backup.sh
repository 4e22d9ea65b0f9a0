#!/bin/sh
# Nightly backup of the HQ database (docs/deploy-hq.md): a pg_dump custom-format archive into
# BACKUP_DIR (default /var/backups/inspector-hq), checked at once by restore_test.sh, and the ones
# older than KEEP_DAYS (default 14) removed. Run as the postgres user (or any role that may read the
# database and create the scratch one); the timer inspector-hq-backup.timer does it every night.
set -eu
database=${1:-inspector_hq}
dir=${BACKUP_DIR:-/var/backups/inspector-hq}
keep_days=${KEEP_DAYS:-14}
here=$(cd "$(dirname "$0")" && pwd)

umask 077
mkdir -p "$dir"
file="$dir/$database-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --no-privileges --file "$file.part" "$database"
mv "$file.part" "$file"
echo "backup $file ($(wc -c < "$file" | tr -d ' ') bytes)"
# The backup is only a backup once it restores: restore it into a scratch database and compare.
# A sync that wrote between the dump and the comparison shows as DIFFERS: the timer runs at night.
sh "$here/restore_test.sh" --dump "$file" "$database"
find "$dir" -name "$database-*.dump" -type f -mtime "+$keep_days" -print -delete
