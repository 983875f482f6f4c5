/**
 * The part of citation-js's API this project uses (the packages ship no type declarations).
 * https://citation.js.org/api/0.7/
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** CSL-JSON items, as parsed (with citation-js's own `_graph` bookkeeping). */
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { template: string; lang: string; format: 'text' | 'html' }): string;
    format(format: 'data', options: { format: 'object' }): Record<string, unknown>[];
    format(format: 'ris', options?: { spec?: 'new' | 'old' | 'mixed' }): string;
    format(format: 'bibtex'): string;
  }
  interface Register<T> {
    add(name: string, value: T): void;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> };
      get(plugin: '@bibtex'): {
        format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean };
        types: { bibtex: { target: Record<string, string> } };
      };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
