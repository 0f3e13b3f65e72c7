// @ts-check
/**
 * ESLint: TypeScript with type information (typescript-eslint's recommended type-checked rules,
 * among them no-floating-promises and no-explicit-any) for every .ts file, and Astro components
 * through eslint-plugin-astro. Formatting is Prettier's job, not ESLint's.
 */
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/.tmp/'],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_` names what a destructuring leaves out on purpose: const { a: _, ...rest } = x.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read YAML, JSON-LD, pdf-lib objects and Pagefind results, which their libraries type
    // as `any`, and assert on them at run time: that assertion is the check, so the no-unsafe-*
    // rules would only ask for casts. Writing `any` stays forbidden (no-explicit-any), and a
    // forgotten `await expect(…)` still fails (no-floating-promises). Fakes of async APIs may
    // be async without awaiting.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  // Astro components: typescript-eslint's rules without type information (the type-aware ones
  // need a TypeScript program, which knows no .astro file; `astro check` type-checks them),
  // then the Astro plugin, whose parser reads the frontmatter and template.
  { files: ['**/*.astro'], extends: [tseslint.configs.recommended] },
  astro.configs.recommended,
);
