/** A search hit in its context: the words before, the match marked, the words after. */
export function Snippet({ before, match, after }: { before: string; match: string; after: string }) {
  return (
    <>
      {before}
      <mark>{match}</mark>
      {after}
    </>
  )
}
