import { describe, expect, it } from 'vitest';
import {
  shownOrder,
  startActivity,
  tapActivity,
  type ActivityProgress,
  type ChildActivityData,
  type TapOutcome,
} from '../../../src/domain/child-activity.ts';

/** Plays taps in turn; returns every outcome and the final progress. */
function play(activity: ChildActivityData, taps: string[]) {
  let progress: ActivityProgress = startActivity();
  const outcomes: TapOutcome[] = [];
  for (const id of taps) {
    const step = tapActivity(activity, progress, id);
    progress = step.progress;
    outcomes.push(step.outcome);
  }
  return { outcomes, progress };
}

describe('tapActivity', () => {
  it('picture question: a wrong picture asks to try again, the right one finishes', () => {
    const activity: ChildActivityData = {
      kind: 'picture-question',
      options: ['a', 'b', 'c'],
      answer: 'b',
    };
    expect(play(activity, ['a', 'c', 'b']).outcomes).toEqual(['try-again', 'try-again', 'done']);
  });

  it('ordering: only the next step in the journey is placed', () => {
    const activity: ChildActivityData = { kind: 'ordering', order: ['pack', 'airport', 'plane'] };
    expect(play(activity, ['airport', 'pack', 'plane', 'airport']).outcomes).toEqual([
      'try-again',
      'placed',
      'try-again',
      'placed',
    ]);
    expect(play(activity, ['pack', 'airport', 'plane']).outcomes.at(-1)).toBe('done');
  });

  it('sorting: pick a thing, then the bag it goes in', () => {
    const activity: ChildActivityData = {
      kind: 'sorting',
      groups: ['bag', 'suitcase'],
      items: { papers: 'bag', shoes: 'suitcase' },
    };
    const { outcomes, progress } = play(activity, [
      'bag',
      'papers',
      'suitcase',
      'papers',
      'bag',
      'shoes',
      'suitcase',
    ]);
    expect(outcomes).toEqual([
      'selected',
      'selected',
      'try-again',
      'selected',
      'placed',
      'selected',
      'done',
    ]);
    expect(progress.placed).toEqual(['papers', 'shoes']);
  });

  it('matching: pick one, then its partner; a wrong partner asks to try again', () => {
    const activity: ChildActivityData = {
      kind: 'matching',
      pairs: [
        ['sad', 'hug'],
        ['hurt', 'doctor'],
      ],
    };
    expect(play(activity, ['sad', 'doctor', 'doctor', 'hurt', 'hug', 'sad']).outcomes).toEqual([
      'selected',
      'try-again',
      'selected',
      'placed',
      'selected',
      'done',
    ]);
  });

  it('a tap on something already placed changes nothing', () => {
    const activity: ChildActivityData = { kind: 'ordering', order: ['a', 'b', 'c'] };
    const { progress } = play(activity, ['a', 'a']);
    expect(progress.placed).toEqual(['a']);
  });
});

describe('shownOrder', () => {
  it('mixes the same way every time and never shows an ordering already solved', () => {
    const order = ['pack', 'airport', 'plane', 'meet', 'home'];
    expect(shownOrder(order, 'x')).toEqual(shownOrder(order, 'x'));
    expect(shownOrder(order, 'x')).not.toEqual(order);
    expect([...shownOrder(order, 'x')].sort()).toEqual([...order].sort());
    for (const seed of ['a', 'b', 'c', 'd', 'e'])
      expect(shownOrder(['a', 'b'], seed)).not.toEqual(['a', 'b']);
  });
});
