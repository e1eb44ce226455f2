import type { ReactiveController, ReactiveElement } from 'lit';
import { lazyChunk } from '../lazy-chunk.js';
import { CRISIS_PALETTE } from '../theme/crisis-palette.js';

/** The measuring code (src/theme/crisis-contrast.ts), fetched with the first render. */
export const crisisContrastChunk = lazyChunk(() => import('../theme/crisis-contrast.js'));

/**
 * Keeps crisis text readable in any theme: after each render, and when the device's scheme
 * changes, the crisis parts' resolved colours are checked; too faint → the built-in palette.
 * Until the check's code has loaded the clinic's colours show; if it cannot be loaded, the
 * built-in palette does (safe, if plainer).
 */
export class CrisisContrastController implements ReactiveController {
  private readonly scheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly recheck = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.scheme.addEventListener('change', this.recheck);
  }

  hostDisconnected(): void {
    this.scheme.removeEventListener('change', this.recheck);
  }

  hostUpdated(): void {
    const check = crisisContrastChunk.loaded;
    if (check) check.checkCrisisContrast(this.host);
    else crisisContrastChunk.load().then(this.recheck, () => this.host.toggleAttribute(CRISIS_PALETTE, true));
  }
}
