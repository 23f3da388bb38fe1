import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // Office.js only through src/outlook/ (the preview simulates it); the handler and session code stay free of the DOM too.
    files: ['src/{session,on-send,taskpane}/**'],
    rules: { 'no-restricted-globals': ['error', 'Office', 'globalThis'] },
  },
);
