import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    plugins: [
      {
        // pdf.js text extraction runs in a child process (a utility process in the app) that needs
        // a real file beside the bundle.
        name: 'copy-pdf-text-worker',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'pdf-text-worker.mjs',
            source: readFileSync(resolve(__dirname, 'src/main/core/ingest/pdf-text-worker.mjs'), 'utf8')
          })
        }
      }
    ],
    build: {
      // better-sqlite3 is a native addon and pdf.js runs in a child process's file: keep both external.
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts') }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // The window loads its code from disk, but every byte is still parsed before the first screen.
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        output: {
          // Name the shared on-demand chunks after what they hold (the default names them after
          // whichever module came first, e.g. "fields" for the holiday data).
          codeSplitting: {
            groups: [
              {
                name: 'holiday-data',
                test: /node_modules[\\/](date-holidays|date-holidays-parser|moment|moment-timezone|astronomia|caldate|date-[a-z-]+|jalaali-js|chinese-days|lunar-typescript)[\\/]/
              },
              { name: 'pdfjs', test: /node_modules[\\/]pdfjs-dist[\\/]/ },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ }
            ]
          }
        }
      }
    },
    plugins: [react()]
  }
})
