/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/site/**/*.test.ts'],
    // The PDF palette reads the design tokens as text (src/lib/pdf/palette.ts); without this,
    // Vitest replaces every CSS import, `?raw` too, with an empty string.
    css: { include: [/src\/styles\/tokens\.css/] },
  },
});
