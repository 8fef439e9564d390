/** The build's id (astro.config.mjs): Pagefind's metaCacheTag on the search page. */
declare const __UPRIGHT_BUILD_ID__: string;
