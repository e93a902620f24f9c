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
  // Every language's messages, as the CLI has them: the pane's fetching of one at a time is tested
  // by its own suites (test/taskpane/messageLanguages.test.tsx, test/e2e/budget.test.ts).
  setupFiles: ["<rootDir>/test/helpers/jsdomSetup.ts", "<rootDir>/test/helpers/allTexts.ts"],
  testTimeout: 120000,
};
