export * from './types.js';
export { buildLinkStatement, validateLinkPredicate, type LinkStatementParts } from './build.js';
