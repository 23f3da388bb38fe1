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
    // Office.js may only be touched from src/outlook/ (and the preview, which simulates it).
    files: ['src/detection/**', 'src/extract/**', 'src/recipients/**', 'src/policy/**', 'src/scan/**', 'src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'window', 'document', 'TextDecoder', 'atob', 'Intl', 'localStorage'],
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*'] }],
    },
  },
);
