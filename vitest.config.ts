/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so `astro/zod` and `astro:content` types resolve as in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Every core: nothing else runs beside the unit tests in npm test (Vitest's default leaves one
    // core idle, which on 2 cores meant one file at a time: 41 s against 30 s).
    maxWorkers: availableParallelism(),
  },
});
