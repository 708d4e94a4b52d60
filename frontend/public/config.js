// Runtime settings of the SPA. The nginx image rewrites this file from its environment at start.
window.__NASTAVNIK_CONFIG__ = {
  apiUrl: 'http://localhost:8080',
  keycloakUrl: 'http://localhost:8180',
  realm: 'nastavnik',
  clientId: 'nastavnik-spa',
};
