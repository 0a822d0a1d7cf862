import { defineConfig } from 'vitest/config';

// A non-UTC zone so that code relying on the machine's local time shows up as failures.
process.env.TZ = 'America/Sao_Paulo';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    env: { TZ: 'America/Sao_Paulo', NO_COLOR: '1' },
  },
});
