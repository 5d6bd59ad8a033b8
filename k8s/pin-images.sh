#!/usr/bin/env bash
# Pins prod to the images a release build just pushed, by digest: every node then runs the very
# same bytes, whatever a tag is made to point at later. Run after
#   NETRAL_REVISION=$(git rev-parse HEAD) mvn -B package -DskipTests -Dquarkus.container-image.build=true \
#       -Dquarkus.container-image.push=true -Dquarkus.container-image.registry=<registry>
# which leaves each service's digest in <service>/target/jib-image.digest (Jib), as
#   k8s/pin-images.sh <registry>
# and commit the overlays/prod/images/kustomization.yaml it writes.
set -euo pipefail
root=${NETRAL_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
registry=${1:?usage: k8s/pin-images.sh <registry>   (for instance registry.example.go.id)}
out=${2:-$root/k8s/overlays/prod/images/kustomization.yaml}
entries=""
for service in roster-service rules-service case-service notification-service console; do
  file=$root/$service/target/jib-image.digest
  [[ -s $file ]] || { echo "$file is missing: build and push the images first (see the top of this script)" >&2; exit 1; }
  digest=$(tr -d '[:space:]' < "$file")
  [[ $digest =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "$file holds no image digest: '$digest'" >&2; exit 1; }
  entries+="  - name: netral/$service
    newName: $registry/netral/$service
    digest: $digest
"
done
cat > "$out.tmp" <<YAML
# The images prod runs, by digest: written by k8s/pin-images.sh from the release build's Jib digests
# (never by hand). Third-party images (Keycloak, PostgreSQL, PgBouncer) are pinned where they are named.
apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
images:
$entries
YAML
mv "$out.tmp" "$out"
echo "prod now runs, by digest:"
grep -E 'newName|digest' "$out" | paste - - | sed 's/ *newName: /  /; s/ *digest: /@/'
