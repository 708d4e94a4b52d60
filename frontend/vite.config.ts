/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // Read by scripts/bundle-budget.mjs and the end-to-end test that measures the first page.
    manifest: true,
    // ECharts' chunk (about 530 kB) comes only with a chart; what the first page loads is held to the budget.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React and the router, which every page needs, in one chunk that stays cached across releases.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 30,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Form tests type into several Mantine inputs; on a busy two-core machine that can exceed the default 5 s.
    testTimeout: 20_000,
  },
});
