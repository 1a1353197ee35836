#!/usr/bin/env bash
# secrets: the generated passwords live only in pgpass (0600), pgbouncer's
# auth file and the Redis ACL user's password file (0600) — not in lab.env,
# the profile, any config or log, nor on any process's command line. (The secrets never go on this script's command
# lines either: grep reads them from a pipe.)
# shellcheck source=../lib/smoke.sh
source "$(dirname "$0")/../lib/smoke.sh"

[ "$(stat -c %a "$PGPASSFILE")" = 600 ] || fail "$PGPASSFILE is not mode 0600"
[ "$(stat -c %a "$REDIS_ACL_PASSWORD_FILE")" = 600 ] || fail "$REDIS_ACL_PASSWORD_FILE is not mode 0600"
secrets() { { cut -d: -f5 "$PGPASSFILE"; cat "$REDIS_ACL_PASSWORD_FILE"; echo; } | grep -v '^$' | sort -u; }
n=$(secrets | wc -l)
[ "$n" -ge 3 ] || fail "expected passwords for pitwall_monitor, lab_app and the Redis ACL user"

# every file of the lab but the databases' own data
hits=$(grep -rlF -f <(secrets) "$PITWALL_LAB" --exclude-dir=pg --exclude-dir=pg2 \
    --exclude-dir=prometheus --exclude-dir=data 2>/dev/null || true)
while read -r f; do
    case "$f" in
        ''|"$PGPASSFILE"|"$PITWALL_LAB/pgbouncer/userlist.txt"|"$REDIS_ACL_PASSWORD_FILE") ;;
        *) fail "a password is written in $f" ;;
    esac
done <<<"$hits"

args=$(ps -eo args=)
while read -r s; do
    [[ "$args" != *"$s"* ]] || fail "a password is on a process command line"
done < <(secrets)

if grep -qE '://[^/@ ]*:[^/@ ]*@' "$PITWALL_PROFILE"; then
    fail "a URL in $PITWALL_PROFILE carries a password"
fi
ok "$n passwords: only in pgpass, the pgbouncer auth file and the Redis ACL password file"
