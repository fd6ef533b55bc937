import { parseArgs, type ParseArgsConfig } from 'node:util'

/**
 * One subcommand of `npm run glossa`. `run` returns the exit code; it throws `UsageError` for a wrong
 * command line (exit 2) and `CliFailure` for input it refuses (exit 1). Both print one plain message, never a
 * stack trace: that is `runCli`'s job.
 */
export interface CliCommand {
  name: string
  /** One line for `glossa --help`. */
  summary: string
  /** The full usage text for `glossa NAME --help` and after a usage error. */
  usage: string
  run(args: string[], io: CliIo): Promise<number>
}

/** Where a command writes: stdout for results, stderr for messages. Tests pass their own. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
}

/** The command line was wrong: the message is printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** The input was refused (missing file, damaged project, unknown value): the message is printed, exit code 1. */
export class CliFailure extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>

/** `parseArgs` with `--help` always known and its errors turned into usage errors. */
export function parseCommandLine<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** Exactly one positional argument per name, the missing or extra ones named in the message. */
export function positionalArguments<const N extends readonly string[]>(positionals: string[], names: N): { [K in keyof N]: string } {
  if (positionals.length < names.length) throw new UsageError(`Missing ${names.slice(positionals.length).join(', ')}.`)
  if (positionals.length > names.length) throw new UsageError(`Unexpected argument: ${positionals[names.length]}.`)
  return positionals as unknown as { [K in keyof N]: string }
}

/** A value that must be one of `allowed`; the message names the bad value and the valid ones. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`Unknown ${option} "${value}". Valid: ${allowed.join(', ')}.`)
}
