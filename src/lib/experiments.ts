/** Astro's experimental build features, switched on by name for one build (ASTRO_EXPERIMENTS=chunked,incremental); scripts/bench.ts measures them. */
export const EXPERIMENTS = new Set((process.env.ASTRO_EXPERIMENTS ?? '').split(',').filter(Boolean));
