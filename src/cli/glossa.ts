import { CliFailure, UsageError, type CliCommand, type CliIo } from './command'
import { cliCommands } from './commands'

/**
 * `npm run glossa -- <command> [options]`: Glossa's one command line, over the same shared functions as the
 * app. Exit codes: 0 done, 1 input refused, 2 wrong usage. Messages go to stderr, results to stdout.
 */

export function mainUsage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    'Usage: npm run glossa -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `npm run glossa -- <command> --help` for the options of one command.'
  ].join('\n')
}

export async function runCli(argv: string[], io: CliIo, commands: readonly CliCommand[] = cliCommands): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ;(name ? io.out : io.err)(mainUsage(commands))
    return name ? 0 : 2
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) {
    io.err(`Unknown command "${name}". Valid: ${commands.map((candidate) => candidate.name).join(', ')}.\n\n${mainUsage(commands)}`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage)
    return 0
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${command.usage}`)
      return 2
    }
    if (error instanceof CliFailure) {
      io.err(error.message)
      return 1
    }
    // An error we did not foresee: still one line, no stack trace (GLOSSA_DEBUG=1 shows it).
    io.err(process.env['GLOSSA_DEBUG'] ? String((error as Error).stack) : `glossa ${name}: ${(error as Error).message ?? String(error)}`)
    return 1
  }
}

/** Console output that survives a closed pipe (`glossa … | head`): EPIPE ends the process quietly. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`)
}

function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}

/** Runs the command line as a program; `prefix` makes the old single-command scripts aliases. */
export function runAsProgram(prefix: string[] = []): void {
  exitQuietlyOnClosedPipe(process.stdout)
  exitQuietlyOnClosedPipe(process.stderr)
  runCli([...prefix, ...process.argv.slice(2)], processIo).then(
    // Let stdout drain before exiting: a large JSON reply must reach a pipe whole.
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`glossa: ${(error as Error).message}\n`)
      process.exitCode = 1
    }
  )
}

const isEntry = process.argv[1]?.replace(/\\/g, '/').endsWith('src/cli/glossa.ts')
if (isEntry) runAsProgram()
