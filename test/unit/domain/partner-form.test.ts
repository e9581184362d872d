import { describe, expect, it } from 'vitest';
import { parsePartnerForm, splitCities } from '../../../src/domain/partner-form.ts';

const destinations = ['canada', 'germany'];
const form = {
  email: ' Intake@COSTI.org ',
  organisation: ' COSTI ',
  destination: 'canada',
  cities: 'Toronto, Ottawa',
};

describe('splitCities', () => {
  it.each([
    ['', []],
    [' , ', []],
    ['Ottawa', ['Ottawa']],
    ['Toronto, , Ottawa ,Toronto', ['Toronto', 'Ottawa']],
  ])('reads %j as %j', (text, cities) => {
    expect(splitCities(text)).toEqual(cities);
  });
});

describe('parsePartnerForm', () => {
  it('reads a partner: email in lower case, organisation trimmed, cities split', () => {
    expect(parsePartnerForm(form, destinations)).toEqual({
      ok: true,
      value: {
        email: 'intake@costi.org',
        organisation: 'COSTI',
        destination: 'canada',
        cities: ['Toronto', 'Ottawa'],
      },
    });
  });

  it('takes no cities as the whole destination', () => {
    expect(parsePartnerForm({ ...form, cities: ' ' }, destinations)).toMatchObject({
      ok: true,
      value: { cities: [] },
    });
  });

  it.each([
    [{ email: 'intake' }, { email: 'email' }],
    [{ organisation: '  ' }, { organisation: 'organisation' }],
    [{ organisation: 'x'.repeat(201) }, { organisation: 'organisation' }],
    [{ destination: '' }, { destination: 'destination' }],
    [{ destination: 'Canada!' }, { destination: 'destination' }],
    [{ destination: 'australia' }, { destination: 'destination' }],
    [
      { email: '', organisation: '', destination: 'mars' },
      { email: 'email', organisation: 'organisation', destination: 'destination' },
    ],
  ])('names each wrong field: %j', (change, errors) => {
    expect(parsePartnerForm({ ...form, ...change }, destinations)).toEqual({ ok: false, errors });
  });
});
