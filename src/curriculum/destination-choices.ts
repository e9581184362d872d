import { itemId, type RawEntry } from './catalogue.ts';
import { localName } from './localized.ts';
import type { Destination } from './schemas.ts';

/** A destination as a form offers it: its content id, and its name in the page's language. */
export interface DestinationChoice {
  id: string;
  name: string;
}

/**
 * The destinations collection as choices, in the page language's alphabetical order. Takes the
 * collection alone, so an on-demand page need not load the whole catalogue for a select.
 */
export function destinationChoices(
  entries: readonly RawEntry<Pick<Destination, 'names'>>[],
  locale: string,
): DestinationChoice[] {
  return entries
    .map((entry) => ({ id: itemId(entry.id), name: localName(entry.data.names, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** A destination's name among the choices; an id the content no longer has shows as it is. */
export function choiceName(choices: readonly DestinationChoice[], id: string): string {
  return choices.find((choice) => choice.id === id)?.name ?? id;
}
