import { describe, expect, it } from 'vitest';
import { assignableOrganisations } from '../../../src/domain/cohort-assignment.ts';

const partners = [
  { organisation: 'COSTI', destination: 'canada' },
  { organisation: 'COSTI', destination: 'canada' },
  { organisation: 'ISANS', destination: 'canada' },
  { organisation: 'Caritas', destination: 'germany' },
  { organisation: 'AMSSA', destination: 'canada' },
];

describe('assignableOrganisations', () => {
  it.each([
    [
      'offers each organisation with a partner in the destination once, sorted',
      [],
      ['AMSSA', 'COSTI', 'ISANS'],
    ],
    ['leaves out organisations that have the cohort already', ['COSTI'], ['AMSSA', 'ISANS']],
  ])('%s', (_, organisations, expected) => {
    expect(assignableOrganisations({ destination: 'canada', organisations }, partners)).toEqual(
      expected,
    );
  });

  it('offers none where no partner receives cohorts', () => {
    expect(
      assignableOrganisations({ destination: 'australia', organisations: [] }, partners),
    ).toEqual([]);
  });
});
