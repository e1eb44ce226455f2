// Order statistics shared by the runner and the target check.
const sorted = (xs) => [...xs].sort((a, b) => a - b);

/** The p-quantile (nearest rank), NaN for no samples. */
export const q = (xs, p) => {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};

export const med = (xs) => {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * A 95 % bootstrap interval for med(a) / med(b): how far this run's sampling alone could move the
 * ratio (not the drift between runs). Seeded, so a run's table can be reproduced from its samples.
 */
export function medianRatioInterval(a, b, resamples = 2000) {
  if (!a.length || !b.length) return [NaN, NaN];
  let seed = 0x9e3779b9;
  const random = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const ratios = Array.from({ length: resamples }, () => med(resample(a)) / med(resample(b)));
  return [q(ratios, 0.025), q(ratios, 0.975)];
}
