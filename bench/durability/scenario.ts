/** One scenario of bench/durability: runs its trials and returns its figures, merged into the run's JSON. */
export interface DurabilityScenario {
  name: string
  run(options: ScenarioOptions): Promise<Record<string, number>>
}

export interface ScenarioOptions {
  /** The reduced run of `npm test`. */
  quick: boolean
  /** A folder of its own for the scenario's files (removed after the run). */
  folder: string
}
