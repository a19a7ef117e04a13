// The fetch behind chainmail's own HTTP calls (src/github/http.ts). Node's fetch ignores HTTPS_PROXY and
// HTTP_PROXY unless Node was started with NODE_USE_ENV_PROXY, yet a self-hosted runner behind a proxy sets them for
// its actions, and the rest of an action's traffic honours them (@actions/core through @actions/http-client,
// sigstore-js through @npmcli/agent). With a proxy set for a URL's scheme, the call goes through undici's fetch
// and its EnvHttpProxyAgent, which honours NO_PROXY too; undici is loaded only then. The variables are read as
// @actions/http-client reads them: https_proxy or HTTPS_PROXY for https, http_proxy or HTTP_PROXY for http.
import { commonJsExports } from '../core/commonjs-exports.js';

type Environment = Readonly<Record<string, string | undefined>>;

/** The proxy the environment names for `url`'s scheme, if any. */
export function proxyFor(url: string, env: Environment): string | undefined {
  return new URL(url).protocol === 'https:' ? named(env, 'https_proxy', 'HTTPS_PROXY') : named(env, 'http_proxy', 'HTTP_PROXY');
}

/** What is used of undici: its fetch takes a `dispatcher` (undici's own types clash with the DOM's). */
interface ProxyingFetch {
  readonly fetch: (url: string, init: object) => Promise<Response>;
  readonly EnvHttpProxyAgent: new (options: { httpProxy?: string; httpsProxy?: string; noProxy: string }) => object;
}

let undici: Promise<ProxyingFetch> | undefined;
/** The agent for the proxy settings last seen, kept for its connections. */
let agent: { readonly settings: string; readonly dispatcher: object } | undefined;

/** fetch, through the proxy the environment names for the URL if it names one. */
export async function environmentFetch(url: string, init: RequestInit, env: Environment = process.env): Promise<Response> {
  if (proxyFor(url, env) === undefined) return fetch(url, init);
  undici ??= import('undici').then((namespace) => commonJsExports<ProxyingFetch>(namespace));
  const { fetch: viaProxy, EnvHttpProxyAgent } = await undici;
  const httpProxy = named(env, 'http_proxy', 'HTTP_PROXY');
  const httpsProxy = named(env, 'https_proxy', 'HTTPS_PROXY');
  const noProxy = named(env, 'no_proxy', 'NO_PROXY') ?? '';
  const settings = JSON.stringify([httpProxy, httpsProxy, noProxy]);
  if (agent?.settings !== settings) {
    // Every setting passed: the agent reads nothing of process.env itself.
    agent = { settings, dispatcher: new EnvHttpProxyAgent({ ...(httpProxy ? { httpProxy } : {}), ...(httpsProxy ? { httpsProxy } : {}), noProxy }) };
  }
  return viaProxy(url, { ...init, dispatcher: agent.dispatcher });
}

/** The first of the variables that is set and not empty. */
function named(env: Environment, ...names: readonly string[]): string | undefined {
  for (const name of names) if (env[name]) return env[name];
  return undefined;
}
