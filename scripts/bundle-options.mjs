// How every shipped bundle is built (esbuild options shared by scripts/build.mjs and the benchmarks, so that a
// benchmark's child measures the start-up users get): four build-time plugins and the module banner.
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// @cyclonedx/cyclonedx-library's Serialize entry adds its Node XML serializer, which loads xmlbuilder2 and a
// whole DOM (0.6 MB) when the module is evaluated, and its XML normalizers; chainmail writes JSON only, so
// bundles get an entry with just the library's JsonSerializer and JSON normalizers (what src/core/sbom/cyclonedx.ts
// uses of Serialize), the same modules the full entry re-exports.
const jsonOnlyCycloneDx = {
  name: 'cyclonedx-json-only',
  setup(b) {
    const serialize = fileURLToPath(new URL('../node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize', import.meta.url));
    b.onResolve({ filter: /^@cyclonedx\/cyclonedx-library\/Serialize$/ }, () => ({ path: 'Serialize', namespace: 'cyclonedx-json-only' }));
    b.onLoad({ filter: /.*/, namespace: 'cyclonedx-json-only' }, () => ({
      contents: `export { JsonSerializer } from ${JSON.stringify(join(serialize, 'jsonSerializer.js'))};\nexport * as JSON from ${JSON.stringify(join(serialize, 'json/index.js'))};\n`,
      resolveDir: serialize,
      loader: 'js',
    }));
  },
};

// packageurl-js creates an Intl.Collator when its strings module is evaluated, to sort the eight names of a
// purl's components ('type', 'namespace'... mapped to the ranks 0-7) once, at load. Creating a collator loads
// ICU's collation data: ~11 ms of a ~200 ms `chainmail sbom`. The ranks compare the same in code-point order, so
// the bundles get a code-point comparator instead. Tied to the exact line: another version fails the build, to
// be looked at again.
const purlWithoutCollator = {
  name: 'packageurl-js-without-collator',
  setup(b) {
    const collator = 'const { compare: localeCompare } = new Intl.Collator()';
    const codePoint = 'const localeCompare = (a, b) => { a = String(a); b = String(b); return a < b ? -1 : a > b ? 1 : 0 }';
    b.onLoad({ filter: /[\\/]packageurl-js[\\/]src[\\/]strings\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes(collator)) throw new Error(`${path}: the Intl.Collator line this build replaces has changed; check scripts/bundle-options.mjs`);
      return { contents: source.replace(collator, codePoint), loader: 'js' };
    });
  },
};

// @actions/http-client (which @actions/core loads for OIDC tokens) imports undici when it loads, for a ProxyAgent
// it makes only when a caller asks for a fetch dispatcher behind a proxy. Evaluating undici costs 16-27 ms of
// every action's start, and its global.js installs undici 6's Agent as the dispatcher of Node's own fetch. The
// bundles require undici where the ProxyAgent is made. Tied to the exact lines, as above. The CommonJS build of
// the older http-client that @actions/github brings is left alone: @actions/artifact, loaded on demand, uses it.
const httpClientWithLazyUndici = {
  name: 'http-client-with-lazy-undici',
  setup(b) {
    const esmImport = "import { ProxyAgent } from 'undici';\n";
    const construction = 'proxyAgent = new ProxyAgent(';
    b.onLoad({ filter: /[\\/]@actions[\\/]http-client[\\/]lib[\\/]index\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes(esmImport)) {
        if (source.includes('require("undici")')) return undefined;
        throw new Error(`${path}: the undici import this build makes lazy has changed; check scripts/bundle-options.mjs`);
      }
      if (source.split(construction).length !== 2) throw new Error(`${path}: expected one \`${construction}\`; check scripts/bundle-options.mjs`);
      return { contents: source.replace(esmImport, '').replace(construction, "proxyAgent = new (require('undici').ProxyAgent)("), loader: 'js' };
    });
  },
};

// Node's built-in modules are taken as CommonJS (process.getBuiltinModule), not through `import`: an ES import
// of a built-in builds a module namespace of every export, which reads node:crypto's and node:util's lazy
// getters and so loads WebCrypto, the REPL's history, a diff engine... (17 internal modules, ~4 ms of a ~170 ms
// `chainmail sbom`). Named imports become property reads on the module at their point of use, as before.
const builtinsWithoutNamespaces = {
  name: 'builtins-without-namespaces',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      if ((args.kind !== 'import-statement' && args.kind !== 'dynamic-import') || !isBuiltin(args.path)) return undefined;
      return { path: args.path, namespace: 'node-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, ({ path }) => ({
      contents: `module.exports = process.getBuiltinModule(${JSON.stringify(path)});`,
      loader: 'js',
    }));
  },
};

// Each output file is its own module, so each declares its own require, __cmFilename and __cmDirnameValue.
const moduleBanner = [
  "const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');",
  "const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');",
  "const { dirname: __cmDirname } = process.getBuiltinModule('node:path');",
  'const require = __cmCreateRequire(import.meta.url);',
  'const __cmFilename = __cmFileURLToPath(import.meta.url);',
  'const __cmDirnameValue = __cmDirname(__cmFilename);',
].join('\n');

/** esbuild options every bundle of chainmail's code is built with, shipped or benchmarked. */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [jsonOnlyCycloneDx, purlWithoutCollator, httpClientWithLazyUndici, builtinsWithoutNamespaces],
  // CommonJS dependencies inside an ESM bundle need require, __filename and __dirname. The last two are
  // defined under private names: some ESM dependencies (@azure/storage-common) declare their own.
  define: { __filename: '__cmFilename', __dirname: '__cmDirnameValue' },
  banner: { js: moduleBanner },
};
