#!/usr/bin/env bash
# Writes .env for docker-compose.yml with a fresh random password for every account, once.
#   deploy/make-env.sh                       # local: http://localhost:5173, :8080, :8180, with the demo region
#   deploy/make-env.sh nastavnik.example.ru  # behind the TLS proxy: https://nastavnik.example.ru,
#                                            # https://api.nastavnik.example.ru, https://auth.nastavnik.example.ru
# The databases keep the passwords they were created with, so an existing .env is never replaced; README.md
# ("Changing secrets") tells how to change one later. .env.example describes every setting.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -e .env ]; then
  echo ".env already exists; its passwords are the ones the databases were created with. Edit it instead." >&2
  exit 1
fi

secret() {
  LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32
}

domain=${1:-}
if [ -n "$domain" ]; then
  web_url="https://$domain"
  api_url="https://api.$domain"
  keycloak_url="https://auth.$domain"
  demo=false
else
  web_url=http://localhost:5173
  api_url=http://localhost:8080
  keycloak_url=http://localhost:8180
  demo=true
fi

umask 077
cat > .env <<ENV
# Written by deploy/make-env.sh. It holds every password of this deployment: keep it private and backed up.
DB_OWNER_PASSWORD=$(secret)
DB_PASSWORD=$(secret)
KEYCLOAK_DB_PASSWORD=$(secret)
KEYCLOAK_ADMIN_PASSWORD=$(secret)
NASTAVNIK_SCRIPTS_SECRET=$(secret)
NASTAVNIK_PORTAL_SECRET=$(secret)
WEB_URL=$web_url
API_URL=$api_url
KEYCLOAK_URL=$keycloak_url
NASTAVNIK_DEMO_DATA=$demo
ENV
echo "Wrote .env for $web_url (the Keycloak administrator is admin, its password is KEYCLOAK_ADMIN_PASSWORD there)."
