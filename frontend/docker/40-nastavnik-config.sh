#!/bin/sh
# Writes the SPA's runtime settings from the container's environment.
set -eu
cat > /usr/share/nginx/html/config.js <<CONFIG
window.__NASTAVNIK_CONFIG__ = {
  apiUrl: '${API_URL:-http://localhost:8080}',
  keycloakUrl: '${KEYCLOAK_URL:-http://localhost:8180}',
  realm: '${KEYCLOAK_REALM:-nastavnik}',
  clientId: '${KEYCLOAK_CLIENT_ID:-nastavnik-spa}',
};
CONFIG
