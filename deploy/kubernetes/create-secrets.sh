#!/usr/bin/env bash
# Creates the Secrets the manifests refer to, each with a fresh random password, in the namespace (default
# nastavnik). A Secret that exists already is left alone: the databases and Keycloak keep the passwords they
# were created with, so running this again changes nothing.
#   deploy/kubernetes/create-secrets.sh [namespace]
# The TLS certificate (nastavnik-tls) and the backup bucket's keys (nastavnik-backup-s3) are not made here.
set -euo pipefail
ns=${1:-nastavnik}

secret() {
  LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32
}

create() {
  local name=$1
  shift
  if kubectl -n "$ns" get secret "$name" > /dev/null 2>&1; then
    echo "secret/$name exists, kept"
  else
    kubectl -n "$ns" create secret generic "$name" "$@"
  fi
}

kubectl create namespace "$ns" --dry-run=client -o yaml | kubectl apply -f -

# CloudNativePG wants basic-auth Secrets (username and password) for the owner and for managed roles.
create nastavnik-db-owner --type=kubernetes.io/basic-auth \
  --from-literal=username=nastavnik --from-literal=password="$(secret)"
create nastavnik-db-app-role --type=kubernetes.io/basic-auth \
  --from-literal=username=nastavnik_app --from-literal=password="$(secret)"
create keycloak-db-owner --type=kubernetes.io/basic-auth \
  --from-literal=username=keycloak --from-literal=password="$(secret)"
# Keycloak's first administrator (master realm), used by the operator on the first start only.
create keycloak-bootstrap-admin \
  --from-literal=username=admin --from-literal=password="$(secret)"
# Placeholders of the realm import: the scripts and portal clients' secrets.
create nastavnik-keycloak-realm \
  --from-literal=scripts-client-secret="$(secret)" \
  --from-literal=portal-client-secret="$(secret)"
