import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * node:util parseArgs in strict mode, its errors turned into one UsageError line that names the flag and
 * what it expects. Values are never echoed (one of them may be a token). `command` prefixes the message.
 */
export function parseCommandLine(command: string, args: readonly string[], options: Options, positionals: { min: number; max: number; name: string }): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${command}: ${describeParseError(error, options)}`);
  }
  const { values, positionals: given } = parsed;
  if (given.length < positionals.min) throw new UsageError(`${command}: ${positionals.name} is required`);
  if (given.length > positionals.max) {
    throw new UsageError(`${command}: unexpected argument "${given[positionals.max]}"; expected only ${positionals.name}`);
  }
  return { values: values as Parsed['values'], positionals: given };
}

function describeParseError(error: unknown, options: Options): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const name = flag.replace(/^-+/, '');
  const spec = options[name] ?? Object.values(options).find((o) => o.short === name);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${flag} (see --help)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return spec?.type === 'boolean' ? `${flag} takes no value` : `${flag} expects a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'unexpected argument (see --help)';
    default:
      return message.split('\n')[0] ?? message;
  }
}

/** A string flag's value, or undefined when absent; an empty value is a usage error naming the flag. */
export function stringFlag(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} expects a non-empty value`);
  return value.trim();
}

export function booleanFlag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}
