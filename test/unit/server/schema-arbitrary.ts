// fast-check arbitraries read off zod schemas, so property tests generate the very records
// the sync protocol accepts (and near misses: refinements are not followed, so some generated
// values are invalid, which the hub must then refuse).
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  in?: z.ZodType;
  checks?: {
    _zod: {
      def: Def & {
        check: string;
        value?: number;
        inclusive?: boolean;
        minimum?: number;
        maximum?: number;
      };
    };
  }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function bounds(def: Def) {
  let min: number | undefined;
  let max: number | undefined;
  let integer = false;
  let pattern: RegExp | undefined;
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    // Exclusive bounds (`positive()`) step one past the value: these are whole numbers here.
    if (check.check === 'greater_than')
      min = (check.value ?? 0) + (check.inclusive === false ? 1 : 0);
    if (check.check === 'less_than') max = (check.value ?? 0) - (check.inclusive === false ? 1 : 0);
    if (check.check === 'min_length') min = check.minimum;
    if (check.check === 'max_length') max = check.maximum;
    if (check.check === 'number_format') integer = true;
    if (check.check === 'string_format' && check.format === 'regex') pattern = check.pattern;
  }
  return { min, max, integer, pattern };
}

const isoDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString());

export function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter((key) => defOf(shape[key]!).type !== 'optional');
      return fc.record(
        Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, arbitraryOf(value)])),
        { requiredKeys: required },
      );
    }
    case 'optional':
      return arbitraryOf(def.innerType!);
    case 'string': {
      if (def.format === 'uuid') return fc.uuid({ version: [4, 7] });
      if (def.format === 'datetime') return isoDate;
      if (def.format === 'date') return isoDate.map((iso) => iso.slice(0, 10));
      if (def.format === 'base64')
        return fc
          .uint8Array({ minLength: 1, maxLength: 64 })
          .map((b) => Buffer.from(b).toString('base64'));
      const { min = 0, max = 40, pattern } = bounds(def);
      if (pattern)
        return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max);
      return fc.string({ minLength: min, maxLength: Math.min(max, 40) });
    }
    case 'number': {
      const { min = -1000, max = 1000, integer } = bounds(def);
      return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'array': {
      const { min = 0, max = 4 } = bounds(def);
      return fc.array(arbitraryOf(def.element!), { minLength: min, maxLength: Math.min(max, 4) });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map(arbitraryOf));
    case 'pipe':
      return arbitraryOf(def.in!);
    case 'unknown':
      return fc.jsonValue();
    default:
      throw new Error(`no arbitrary for zod type "${def.type}"`);
  }
}
