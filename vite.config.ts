import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { ispybPlugin } from './src/demo/vite-plugin';

export default defineConfig({
  plugins: [react(), ispybPlugin()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  worker: { format: 'es' },
});
