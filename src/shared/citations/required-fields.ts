import type { SourceDraft } from '../sources/form'
import type { CitationStyleId } from '../sources/types'

/** A field of the source form. */
export type SourceField = Exclude<keyof SourceDraft, 'type'>

/**
 * What each citation style needs of a source to cite it, by CSL type: a list of groups, each filled when any
 * one of its fields is (OSCOLA cites a case by its neutral citation or by a law report, either will do). The
 * title is needed everywhere (the form refuses a source without one); types not listed need nothing more.
 *
 * - OSCOLA (4th ed.): a case by name, year and neutral citation or report ("[2019] UKSC 41", "[2020] AC 373");
 *   an act by short title and year.
 * - Chicago (17th ed., 14.269 ff.): a case by name, reporter (volume, page) and year, with the court; an act
 *   by name and year.
 * - GOST R 7.0.5-2008: a court decision by its name, court, date and number ("Постановление Конституционного
 *   Суда РК от 1 января 2020 г. № 1"); a law by name, date and number.
 */
export const requiredSourceFields: Record<CitationStyleId, Partial<Record<string, SourceField[][]>>> = {
  oscola: {
    legal_case: [['title'], ['issued'], ['neutral', 'container']],
    legislation: [['title'], ['issued']]
  },
  'chicago-note-bibliography': {
    legal_case: [['title'], ['container', 'neutral'], ['authority'], ['issued']],
    legislation: [['title'], ['issued']]
  },
  'gost-r-7-0-5-2008': {
    legal_case: [['title'], ['authority'], ['issued'], ['number']],
    legislation: [['title'], ['issued'], ['number']]
  }
}

/** The groups of fields `style` needs for a source of `type`. */
export function requiredGroups(style: CitationStyleId, type: string): SourceField[][] {
  return requiredSourceFields[style][type] ?? [['title']]
}

/** Whether the form should mark `field` required for this style and type (alone, or as one of a group). */
export function isRequired(style: CitationStyleId, type: string, field: SourceField): boolean {
  return requiredGroups(style, type).some((group) => group.includes(field))
}

/** The groups the draft leaves empty (in order), for the refusal that names them. */
export function missingFields(style: CitationStyleId, draft: SourceDraft): SourceField[][] {
  return requiredGroups(style, draft.type).filter((group) => group.every((field) => !draft[field].trim()))
}
