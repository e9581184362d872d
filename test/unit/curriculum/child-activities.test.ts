import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleActivities } from '../../../src/curriculum/child-activities.ts';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import { activityItems } from '../../../src/domain/child-activity.ts';

const { catalogue } = loadContentFolder(join(import.meta.dirname, '../../../content'));

describe('moduleActivities on the shipped child track', () => {
  it('gives every activity its words, and a picture on every card a child taps, in Arabic', () => {
    const modules = [...catalogue.modules].filter(([, m]) => m.activities?.length);
    expect(modules.length).toBeGreaterThan(3);
    const kinds = new Set<string>();
    for (const [id] of modules) {
      for (const activity of moduleActivities(catalogue, id, 'ar')) {
        kinds.add(activity.data.kind);
        const groups = activity.data.kind === 'sorting' ? activity.data.groups : [];
        for (const group of groups) expect(activity.labels[group]).toBeTruthy();
        const cards = [
          ...activityItems(activity.data),
          ...(activity.data.kind === 'picture-question' ? activity.data.options : []),
        ];
        for (const item of cards) {
          expect(activity.labels[item], `${activity.id} ${item}`).toBeTruthy();
          expect(activity.pictures[item]?.src).toMatch(/^\/pictures\/.+\.svg$/);
          expect(activity.pictures[item]?.alt).toBe(activity.labels[item]);
        }
      }
    }
    expect([...kinds].sort()).toEqual(['matching', 'ordering', 'picture-question', 'sorting']);
  });
});
