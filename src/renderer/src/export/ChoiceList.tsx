interface Props {
  /** [id, label] pairs. */
  items: [string, string][]
  /** The chosen ids; null means "all" (only with `allLabel`). */
  chosen: string[] | null
  onChange: (chosen: string[] | null) => void
  /** When given, a first box that stands for every item (null). */
  allLabel?: string
}

/** A list of checkboxes, optionally headed by an "all" box. */
export function ChoiceList({ items, chosen, onChange, allLabel }: Props) {
  const isChosen = (id: string) => chosen === null || chosen.includes(id)
  const toggle = (id: string, on: boolean) => {
    const current = chosen ?? items.map(([itemId]) => itemId)
    onChange(on ? [...current, id] : current.filter((other) => other !== id))
  }
  return (
    <div className="choice-list">
      {allLabel !== undefined && (
        <label>
          <input type="checkbox" checked={chosen === null} onChange={(event) => onChange(event.target.checked ? null : [])} />
          {allLabel}
        </label>
      )}
      {items.map(([id, label]) => (
        <label key={id}>
          <input type="checkbox" checked={isChosen(id)} onChange={(event) => toggle(id, event.target.checked)} />
          {label}
        </label>
      ))}
    </div>
  )
}
