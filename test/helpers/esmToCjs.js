/**
 * Jest runs CommonJS; pdf.js ships ES modules only (.mjs). This transform gives jest pdf.js's own
 * code as CommonJS (esbuild, no bundling), its import.meta.url the file's own URL. The CLI and the
 * pane load pdf.js as it is.
 */
const { createHash } = require("node:crypto");
const { transformSync } = require("esbuild");

module.exports = {
  process(source, file) {
    const { code } = transformSync(source, {
      format: "cjs",
      loader: "js",
      target: "node20",
      sourcefile: file,
      define: { "import.meta.url": "__import_meta_url" },
      banner: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;',
    });
    return { code };
  },
  getCacheKey(source, file) {
    return createHash("sha1").update(source).update(file).update("esmToCjs 1").digest("hex");
  },
};
