#!/usr/bin/env bash
# Keycloak for ./run.sh: fetched once by its Maven coordinates, unpacked under $NASTAVNIK_HOME and started in
# development mode with the project's realm. Sourced by run.sh; expects ROOT, NASTAVNIK_HOME, NASTAVNIK_CACHE, LOGS.

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_HTTP_PORT=${KEYCLOAK_HTTP_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9000}
KEYCLOAK_REALM_URL="http://localhost:$KEYCLOAK_HTTP_PORT/realms/nastavnik"
KEYCLOAK_HEALTH_URL="http://localhost:$KEYCLOAK_MANAGEMENT_PORT/health/ready"
KEYCLOAK_DIR="$NASTAVNIK_HOME/keycloak-$KEYCLOAK_VERSION"
REALM_FILE="$ROOT/keycloak/realm-nastavnik.json"

keycloak_install() {
  local zip="$NASTAVNIK_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "Fetching Keycloak $KEYCLOAK_VERSION (about 180 MB, once)..."
    mkdir -p "$NASTAVNIK_CACHE"
    mvn -B -q -N -f "$ROOT/pom.xml" dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$NASTAVNIK_CACHE"
  fi
  if [ ! -x "$KEYCLOAK_DIR/bin/kc.sh" ]; then
    echo "Unpacking Keycloak..."
    local tmp="$NASTAVNIK_HOME/keycloak-unpack"
    rm -rf "$tmp" && mkdir -p "$tmp"
    unzip -q "$zip" -d "$tmp"
    mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_DIR"
    rm -rf "$tmp"
  fi
  # --import-realm skips a realm that exists: start from a clean Keycloak database when the realm file changed, or
  # the SPA's address its client is imported with (the realm's rootUrl, where login redirects).
  local sum
  sum=$( (cat "$REALM_FILE"; echo "$(keycloak_web_url)") | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$KEYCLOAK_DIR/data/realm.sha256" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$KEYCLOAK_DIR/data/h2" "$KEYCLOAK_DIR/data/import"
    mkdir -p "$KEYCLOAK_DIR/data/import"
    cp "$REALM_FILE" "$KEYCLOAK_DIR/data/import/"
    echo "$sum" > "$KEYCLOAK_DIR/data/realm.sha256"
  fi
}

# The SPA's address for the realm's client: the stack's SPA port unless a deployment names it.
keycloak_web_url() {
  echo "${NASTAVNIK_WEB_URL:-http://localhost:${SPA_PORT:-5173}}"
}

keycloak_start() {
  keycloak_install
  NASTAVNIK_WEB_URL=$(keycloak_web_url) \
  KC_BOOTSTRAP_ADMIN_USERNAME=${KEYCLOAK_ADMIN:-admin} KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin} \
    start_service keycloak "$KEYCLOAK_DIR/bin/kc.sh" start-dev --http-port "$KEYCLOAK_HTTP_PORT" \
      --http-management-port "$KEYCLOAK_MANAGEMENT_PORT" --import-realm \
      --hostname "http://localhost:$KEYCLOAK_HTTP_PORT" --health-enabled=true
}
