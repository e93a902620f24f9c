const { availableParallelism } = require("node:os");

/** @type {import('jest').Config} */
module.exports = {
  // Two workers even on two cores (jest's default there is one): the slow suites mostly wait on
  // LibreOffice and Chromium, each in its own profile, port and build folder, so they overlap.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
    // pdf.js ships ES modules only: given to jest as CommonJS (test/helpers/esmToCjs.js).
    "[\\/]pdfjs-dist[\\/].+\\.mjs$": "<rootDir>/test/helpers/esmToCjs.js",
  },
  transformIgnorePatterns: ["[\\/]node_modules[\\/](?!pdfjs-dist[\\/])"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  moduleNameMapper: {
    // office-addin-mock requires this file directly; under jest the package entry resolves elsewhere.
    "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js",
  },
  setupFiles: ["<rootDir>/test/helpers/jsdomSetup.ts"],
  testTimeout: 120000,
};
