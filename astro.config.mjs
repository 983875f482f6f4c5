// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Static site, directory-style URLs (/hunan-fyp15/chapter-24/). CSP: Astro hashes its own scripts and
 * styles; everything else may come only from this origin. Pagefind's WebAssembly needs
 * 'wasm-unsafe-eval'.
 */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
  // No Markdown is rendered by Astro (we build mdast ourselves); Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
