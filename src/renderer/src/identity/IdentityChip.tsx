import type { Identity } from '../../../shared/identity/identity'
import { t } from '../i18n'

/** The author in the status bar; until a name is set it asks for one. */
export function IdentityChip({ identity, onEdit }: { identity: Identity | null; onEdit: () => void }) {
  if (!identity) return null
  return (
    <button type="button" className={`identity-chip${identity.name ? '' : ' unset'}`} onClick={onEdit} data-testid="identity">
      <span className="identity-dot" aria-hidden="true" style={{ background: identity.color }} />
      {identity.name || t('identityUnset')}
    </button>
  )
}
