import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Layers: app → features → {api, components} → domain; lib anywhere; demo and testing anything. */
const forbid = (groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map(({ regex, message }) => ({ regex, message })) },
  ],
});
const layer = (name) => ({
  regex: `(^|/)(\\.\\./)+${name}(/|$)`,
  message: `this layer must not import from ${name}/ (see docs/architecture.md)`,
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      'screenshots',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Server text is rendered as React text only (docs/security.md).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'render server text as text (docs/security.md)',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'render server text as text (docs/security.md)',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'render server text as text (docs/security.md)',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write/]",
          message: 'render server text as text (docs/security.md)',
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid([
      layer('api'),
      layer('features'),
      layer('components'),
      layer('app'),
      layer('lib'),
      layer('demo'),
      {
        regex: '^(react|react-dom|zod|@tanstack/.*|@mantine/.*)$',
        message: 'domain/ is plain TypeScript',
      },
    ]),
  },
  {
    files: ['src/api/**'],
    ignores: ['src/**/*.test.*'],
    rules: forbid([
      layer('features'),
      layer('components'),
      layer('app'),
      layer('demo'),
      layer('testing'),
    ]),
  },
  {
    files: ['src/components/**'],
    ignores: ['src/**/*.test.*'],
    rules: forbid([layer('features'), layer('app'), layer('demo'), layer('testing')]),
  },
  {
    files: ['src/lib/**'],
    rules: forbid([
      layer('api'),
      layer('features'),
      layer('components'),
      layer('app'),
      layer('demo'),
    ]),
  },
  {
    files: ['src/features/**'],
    ignores: ['src/features/**/*.test.*'],
    rules: forbid([
      layer('app'),
      layer('demo'),
      layer('testing'),
      {
        regex: '^\\.\\./(?!\\.\\.)[a-z-]+/',
        message: 'features never import each other; share through components/ or domain/',
      },
    ]),
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
);
