import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Node built-ins, by exact name (a pattern like 'util' would also match '../util/bytes'). */
const nodeBuiltins = (message) => builtinModules.flatMap((name) => [{ name, message }, { name: `node:${name}`, message }]);
/** Modules that reach the network: none may be used in the main process (SECURITY.md #15). */
const NETWORK_MODULES = ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'http2', 'node:http', 'node:https', 'node:net', 'node:tls', 'node:dgram', 'node:dns', 'node:http2', 'undici', 'axios', 'node-fetch'];

export default tseslint.config(
  { ignores: ['**/out/**', 'dist/**', 'node_modules/**', 'bench/results.json', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // shared/ runs in the renderer, a Worker and Node alike: no Electron, Node, React or DOM-only API.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins('shared/ must not import Node built-ins.'),
          patterns: [
            { group: ['node:*'], message: 'shared/ must not import Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'react-*'], message: 'shared/ must not import React.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import from renderer/ or electron/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'XMLHttpRequest', 'WebSocket', 'console'],
    },
  },
  {
    // The renderer reaches the OS only through renderer/src/platform, never Electron or Node.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins('The renderer must not import Node built-ins.'),
          patterns: [
            { group: ['node:*'], message: 'The renderer must not import Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'The renderer reaches Electron only through the platform bridge.' },
            { group: ['**/electron/**'], message: 'renderer/ must not import from electron/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
      'no-console': 'error',
    },
  },
  {
    // The main process never talks to the network.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NETWORK_MODULES.map((name) => ({ name, message: 'The main process has no network code.' })),
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ must not import from renderer/.' }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'net', property: 'request', message: 'The main process has no network code.' },
        { object: 'net', property: 'fetch', message: 'The main process has no network code.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{mjs,ts}', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
