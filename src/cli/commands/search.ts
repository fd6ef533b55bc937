import { legalSchema } from '../../shared/document/schema'
import { translate } from '../../shared/i18n/translate'
import { buildSearchIndex, search } from '../../shared/search/search'
import { CliFailure, parseCommandLine, positionalArguments, type CliCommand } from '../command'
import { readProjectArgument } from '../project-argument'

/** The app's search from the command line: one hit per matching article (or preamble, part), in text order. */
export const searchCommand: CliCommand = {
  name: 'search',
  summary: "search a project's legal text by word form (or an exact \"phrase\" in quotes)",
  usage: `Usage: npm run glossa -- search PROJECT.glossa QUERY [--json]
  QUERY     words, found in any of their forms ("брак" finds "брака"); put a phrase in quotes
            inside the shell's quotes for an exact match: '"в браке"'
  --json    print {"hits":[{"eId": ..., "snippet": ...}]}, one hit per matching article`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' } })
    const [file, query] = positionalArguments(positionals, ['PROJECT.glossa', 'QUERY'])
    const project = await readProjectArgument(file)
    if (!project.document) throw new CliFailure(translate('errorExportNoDocument'))
    const doc = legalSchema.nodeFromJSON(project.document.content)
    const results = search(buildSearchIndex(doc, project.document.language), query, Number.MAX_SAFE_INTEGER)
    const hits = results.groups.map((group) => {
      const first = group.hits[0]!
      return { eId: group.eId, label: group.label, count: group.hits.length, snippet: `${first.before}${first.match}${first.after}` }
    })
    if (values.json) io.out(JSON.stringify({ hits }))
    else if (hits.length === 0) io.out(translate('searchNone'))
    else for (const hit of hits) io.out(`${hit.label || hit.eId} (${hit.count}): ${hit.snippet}`)
    return 0
  }
}
