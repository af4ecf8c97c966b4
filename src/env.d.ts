// Plain `tsc` has no Astro language plugin; this lets .ts files import components.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

interface ImportMetaEnv {
  /** True under `astro dev` only, where draft issues get pages (see src/integrations/draft-visibility.ts). */
  readonly SHOW_DRAFTS: boolean;
  /** True under `astro build` (src/integrations/build-command.ts), whatever NODE_ENV says. */
  readonly ASTRO_BUILD: boolean;
}
