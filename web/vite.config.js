// The page is served by `dyad serve` from any folder: relative asset paths.
export default {
  base: './',
  build: { chunkSizeWarningLimit: 2000 },
};
