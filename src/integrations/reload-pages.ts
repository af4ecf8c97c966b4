// `astro dev`: after a change Astro's own watcher cannot see (a record, a browser script),
// routes list their pages anew and the browser reloads.
import type { AstroIntegration } from 'astro';

/** The dev server Astro hands its integrations (Vite's). */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

export function reloadPages(server: DevServer): void {
  // Astro keeps each route's getStaticPaths until its content changes; this is the event its
  // own content layer sends the server's environments for that.
  for (const [env, environment] of Object.entries(server.environments)) {
    if (env !== 'client') environment.hot.send('astro:content-changed', {});
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}
