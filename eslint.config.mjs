import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/* eslint-plugin-office-addins: the Office.js rules of its recommended config, at the levels it sets.
   That config also runs Prettier and its own TypeScript parser; the project keeps typescript-eslint's
   parser (above) and its own formatting, so only the office-addins/* rules are taken from it. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules || {})).filter(([name]) => name.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', __filename: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Pure code, bundled into the handler's JavaScript-only runtime: no Office, no DOM, no React.
    files: ['src/{model,codec,crypto,strings,policy,detection,extract,recipients,scan,encrypt,cli}/**'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'window', 'document', 'TextDecoder', 'atob', 'Intl', 'localStorage', 'globalThis'],
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*'] }],
    },
  },
  {
    // Every source file: Office.js is called in src/outlook/ and simulated in src/preview/, and the rules stay quiet elsewhere.
    files: ['src/**/*.{ts,tsx,js}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinsRules,
  },
  {
    // Office.js only through src/outlook/ (the preview simulates it); the handler and session code stay free of the DOM too.
    files: ['src/{session,on-send,taskpane}/**'],
    rules: { 'no-restricted-globals': ['error', 'Office', 'globalThis'] },
  },
);
