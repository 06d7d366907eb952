import { parseArgs } from 'node:util'
import { createRegistry } from '../../nodes/index.ts'
import { INTERRUPTED_EXIT_CODE, listenForInterrupt } from './interrupt.ts'
import { runGraph } from './run.ts'
import { validateFile } from './validate.ts'
import { listNodes } from './nodes-list.ts'
import { UserError } from './user-error.ts'
import { exportCommand } from './export.ts'

const USAGE = `usage:
  flowgrad run <file> [--out DIR] [--set NODE.PARAM=VALUE ...] [--seed N] [--png] [--no-tweaks]
  flowgrad validate <file> [--allow-incomplete]
  flowgrad nodes [TYPE]`

function parseSeed(text: string | undefined): number | null {
  if (text === undefined) return null
  const seed = Number(text)
  if (!Number.isInteger(seed) || seed < 0) throw new UserError([`--seed ${text}: expected a non-negative integer`], 2)
  return seed
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const registry = createRegistry()
  switch (command) {
    case 'run': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { out: { type: 'string', default: './flowgrad-out' }, set: { type: 'string', multiple: true, default: [] }, seed: { type: 'string' }, png: { type: 'boolean', default: false }, 'no-tweaks': { type: 'boolean', default: false } },
      })
      if (positionals.length !== 1) throw new UserError([`flowgrad run takes one graph file, got ${positionals.length}`, USAGE], 2)
      const interrupt = listenForInterrupt(
        process,
        (line) => process.stderr.write(`${line}\n`),
        () => process.exit(INTERRUPTED_EXIT_CODE),
      )
      try {
        const options = { file: positionals[0], out: values.out, sets: values.set, seed: parseSeed(values.seed), png: values.png, noTweaks: values['no-tweaks'], stderr: process.stderr, stdout: process.stdout }
        return await runGraph({ ...options, signal: interrupt.signal }, registry)
      } finally {
        interrupt.dispose()
      }
    }
    case 'validate': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { 'allow-incomplete': { type: 'boolean', default: false } } })
      if (positionals.length !== 1) throw new UserError([`flowgrad validate takes one graph file, got ${positionals.length}`, USAGE], 2)
      return validateFile(positionals[0], registry, process.stdout, process.stderr, { allowIncomplete: values['allow-incomplete'] })
    }
    case 'export':
      return exportCommand(rest, registry)
    case 'nodes': {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} })
      return listNodes(registry, positionals[0], process.stdout)
    }
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`)
      return command === undefined ? 2 : 0
    default:
      throw new UserError([`unknown command "${command}"`, USAGE], 2)
  }
}

function userMessage(e: unknown): { lines: readonly string[]; code: number } | null {
  if (e instanceof UserError) return { lines: e.lines, code: e.exitCode }
  // parseArgs reports unknown or malformed options with these codes.
  const code = (e as { code?: string }).code
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return { lines: [(e as Error).message, USAGE], code: 2 }
  return null
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    const user = userMessage(e)
    if (user) {
      for (const line of user.lines) process.stderr.write(`${line}\n`)
      process.exitCode = user.code
    } else {
      process.stderr.write(`flowgrad: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
      process.exitCode = 70
    }
  },
)
