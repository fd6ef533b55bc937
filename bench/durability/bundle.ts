import { join, resolve } from 'node:path'
import { build } from 'esbuild'

const repository = resolve(__dirname, '../..')

/** A child script of the bench bundled once, so each start takes milliseconds; beside node_modules, which it loads. */
export async function bundledChild(name: string): Promise<string> {
  const outfile = join(repository, `node_modules/.cache/glossa-durability/${name}.js`)
  await build({ entryPoints: [join(__dirname, `${name}.ts`)], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile, logLevel: 'error' })
  return outfile
}
