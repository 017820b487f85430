/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // tests/ only: testing/ holds the doubles that tests and tools import, never a test
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
};
