import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import boundaries from 'eslint-plugin-boundaries'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'drizzle/**',
      'test-results/**',
      'playwright-report/**',
      '.electron-native/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn'
    }
  },
  {
    // The core runs in Node and in the browser preview's server: it must never need Electron.
    files: ['src/main/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The core never imports electron.' }] }
      ]
    }
  },
  {
    // One folder per area (DESIGN.md): only repos and db/ touch SQL; an area calls another
    // area's services, never its repo; the kernel knows no area.
    files: ['src/main/core/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.node.json' } },
      'boundaries/legacy-warnings': false,
      'boundaries/elements': [
        { type: 'schema', pattern: 'src/main/core/db/schema.ts', mode: 'full' },
        { type: 'db', pattern: 'src/main/core/db', mode: 'folder' },
        { type: 'kernel-repo', pattern: 'src/main/core/kernel/repo.ts', mode: 'full' },
        { type: 'kernel', pattern: 'src/main/core/kernel', mode: 'folder' },
        { type: 'infrastructure', pattern: 'src/main/core/(vault|ingest)', mode: 'folder' },
        { type: 'repo', pattern: 'src/main/core/*/repo.ts', mode: 'full', capture: ['area'] },
        { type: 'repo', pattern: 'src/main/core/*/repo', mode: 'folder', capture: ['area'] },
        { type: 'area', pattern: 'src/main/core/*', mode: 'folder', capture: ['area'] },
        { type: 'core', pattern: 'src/main/core/index.ts', mode: 'full' }
      ]
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { types: { anyOf: ['area', 'kernel'] } } },
              disallow: { to: { element: { type: 'schema' } } }
            },
            {
              from: { element: { type: 'area' } },
              disallow: {
                to: { element: { type: 'repo', captured: { area: '!{{ from.element.captured.area }}' } } }
              }
            },
            {
              from: { element: { type: 'kernel' } },
              disallow: { to: { element: { types: { anyOf: ['area', 'repo'] } } } }
            }
          ]
        }
      ]
    }
  },
  {
    // SQL lives in the areas' repos and db/; services see plain functions (team mode swaps repos).
    files: ['src/main/core/**/*.ts'],
    ignores: ['src/main/core/db/**', 'src/main/core/**/repo.ts', 'src/main/core/**/repo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The core never imports electron.' },
            { name: 'better-sqlite3', message: 'Queries belong in the area repo.ts.' },
            { name: 'drizzle-orm', message: 'Queries belong in the area repo.ts.' }
          ],
          patterns: [{ group: ['drizzle-orm/*'], message: 'Queries belong in the area repo.ts.' }]
        }
      ]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'electron', 'better-sqlite3'],
              message: 'src/shared is pure: no Node, no DOM, no Electron.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly'
      }
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', exports: 'writable', module: 'writable' }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
