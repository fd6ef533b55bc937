import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { CliFailure, oneOf, parseCommandLine, type CliCommand, type CliIo } from './command'
import { runCli } from './glossa'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

const echo: CliCommand = {
  name: 'echo',
  summary: 'prints its argument',
  usage: 'Usage: glossa echo WORD [--style plain|loud]',
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { style: { type: 'string' } })
    if (positionals[0] === 'refuse') throw new CliFailure('refused: refuse')
    if (positionals[0] === 'crash') throw new Error('something broke')
    const style = oneOf('style', values.style, ['plain', 'loud'] as const, 'plain')
    io.out(style === 'loud' ? positionals[0]!.toUpperCase() : positionals[0]!)
    return 0
  }
}

describe('glossa command line', () => {
  it('lists its commands on --help and runs one', async () => {
    const io = capture()
    expect(await runCli(['--help'], io, [echo])).toBe(0)
    expect(io.stdout.join('\n')).toMatch(/echo\s+prints its argument/)
    const run = capture()
    expect(await runCli(['echo', 'hi', '--style', 'loud'], run, [echo])).toBe(0)
    expect(run.stdout).toEqual(['HI'])
  })

  it('names an unknown command, option or value and the valid ones, with exit code 2', async () => {
    const unknown = capture()
    expect(await runCli(['ehco'], unknown, [echo])).toBe(2)
    expect(unknown.stderr[0]).toContain('Unknown command "ehco". Valid: echo.')
    const option = capture()
    expect(await runCli(['echo', 'hi', '--colour', 'red'], option, [echo])).toBe(2)
    expect(option.stderr[0]).toContain("'--colour'")
    const value = capture()
    expect(await runCli(['echo', 'hi', '--style', 'quiet'], value, [echo])).toBe(2)
    expect(value.stderr[0]).toContain('Unknown style "quiet". Valid: plain, loud.')
    expect(value.stdout).toEqual([])
  })

  it('prints a refusal or an unforeseen error as one line without a stack trace, exit code 1', async () => {
    const refused = capture()
    expect(await runCli(['echo', 'refuse'], refused, [echo])).toBe(1)
    expect(refused.stderr).toEqual(['refused: refuse'])
    const crashed = capture()
    expect(await runCli(['echo', 'crash'], crashed, [echo])).toBe(1)
    expect(crashed.stderr.join('\n')).toBe('glossa echo: something broke')
  })

  it('ends quietly when its output pipe is closed early (glossa … | head)', async () => {
    // Every article numbered 1: thousands of "repeated number" warnings, far more than a pipe buffer holds.
    const folder = await mkdtemp(join(tmpdir(), 'glossa-cli-'))
    const text = join(folder, 'repeats.txt')
    await writeFile(text, Array.from({ length: 3000 }, () => 'Article 1\nThe same words again.\n').join('\n'))
    const cli = join(__dirname, 'glossa.ts')
    const shell = `"${process.execPath}" --import tsx "${cli}" import-report "${text}" --json | head -c 1`
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', shell], { cwd: join(__dirname, '../..') })
    await rm(folder, { recursive: true, force: true })
    expect(stdout).toBe('{')
    expect(stderr).toBe('')
  }, 60_000)
})
