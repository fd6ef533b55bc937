import { runAsProgram } from '../src/cli/glossa'

/** The old name of `npm run glossa -- export-pdf`, kept as an alias. */
runAsProgram(['export-pdf'])
