/* eslint-disable no-undef */
// Webpack for the add-in (the generator-office layout, adapted to a shared runtime):
// one page, taskpane.html, loads the functions chunk first and then the task pane.
const path = require("path");
const webpack = require("webpack");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { createHash } = require("crypto");
const { readFileSync } = require("fs");
const { require: tsxRequire } = require("tsx/cjs/api");

/**
 * pdf.js's worker, served from the add-in's own files (no CDN) under a name that changes with its
 * content, so a new version is never taken from a cache. The pane loads it only to read a PDF.
 */
const pdfWorkerSource = require.resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
const pdfWorkerName = `pdf.worker.${createHash("sha256")
  .update(readFileSync(pdfWorkerSource))
  .digest("hex")
  .slice(0, 8)}.js`;

const urlDev = "https://localhost:3000/";
// Where the production build is served; every https://localhost:3000/ in the manifest becomes this.
const urlProd = process.env.ADDIN_PUBLIC_URL || "https://school-safety-coverage.example.org/";

/** The built-in dataset: the reports in seeds/, parsed by the project's own parser at build time. */
function builtinReports() {
  const { loadSeedReports } = tsxRequire("./src/cli/seeds.ts", __filename);
  const reports = loadSeedReports();
  for (const r of reports) {
    const errors = r.issues.filter((i) => i.severity === "error");
    if (errors.length)
      throw new Error(
        `seed report ${r.period}: ${errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("; ")}`
      );
  }
  return reports;
}

/**
 * functions-ru.json and functions-kk.json beside functions.json: the EDU functions' help in Russian
 * and Kazakh (src/functions/localizedHelp.ts), for the manifest's bt:Override of the metadata URL.
 */
class LocalizedFunctionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedFunctionsPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return; // custom-functions-metadata reported its errors
          const { HELP_LANGS, localizedMetadata } = tsxRequire(
            "./src/functions/localizedHelp.ts",
            __filename
          );
          const metadata = JSON.parse(english.source.source().toString());
          for (const lang of HELP_LANGS)
            compilation.emitAsset(
              `functions-${lang}.json`,
              new webpack.sources.RawSource(
                JSON.stringify(localizedMetadata(metadata, lang), null, 2)
              )
            );
        }
      );
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (e) {
    console.warn(
      `[dev-server] no development certificate (${e.message}); serving http for the standalone preview only.`
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/entry.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: TypeScript to JavaScript, then Griffel's ahead-of-time
          // pass, which turns each makeStyles into its finished CSS classes at build time (as
          // Fluent's own packages ship), so the page carries no style compiler.
          use: [
            {
              loader: "@griffel/webpack-loader",
              // To evaluate the styles, it reads the TypeScript modules they import (styles.ts).
              options: { babelOptions: { presets: ["@babel/preset-typescript"] } },
            },
            {
              loader: "ts-loader",
              options: {
                transpileOnly: true,
                compilerOptions: { module: "es2020", sourceMap: dev },
              },
            },
          ],
        },
      ],
    },
    performance: { hints: false },
    // One webpack runtime for the page: the functions and the task pane share module instances,
    // so both see the same dataset (the shared runtime's whole point). Each chunk, and why:
    // - runtime.js   webpack's loader, once for both entries;
    // - functions.js what answering a cell needs (the dataset, the query, the gazetteer, the
    //                functions): all a workbook opened without its pane runs;
    // - taskpane.js  the pane's shell: React, Fluent and both its themes (a theme change must not
    //                wait for a fetch), the tabs, no tab's content. It depends on functions.js
    //                (`dependOn`; taskpane.html loads that first), so what the functions hold,
    //                the pane and its chunks never carry again;
    // - on demand, named where they are imported: one language's strings (strings-*) and messages
    //   (messages-*, query-*), each tab (panel-*), the Excel or preview host (excel-host,
    //   preview-host), the planner, the parser, the report writer, the PDF, Word and .xlsx readers
    //   and writers;
    // - numbered chunks: what two of those share, however small (`shared`), so that no module is
    //   fetched twice. webpack's own groups would leave a module under 20 KB in each chunk that
    //   uses it.
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          shared: { chunks: "async", minChunks: 2, minSize: 0, reuseExistingChunk: true },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedFunctionsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: pdfWorkerSource, to: pdfWorkerName },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
      new webpack.DefinePlugin({
        __BUILTIN_REPORTS__: JSON.stringify(builtinReports()),
        __PDF_WORKER__: JSON.stringify(pdfWorkerName),
      }),
    ],
    devServer: serving
      ? {
          static: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          // npm start sets DEV_SERVER_HTTP when no development certificate could be installed.
          server: process.env.DEV_SERVER_HTTP ? { type: "http" } : await httpsOptions(),
          // npm start passes the port it checked (--port N, PORT, or package.json's config).
          port: Number(
            process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000
          ),
          hot: false,
          liveReload: false,
          client: false,
        }
      : undefined,
  };
};
