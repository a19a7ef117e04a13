export * from './types.js';
export * from './github.js';
export { splitWorkflowRef, type WorkflowRefParts } from './workflow-ref.js';
