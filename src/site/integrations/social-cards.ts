/**
 * Astro integration: configures the social-card renderer (src/site/og-image.ts), which
 * draws the cards while the pages render. Its cache of drawn cards is a folder under
 * Astro's cache (cleared with it) unless `cacheDir` names another; the renderer reads the
 * folder from the virtual module `virtual:social-cards`, which this integration provides.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE = 'virtual:social-cards';
const RESOLVED = `\0${MODULE}`;

/** The integration; `cacheDir` overrides the card cache folder (a cold cache in tests). */
export default function socialCards(options: { cacheDir?: string | undefined } = {}): AstroIntegration {
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const cacheDir = options.cacheDir || join(fileURLToPath(config.cacheDir), 'og-cards');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'social-cards',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? `export const cacheDir = ${JSON.stringify(cacheDir)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
