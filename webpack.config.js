// GridScore's build, after the Office add-in template: entries `taskpane` (the add-in inside Excel) and
// `preview` (the same pane outside Excel); assets and manifest copied, the production URL substituted.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");

const urlDev = "https://localhost:3000/";
/** Replaced by its value at build time (bin/prebuilt-loader.cjs). */
const SHIPPED_META = path.resolve(__dirname, "src/taskpane/shipped-meta.ts");
/** Where the built add-in is hosted: ADDIN_URL (e.g. https://gridscore.example.cn/addin/), else the dev URL. */
const urlProd = (process.env.ADDIN_URL ?? urlDev).replace(/\/?$/, "/");

/** The manifest with every dev URL, and the dev origin in AppDomains, pointing at the production host. */
function productionManifest(xml) {
  const devOrigin = new URL(urlDev).origin;
  return xml.split(urlDev).join(urlProd).split(devOrigin).join(new URL(urlProd).origin);
}

/**
 * office-addin-dev-certs' https options (dev server only; never needed to build). Where it cannot install its
 * CA (Linux, no sudo) the dev server falls back to webpack-dev-server's own self-signed certificate.
 */
async function devHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(`office-addin-dev-certs: ${error.message}; using a self-signed certificate instead.`);
    return { type: "https" };
  }
}

/**
 * Emits the bundled sample's sheets as prebuilt snapshots (src/preview/build-snapshots.ts, read by the
 * ExcelJS host), so the preview's first paint needs no ExcelJS; ExcelJS loads lazily to open or download.
 */
class SampleSnapshots {
  constructor(xlsx, to) {
    this.xlsx = path.resolve(__dirname, xlsx);
    this.to = to;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SampleSnapshots", (compilation) => {
      compilation.fileDependencies.add(this.xlsx);
      compilation.hooks.processAssets.tapPromise(
        { name: "SampleSnapshots", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const tsx = require("tsx/cjs/api");
          const { sampleSnapshotsJson } = tsx.require("./src/preview/build-snapshots.ts", __filename);
          const json = await sampleSnapshotsJson(this.xlsx);
          compilation.emitAsset(this.to, new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
      // The bench's minimal React + Fluent page (bench/pane.ts builds with `--env fluentHello`).
      ...(env.fluentHello ? { "fluent-hello": "./bench/fluent-hello/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          // The shipped rule set's metadata, computed at build time (see the loader).
          test: SHIPPED_META,
          use: path.resolve(__dirname, "bin/prebuilt-loader.cjs"),
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, SHIPPED_META],
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      ...(env.fluentHello
        ? [
            new HtmlWebpackPlugin({
              filename: "fluent-hello.html",
              template: "./bench/fluent-hello/fluent-hello.html",
              chunks: ["fluent-hello"],
            }),
          ]
        : []),
      new SampleSnapshots("assets/samples/sample-2014-05.xlsx", "samples/sample-2014-05.snapshots.json"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icons/*.png", to: "assets/icons/[name][ext]" },
          { from: "assets/samples/sample-2014-05.xlsx", to: "samples/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : productionManifest(content.toString())),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await devHttps() : "https",
      port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
    },
  };
};
