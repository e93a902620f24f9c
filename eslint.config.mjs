import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsEsLint from "typescript-eslint";

/**
 * The layers, enforced: each folder of src/ may import only the folders listed for it (dependencies
 * point inward: taskpane → excel/functions/xlsx → host → workbook → analysis/report → domain; the
 * CLI beside the pane). An import of any other src/ folder fails `npm run lint`.
 */
const LAYERS = {
  domain: [],
  report: ["domain"],
  analysis: ["domain"],
  workbook: ["domain", "analysis", "report"],
  host: ["domain", "analysis", "report", "workbook"],
  xlsx: ["domain", "analysis", "report", "workbook", "host"],
  excel: ["domain", "analysis", "report", "workbook", "host", "xlsx"],
  functions: ["domain", "analysis", "report", "workbook", "host", "excel"],
  // The pane speaks to Excel through the PaneHost seam (src/host); only its composition root,
  // taskpane/index.tsx, makes the Excel host and the functions' runtime (below).
  taskpane: ["domain", "analysis", "report", "workbook", "host", "xlsx"],
  cli: ["domain", "analysis", "report", "workbook", "host", "xlsx"],
  types: [],
};
const FOLDERS = Object.keys(LAYERS);

/** no-restricted-imports for one folder: every other src/ folder it may not reach, by any path. */
function layerRule(folder, allowed, files = [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`]) {
  const banned = FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: banned.map((f) => ({
            regex: String.raw`^(\.\./)+${f}(/|$)`,
            message: `src/${folder} may import only ${allowed.join(", ") || "nothing else of src"} (the layers: eslint.config.mjs).`,
          })),
        },
      ],
    },
  };
}

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
  ...Object.entries(LAYERS).map(([folder, allowed]) => layerRule(folder, allowed)),
  // The pane's composition root: it makes the Excel host and starts the functions' runtime.
  layerRule("taskpane", [...LAYERS.taskpane, "excel", "functions"], ["src/taskpane/index.tsx"]),
];
