export interface AppConfig {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

declare global {
  interface Window {
    __NASTAVNIK_CONFIG__?: Partial<AppConfig>;
  }
}

const defaults: AppConfig = {
  apiUrl: 'http://localhost:8080',
  keycloakUrl: 'http://localhost:8180',
  realm: 'nastavnik',
  clientId: 'nastavnik-spa',
};

export const config: AppConfig = { ...defaults, ...(window.__NASTAVNIK_CONFIG__ ?? {}) };
