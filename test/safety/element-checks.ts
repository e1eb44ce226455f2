/**
 * CLINICAL §4.3's session invariants, checked after every action of
 * test/safety/element.fuzz.test.ts through the element's public surface only (its views,
 * `screener-crisis`, `screener-complete`), against the world's model of the level.
 */
import type { ScreenerResult } from '../../src/clinical/types.js';
import { RANK } from './element-bank.js';
import { hasBanner, resourceLinks } from './element-view.js';
import type { World } from './element-world.js';

const REQUIRED_FOR_RESULT = ['phq9-9', 'asq-1', 'asq-2', 'asq-3', 'asq-4'];

/** Every invariant that applies to what the element shows now. */
export function checkView(world: World): void {
  const { view, model, el } = world;
  const region = world.attrs.get('region') ?? null;
  const root = el.shadowRoot!;
  if (view === 'busy' || view === 'unknown') world.fail('5', 'the card shows nothing a person can use (no step, panel or crisis resources)');
  if (view === 'error') world.stats.errorsShown += 1;

  // 5: crisis resources on every error view and crisis panel, chunks or not.
  if (view === 'error' || view === 'crisis' || view === 'urgent' || view === 'stopped') {
    const scope = view === 'error' ? root : root.querySelector('section[part="crisis"]');
    if (resourceLinks(scope, region) === 0) world.fail('5', `no crisis resource links on the ${view} view`);
  }

  // 2: once raised, visible until reset().
  const panel = view === 'crisis' || view === 'urgent' || view === 'stopped';
  const shown = panel || hasBanner(el) || (view === 'error' && resourceLinks(root, region) > 0);
  if (model.level !== 'none' && !shown) world.fail('2', `the level is ${model.level}, but the ${view} view shows no crisis banner, panel or resources`);
  if (model.level === 'urgent' && (view === 'crisis' || view === 'result'))
    world.fail('2', `the level is urgent, but the ${view} view shows (support panel / result with options)`);
  // An answer counts only once left, and reset() starts a new session (CLINICAL §4.3).
  if (model.level === 'none' && (hasBanner(el) || view === 'crisis' || view === 'urgent'))
    world.fail('when an answer counts', `no risk answer was left since reset(), but the ${view} view shows a raised level`);

  // 6: one stopped report per urgent stop, none for under 18.
  const stopped = world.completes.filter((r) => r.status === 'stopped').length;
  if (stopped !== world.stops) world.fail('6', `the model counted ${world.stops} urgent stop(s); screener-complete with status "stopped" arrived ${stopped} time(s)`);
}

/** Invariants 3, 4, 7 and the stopped report's shape, on a new `screener-complete`. */
export function checkResult(world: World, result: ScreenerResult): void {
  const { model } = world;
  const triggered = result.safety?.triggeredBy ?? [];
  const missing = model.raisers.filter((id) => !triggered.includes(id));
  if (missing.length) world.fail('7', `result.safety.triggeredBy ${JSON.stringify(triggered)} lacks ${missing.join(', ')}`);
  if (RANK[result.safety.level] < RANK[model.level]) world.fail('2', `a result reports level ${result.safety.level}, below ${model.level}`);
  if (result.status === 'stopped') {
    world.stats.urgentStops += 1;
    if (result.safety.level !== 'urgent') world.fail('6', `a stopped result has level ${result.safety.level}`);
    if (result.options.length !== 0 || result.pattern !== null) world.fail('6', 'a stopped result carries options or a pattern');
    return;
  }
  world.stats.completed += 1;
  const answers = result.answers ?? {};
  const absent = REQUIRED_FOR_RESULT.filter((id) => !Object.hasOwn(answers, id));
  if (absent.length) world.fail('4', `a completed result without ${absent.join(', ')}`);
  if (model.asqTriggered && !Object.hasOwn(answers, 'asq-5')) world.fail('3', 'asq-1…4 raised the level, but a completed result has no asq-5 answer');
  if (model.level === 'urgent') world.fail('2', 'the level is urgent, but a completed result arrived (the flow must end at the urgent panel)');
}
