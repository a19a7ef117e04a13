// The test harness in one import: loopback HTTP with faults, a local Sigstore, the runner's OIDC endpoint and
// a fake GitHub API. Each lives in its own module; this only re-exports them.
export * from './faults.js';
export * from './http-server.js';
export * from './sigstore-stack.js';
export * from './trusted-root.js';
export * from './oidc.js';
export * from './github-api.js';
export type { StoredAsset, StoredRelease } from './github-releases.js';
export * from './sign-helpers.js';
