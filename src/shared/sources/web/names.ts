import type { CslName } from '../types'

/**
 * People's names as bylines print them, made CSL names: "John Smith" and "Айгүл Сәрсенова" put the family
 * name last; "Петров Иван Сергеевич", "Петров И. С." and "Сәрсенова Айгүл Бекқызы" put it first (the
 * patronymic or the initials tell). A name that is not one person ("Kazinform", "Пресс-служба Сената") is
 * kept whole as a literal.
 */

const patronymic = /(?:вич|вна|ична|ұлы|қызы|улы|кызы)$/iu
const initials = /^(?:\p{Lu}\.\s*){1,2}$/u
const personWord = /^\p{Lu}[\p{Ll}'’-]+$/u

/** One name as printed. */
export function nameFromText(text: string): CslName {
  const clean = text.replace(/\s+/g, ' ').trim()
  const words = clean.split(' ')
  const rest = words.slice(1).join(' ')
  if (words.length >= 2 && words.length <= 3 && personWord.test(words[0]!) && initials.test(rest)) return { family: words[0]!, given: rest.replace(/\.\s*/g, '. ').trim() }
  if (words.length < 2 || words.length > 3 || !words.every((word) => personWord.test(word))) return { literal: clean }
  if (words.length === 3 && patronymic.test(words[2]!)) return { family: words[0]!, given: rest }
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') }
}

/** A list of names as a byline writes them: "A, B and C", "А и Б", "А мен Б", "A; B". */
export function namesFromText(text: string): CslName[] {
  return text
    .split(/\s*(?:[,;&]|(?<!\p{L})(?:and|и|мен|және)(?!\p{L}))\s*/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(nameFromText)
}
