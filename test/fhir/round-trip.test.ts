import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Answers, AnswerValue, Question } from '../../src/bank/types.js';
import { sessionBundle } from '../../src/fhir/response.js';
import type { QuestionnaireResponse } from '../../src/fhir/types.js';
import { contentFor, loadContent, settingsFor, type LocaleContent } from '../../src/i18n/locale-content.js';
import { wholeUiOf } from '../../src/i18n/result-content.js';
import type { ScreenerContext } from '../../src/machine/types.js';
import { summaryWithClinicLang } from '../../src/summary/clinic-lang.js';
import { summaryText } from '../../src/summary/summary-text.js';
import { screenFromResponse, type ScreenSettings } from '../../src/tools.js';
import { runs } from '../helpers/depth.js';
import { FIXED_NOW, walkToResult } from '../helpers/journeys.js';
import { exportedSessions, screenerIn } from './sessions.js';

/**
 * The FHIR file is lossless: `screenFromResponse` reads the exported QuestionnaireResponse back
 * into the answers, works the result out again and writes the summary; its text is the one the
 * widget's "Copy summary" gives (the same calls as the summary controller's copy), for every
 * persona in both languages, completed and stopped, and for any answers.
 */

type Page = Omit<ScreenSettings, 'bank'>;

/** What "Copy summary" puts on the clipboard for this session, on a page with these settings. */
async function copiedText(context: ScreenerContext, content: LocaleContent, page: Page = {}): Promise<string> {
  const region = settingsFor(content, page.region ?? 'US').region;
  return summaryText(await summaryWithClinicLang({ ...page, context, content, region, now: FIXED_NOW() }));
}

/** The file "Download for my clinic" saves, as a clinic's server receives it. */
function exported(context: ScreenerContext, content: LocaleContent): QuestionnaireResponse {
  const bundle = sessionBundle(context, wholeUiOf(content), FIXED_NOW());
  return JSON.parse(JSON.stringify(bundle.entry[1].resource)) as QuestionnaireResponse;
}

describe('FHIR round trip: the response read back gives the same result and summary', () => {
  it('every persona, English and Spanish, completed and stopped', async () => {
    const sessions = await exportedSessions();
    for (const { name, content, context } of sessions) {
      const read = await screenFromResponse(exported(context, content));
      expect(read.summaryText, name).to.equal(await copiedText(context, content));
      if (context.result) expect(read.result, name).to.deep.equal(context.result);
      else expect(read.result, name).to.include({ status: 'stopped' }).and.deep.include({ safety: context.safety });
    }
    expect(sessions.filter((s) => !s.context.result).map((s) => s.name)).to.have.length(2);
  });

  it('with the page’s settings: clinic name, privacy note, region, clinic language and options shown', async () => {
    const [english, spanish] = [contentFor('en').content, await loadContent('es')];
    const page: Page = { clinicName: 'Lakeside Clinic', privacyNote: 'We keep your answers.', region: 'GB', clinicLang: 'en' };
    for (const content of [english, spanish]) {
      const actor = screenerIn(content);
      walkToResult(actor, { 'meds-tried': ['sertraline'], 'med-weeks:sertraline': '6-plus', 'med-dose:sertraline': 'yes' });
      const { context } = actor.getSnapshot();
      actor.stop();
      const read = await screenFromResponse(exported(context, content), page);
      expect(read.summaryText).to.equal(await copiedText(context, content, page));
      expect(read.summaryText).to.contain('Lakeside Clinic').and.contain('We keep your answers.');
    }
  });

  it('a response to another version of the bank is refused', async () => {
    const { context, content } = (await exportedSessions())[0];
    const response = { ...exported(context, content), questionnaire: 'urn:uuid:4e9fab8f-bd42-4cbb-857e-bd70de64ce6a|1999.1' };
    let error: unknown;
    await screenFromResponse(response).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('not this bank');
  });

  describe('any answers (fast-check)', () => {
    const MEDICINES = ['sertraline', 'bupropion', 'other'];
    const english = contentFor('en').content;
    const questions = english.bank.sections.flatMap((section) =>
      section.steps.flatMap((step) => step.questions.map((question) => ({ question, repeated: Boolean(step.repeatFor) }))),
    );

    /** Any answer a patient can give without an urgent stop or the screen ending. */
    function answerOf(question: Question): fc.Arbitrary<AnswerValue> {
      const options = (question.options ?? []).filter((o) => !o.endsScreen && o.risk !== 'urgent');
      if (question.type === 'text') return fc.constantFrom('Zelmora', 'Zoloft', 'Xanax');
      if (question.type === 'number') return fc.integer({ min: question.min ?? 0, max: question.max ?? 100 });
      if (question.type === 'single') return fc.constantFrom(...options.map((o) => o.id));
      const exclusive = options.filter((o) => o.exclusive).map((o) => [o.id]);
      const many = fc.subarray(options.filter((o) => !o.exclusive).map((o) => o.id), { minLength: 1 });
      return exclusive.length ? fc.oneof(fc.constantFrom(...exclusive), many) : many;
    }

    const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
      Object.fromEntries(
        questions.flatMap(({ question, repeated }) =>
          question.id === 'meds-tried'
            ? [[question.id, fc.oneof(fc.constant<string[]>(['none']), fc.subarray(MEDICINES, { minLength: 1 }))]]
            : repeated
              ? MEDICINES.map((id) => [`${question.id}:${id}`, answerOf(question)])
              : [[question.id, answerOf(question)]],
        ),
      ),
    );

    it('the summary read back from the file is the one the widget copies, with "I want to ask" ticks', async function () {
      this.timeout(120000);
      const spanish = await loadContent('es');
      await fc.assert(
        fc.asyncProperty(answersArbitrary, fc.boolean(), fc.array(fc.boolean(), { maxLength: 12 }), async (answers, inSpanish, ticks) => {
          const content = inSpanish ? spanish : english;
          const actor = screenerIn(content);
          walkToResult(actor, answers);
          const options = actor.getSnapshot().context.result!.options;
          options.forEach((option, i) => ticks[i] && actor.send({ type: 'result.wantToAsk', optionId: option.id, wanted: true }));
          const { context } = actor.getSnapshot();
          actor.stop();
          const read = await screenFromResponse(exported(context, content));
          expect(read.result).to.deep.equal(context.result);
          expect(read.summaryText).to.equal(await copiedText(context, content));
        }),
        { numRuns: runs(40, 300) },
      );
    });
  });
});
