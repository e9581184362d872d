import type { Plugin } from 'vite';

/**
 * lunr-languages' Arabic stemmer keeps its state on `this` inside a plain function call
 * (`var self = this`). Loaded as CommonJS in Node that is the global object; bundled into an
 * ES module for the browser it is `undefined`, and every Arabic query throws. Giving the
 * stemmer an object of its own behaves the same on both sides.
 */
export function lunrArabicStrict(): Plugin {
  return {
    name: 'waypoint:lunr-arabic-strict',
    transform(code, id) {
      if (!/lunr-languages[\\/]lunr\.ar\.js$/.test(id)) return undefined;
      if (!code.includes('var self = this;')) {
        this.error('lunr-languages/lunr.ar.js changed: check whether it still needs this patch');
      }
      return { code: code.replace('var self = this;', 'var self = {};'), map: null };
    },
  };
}
