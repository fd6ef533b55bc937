/** The part of citation-js (no published types) that Glossa uses: its input parsers, always named, never guessed. */
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      /** Parses `data` as `forceType` (an input type such as `@biblatex/text`) down to CSL-JSON. */
      chain(data: unknown, options: { forceType: string; generateGraph?: boolean }): unknown
      /** One parsing step: `data` read as input type `type` (`@ris/file` gives its records). */
      data(data: unknown, type: string): unknown
    }
  }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
declare module '@citation-js/plugin-csl'
