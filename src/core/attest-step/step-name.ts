// A step's name is what a layout or chain policy calls it, and it names the step's files
// (<name>.sigstore.json in the chain directory): so it is checked, never rewritten — a silently normalized
// name would no longer match the policy that expects it.
import type { FieldProblem } from '../errors.js';

const STEP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const MAX_STEP_NAME = 128;

export function validateStepName(name: string, inputName: string): FieldProblem[] {
  if (name === '') return [{ path: inputName, message: 'is required: the name of the step, as your chain policy or in-toto layout calls it' }];
  if (name.length > MAX_STEP_NAME) return [{ path: inputName, message: `is ${name.length} characters long; at most ${MAX_STEP_NAME}` }];
  if (!STEP_NAME.test(name) || name.includes('..')) {
    return [{ path: inputName, message: `"${name}" is not a step name; expected letters, digits, ".", "_" and "-", starting with a letter or digit (it names files)` }];
  }
  return [];
}
