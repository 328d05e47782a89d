#!/bin/sh
# Regenerates the oas-*.json fixtures: the answers Prism (tests/contract/node_modules, pinned)
# builds from Auth0's Management API spec in static mode. The spec has no response examples,
# only per-property `default` values; static mode fills each documented field from them (and
# "string", 0, true or an enum's first value where there is none). See SOURCE.txt.
# Usage: tests/data/auth0/make-oas-fixtures.sh   (from anywhere; needs node and python3)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
spec=${SPEC:-$root/tests/contract/specs/auth0/management-api-oas.json}
prism=$root/tests/contract/node_modules/.bin/prism
port=${PORT:-4599}
[ -x "$prism" ] || { echo "Prism missing: npm ci --prefix tests/contract" >&2; exit 1; }
[ -f "$spec" ] || { echo "Spec missing: $spec" >&2; exit 1; }

"$prism" mock -h 127.0.0.1 -p "$port" -v warn "$spec" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT INT TERM
i=0
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
    i=$((i + 1)); [ $i -lt 300 ] || { echo "Prism did not start" >&2; exit 1; }
    sleep 0.1
done

# name method path [body]
fetch() {
    name=$1 method=$2 path=$3 body=${4:-}
    if [ -n "$body" ]; then
        curl -sf -X "$method" -H 'Authorization: Bearer fixture' -H 'Prefer: dynamic=false' \
            -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port$path"
    else
        curl -sf -X "$method" -H 'Authorization: Bearer fixture' -H 'Prefer: dynamic=false' \
            "http://127.0.0.1:$port$path"
    fi | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), indent=2, ensure_ascii=False))' \
        >"$here/oas-$name.json"
    echo "oas-$name.json  $method $path"
}

fetch tenant-settings GET /tenants/settings
fetch action GET /actions/actions/910b1053-577f-4d81-a8c8-020e7319a38a
fetch actions GET /actions/actions
fetch action-deploy POST /actions/actions/910b1053-577f-4d81-a8c8-020e7319a38a/deploy
fetch action-test POST /actions/actions/910b1053-577f-4d81-a8c8-020e7319a38a/test '{"payload":{}}'
fetch action-versions GET /actions/actions/910b1053-577f-4d81-a8c8-020e7319a38a/versions
fetch action-version GET /actions/actions/910b1053-577f-4d81-a8c8-020e7319a38a/versions/12a3b9e6-06e6-4a29-96bf-90c82fe79a0d
fetch execution GET /actions/executions/c5b35bb1-c67d-40bb-9b0d-700b6fe33dd9
fetch triggers GET /actions/triggers
fetch bindings GET /actions/triggers/send-phone-message/bindings
fetch guardian-factors GET /guardian/factors
fetch message-types GET /guardian/factors/phone/message-types
fetch selected-provider GET /guardian/factors/phone/selected-provider
fetch phone-providers GET /branding/phone/providers
fetch phone-provider GET /branding/phone/providers/pro_1
fetch phone-provider-try POST /branding/phone/providers/pro_1/try '{"to":"+14155552671"}'
fetch hooks GET /hooks
fetch hook GET /hooks/00001
fetch logs GET /logs
