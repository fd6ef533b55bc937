import { runAsProgram } from '../src/cli/glossa'

/** The old name of `npm run glossa -- import-report`, kept as an alias. */
runAsProgram(['import-report'])
