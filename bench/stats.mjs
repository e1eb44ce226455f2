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
