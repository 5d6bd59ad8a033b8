#!/usr/bin/env bash
# Lints every service's OpenAPI document with Spectral (spectral:oas) and Redocly (recommended),
# failing on any error. The documents are written by the services' builds to
# <service>/target/openapi/openapi.json, so build first (mvn -B verify, or mvn -B -DskipTests package).
# The linters' versions are pinned in lint/package.json and lint/package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/lint"
if [ ! -x node_modules/.bin/spectral ] || [ ! -x node_modules/.bin/redocly ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
for service in roster-service rules-service case-service notification-service; do
  doc="$here/../$service/target/openapi/openapi.json"
  if [ ! -f "$doc" ]; then
    echo "lint: $doc is missing; build the services first (mvn -B -DskipTests package)" >&2
    exit 2
  fi
  echo "== $service"
  ./node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error "$doc"
  ./node_modules/.bin/redocly lint --config redocly.yaml "$doc" 2>&1 | tail -3
done
echo "OpenAPI lint: 4 documents, 0 errors"
