import { alignEditions } from '../../shared/editions/align'
import { alignmentCounts, alignmentSummary, articleChange } from '../../shared/editions/summary'
import { parseCommandLine, positionalArguments, type CliCommand } from '../command'
import { importArgument } from '../import-argument'

/** Two editions of a law compared article by article, by structure and content. */
export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'compare two editions of a law article by article (inserted, deleted, changed, renumbered, moved)',
  usage: `Usage: npm run glossa -- compare OLD_FILE NEW_FILE [--json]
  OLD_FILE, NEW_FILE  two editions, in any format import reads (txt, md, html, docx, pdf, Akoma Ntoso)
  --json              print {"pairs":[{"from","to","status","renumbered","moved"}]}, one entry per article
Editions in two languages (kk, ru, en) are paired by their article and clause numbers.`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' } })
    const [oldFile, newFile] = positionalArguments(positionals, ['OLD_FILE', 'NEW_FILE'])
    const [before, after] = [await importArgument(oldFile), await importArgument(newFile)]
    // The same law in two languages: wordings cannot be compared, numbers can.
    const by = before.report.language === after.report.language ? 'content' : 'structure'
    const alignment = alignEditions(before.doc, after.doc, { language: after.report.language, by })
    if (values.json) {
      const pairs = alignment.articles.map((pair) => ({ from: pair.from?.eId ?? null, to: pair.to?.eId ?? null, status: pair.status, renumbered: pair.renumbered, moved: pair.moved }))
      io.out(JSON.stringify({ pairs }, null, 2))
      return 0
    }
    io.out(alignmentSummary(alignmentCounts(alignment)))
    for (const pair of alignment.articles) {
      if (pair.status === 'unchanged' && !pair.renumbered && !pair.moved) continue
      const place = pair.from && pair.to ? (pair.from.label === pair.to.label ? pair.to.label : `${pair.from.label} → ${pair.to.label}`) : (pair.to ?? pair.from)!.label
      io.out(`  ${place}: ${articleChange(pair)}`)
    }
    return 0
  }
}
