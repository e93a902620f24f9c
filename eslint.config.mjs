import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsEsLint from "typescript-eslint";

export default [
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      ".tmp/**",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...officeAddins.configs.recommended,
  ...tsEsLint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      // An underscore marks a parameter a signature needs but the body does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The Office.js load/sync rules read ExcelJS objects as if they were proxies: not Office.js here.
    files: ["src/xlsx/**"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
    },
  },
  {
    // The strict in-memory Excel *implements* Office.js proxies (their load/sync bookkeeping is the
    // thing under test), and its tests read through helpers that load and sync first: the office-addins
    // rules, written for add-in code, cannot see across either. Proxies keep `this` for their queued
    // closures.
    files: ["test/strictExcel/**", "test/helpers/strictHost.ts"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "@typescript-eslint/no-this-alias": "off",
    },
  },
];
