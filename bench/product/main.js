import '../protocol/t0.js'; // must stay first: marks "module start" for the benchmark
// The embed's own entry, built with the same settings as the other contenders. Its size is
// measured on the product's real build (dist/trd-screener.js), which differs only by the line above.
import '../../src/trd-screener.ts';
