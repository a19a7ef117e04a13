export * from './types.js';
export * from './digest-set.js';
export * from './resource-descriptor.js';
export * from './statement.js';
export { isUri } from './uri.js';
export { toTimestamp } from './timestamp.js';
