import { currentSchemaVersion } from '../schema'
import { migrateV1ToV2 } from './v1-to-v2'
import { migrateV2ToV3 } from './v2-to-v3'

/**
 * Upgrades parsed project data, one version at a time, to the current schema version. Runs before
 * validation; anything that is not an older Glossa project comes back unchanged for validation to judge.
 */
const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3
}

/** The data upgraded to `currentSchemaVersion`, or unchanged when it is current, newer or not a project. */
export function migrateProject(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data
  let current = data as Record<string, unknown>
  while (typeof current.schemaVersion === 'number' && current.schemaVersion < currentSchemaVersion) {
    const step = migrations[current.schemaVersion]
    if (!step) return current
    current = step(current)
  }
  return current
}
