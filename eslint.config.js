import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Architecture boundaries: code flows shared (domain, api, components, lib, stores, config) →
 * features → app. The domain is pure; features don't import each other; the mock never imports UI.
 */
const sharedCode = ['./src/api', './src/components', './src/lib', './src/stores', './src/config'];

const boundaries = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'src/domain is pure rules: it imports nothing else from src.',
  },
  { target: './src/domain', from: './mocks', message: 'src/domain must not import the mock.' },
  {
    target: './mocks',
    from: './src',
    except: ['./domain', './api/contract.ts', './backend'],
    message: 'The mock may import only src/domain, src/backend and the API contract, never UI.',
  },
  {
    target: './src/backend',
    from: './src',
    except: ['./domain', './api/contract.ts', './backend'],
    message: 'src/backend (the operations shared by the demo and the server) imports only the rules and the contract.',
  },
  { target: './src/backend', from: './mocks', message: 'src/backend must not import the demo backend.' },
  { target: './src/backend', from: './server', message: 'src/backend must not import the server.' },
  {
    target: './server',
    from: './src',
    except: ['./domain', './api/contract.ts', './backend', './config/content-security-policy.ts'],
    message: 'The server may import only the rules, the contract, src/backend and the CSP, never UI.',
  },
  { target: './server', from: './mocks', message: 'The server must not import the demo backend.' },
  {
    target: ['./src/app', './src/features', './src/components', './src/api', './src/lib', './src/stores'],
    from: ['./src/backend', './server'],
    message: 'The dashboard never bundles the backend: it talks to it over HTTP.',
  },
  ...sharedCode.flatMap((target) => [
    {
      target,
      from: './src/features',
      message: 'Shared code (api, components, lib, stores, config) must not import features.',
    },
    {
      target,
      from: './src/app',
      message: 'Shared code (api, components, lib, stores, config) must not import the app.',
    },
  ]),
  { target: './src/features', from: './src/app', message: 'Features must not import the app: the app composes them.' },
  {
    target: './src/features/orders-list',
    from: './src/features',
    except: ['./orders-list'],
    message: 'Features do not import each other.',
  },
  {
    target: './src/features/order-page',
    from: './src/features',
    except: ['./order-page'],
    message: 'Features do not import each other.',
  },
  {
    target: './src/features/refund',
    from: './src/features',
    except: ['./refund'],
    message: 'Features do not import each other.',
  },
  { target: './src', from: './tests', message: 'Application code must not import tests.' },
];

export default tseslint.config(
  {
    ignores: [
      '.scratch',
      'dist',
      'dist-*',
      'node_modules',
      'mocks/public',
      'coverage',
      'test-results',
      'playwright-report',
      '.reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as text.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['../../*'], message: 'Use the @/ alias instead of deep relative imports.' }],
        },
      ],
    },
  },
  {
    // Vitest and Testing Library suites (the browser tests in tests/e2e are Playwright's).
    files: ['tests/**/*.{ts,tsx}', '**/__tests__/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...vitest.configs.recommended,
    ...testingLibrary.configs['flat/react'],
    plugins: { ...vitest.configs.recommended.plugins, ...testingLibrary.configs['flat/react'].plugins },
    rules: {
      ...vitest.configs.recommended.rules,
      ...testingLibrary.configs['flat/react'].rules,
      // Vitest takes a message as expect's second argument.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // renderApp returns the whole app (router, user, query client), not a render result: it is `app`.
      'testing-library/render-result-naming-convention': 'off',
      // Property tests assert inside fast-check's properties.
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'fc.assert'] }],
    },
  },
  {
    // Model-based property tests: what the answer must be depends on the random request and the
    // store's state, so their expectations branch on it by design.
    files: ['tests/integration/api/properties.test.ts'],
    rules: { 'vitest/no-conditional-expect': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@tanstack/*', 'zustand', 'msw', '@/*', '@mocks/*'],
              message: 'src/domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'server/**/*.ts'],
    ignores: ['**/__tests__/**', '**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  prettier,
);
