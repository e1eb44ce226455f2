/** Set on the host while its crisis parts use the built-in colours (the styles switch on it). */
export const CRISIS_PALETTE = 'crisis-palette';
