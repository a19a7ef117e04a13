import * as core from '@actions/core';
import { isChainmailError } from '../../core/errors.js';

/**
 * The one try/catch of an action: a failure becomes one line naming what went wrong (and its code), the
 * step fails, and the stack goes to debug output only.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    core.setFailed(failureLine(error));
  }
}

export function failureLine(error: unknown): string {
  if (isChainmailError(error)) return `${oneLine(error.message)} [${error.code}]`;
  return `unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
