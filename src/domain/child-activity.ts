/**
 * Child activities played by tapping (no dragging, no timers, no failure): a tap either
 * moves the activity on or gets a gentle "try again", and the child keeps going until done.
 */
export type ChildActivityData =
  | { kind: 'matching'; pairs: [string, string][] }
  | { kind: 'sorting'; groups: string[]; items: Record<string, string> }
  | { kind: 'ordering'; order: string[] }
  | { kind: 'picture-question'; options: string[]; answer: string };

export interface ActivityProgress {
  /** Item ids already put where they belong (sorted, ordered, matched or answered). */
  placed: string[];
  /** The item picked first, waiting for its group (sorting) or its partner (matching). */
  selected?: string | undefined;
}

export type TapOutcome = 'selected' | 'placed' | 'try-again' | 'done';

export const startActivity = (): ActivityProgress => ({ placed: [] });

/** Every item the child must place for the activity to be done. */
export function activityItems(activity: ChildActivityData): string[] {
  switch (activity.kind) {
    case 'matching':
      return activity.pairs.flat();
    case 'sorting':
      return Object.keys(activity.items);
    case 'ordering':
      return activity.order;
    case 'picture-question':
      return [activity.answer];
  }
}

function placedAll(activity: ChildActivityData, placed: string[]): TapOutcome {
  return activityItems(activity).every((id) => placed.includes(id)) ? 'done' : 'placed';
}

/** What one tap on `id` (an item, a group or an option) does. */
export function tapActivity(
  activity: ChildActivityData,
  progress: ActivityProgress,
  id: string,
): { progress: ActivityProgress; outcome: TapOutcome } {
  const { placed, selected } = progress;
  const place = (...ids: string[]) => {
    const next = [...placed, ...ids];
    return { progress: { placed: next }, outcome: placedAll(activity, next) };
  };
  const tryAgain = { progress: { placed }, outcome: 'try-again' as const };
  const select = { progress: { placed, selected: id }, outcome: 'selected' as const };
  if (placed.includes(id)) return { progress, outcome: 'selected' };

  switch (activity.kind) {
    case 'picture-question':
      return id === activity.answer ? place(id) : tryAgain;
    case 'ordering':
      return id === activity.order[placed.length] ? place(id) : tryAgain;
    case 'sorting': {
      if (!activity.groups.includes(id)) return select;
      if (!selected) return { progress, outcome: 'selected' };
      return activity.items[selected] === id ? place(selected) : tryAgain;
    }
    case 'matching': {
      if (!selected || selected === id) return select;
      const pair = activity.pairs.find(([a, b]) => a === selected || b === selected);
      return pair?.includes(id) ? place(selected, id) : tryAgain;
    }
  }
}

/**
 * The order items are shown in: mixed the same way every time (so a trainer and a class see
 * the same screen), and never already the right order for an ordering activity.
 */
export function shownOrder(ids: readonly string[], seed = ''): string[] {
  const weight = (id: string) =>
    [...`${seed}:${id}`].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
  const mixed = [...ids].sort((a, b) => weight(a) - weight(b));
  const unchanged = mixed.every((id, index) => id === ids[index]);
  return unchanged && mixed.length > 1 ? [...mixed.slice(1), mixed[0] ?? ''] : mixed;
}
