/** Options of a command-line script, read with node:util's parseArgs: --help prints the help, anything unknown stops with it. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values'];

export function cliOptions<O extends Options>(name: string, help: string, options: O): Values<O> {
  return cliArgs(name, help, options, false).values;
}

/** Options and the words given without an option (file names), for a script that takes both. */
export function cliArgs<O extends Options>(
  name: string,
  help: string,
  options: O,
  allowPositionals = true,
): { values: Values<O>; positionals: string[] } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    const all: Options = { ...options, help: { type: 'boolean', short: 'h' } };
    parsed = parseArgs({ args: process.argv.slice(2), options: all, strict: true, allowPositionals });
  } catch (e) {
    // Node's wording is long ("Unknown option '--x'. To specify a positional argument..."): keep its first sentence.
    const unknown = /^Unknown option '([^']+)'/.exec((e as Error).message);
    const reason = unknown ? `unknown option ${unknown[1]}` : (e as Error).message.split('. ')[0];
    process.stderr.write(`${name}: ${reason}\n\n${help}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(help);
    process.exit(0);
  }
  return { values: parsed.values as Values<O>, positionals: parsed.positionals };
}

/** A whole number above 0 from an option, or the script stops with its help. */
export function positiveInteger(name: string, help: string, option: string, value: string | undefined, fallback?: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (n === undefined || !Number.isInteger(n) || n < 1) {
    process.stderr.write(`${name}: --${option} must be a whole number above 0\n\n${help}`);
    process.exit(2);
  }
  return n;
}
