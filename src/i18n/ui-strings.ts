import type { Locale, SafetyLevel } from '../bank/types.js';
import type { Finding, Phq9Severity, TrialPeriod, TrialResponse, TrialWeeks, YesNoUnsure } from '../clinical/types.js';

/**
 * The interface copy the embed itself shows (the screen up to the review, the crisis panels and
 * the summary's actions), by purpose; the rest is `FinishUiStrings`. A translation mirrors both
 * exactly (`WholeUiStrings`, e.g. `questions/es/ui.es.ts`), so no English is hard-coded in a
 * template. `{name}` placeholders are filled by `format()`.
 */
export interface UiStrings {
  nav: {
    next: string;
    /** The welcome's button: choosing it is the patient's consent to go on. */
    start: string;
    back: string;
    /** The review page's button. */
    seeResults: string;
    /** Leaves the support panel and goes on with the same step. */
    continue: string;
    startOver: string;
    print: string;
    /** Puts the summary as plain text on the clipboard. */
    copy: string;
    /** Saves the answers as a FHIR file the clinic can import. */
    download: string;
  };
  progress: {
    /** `{index}`, `{total}`, `{section}`: pages this patient will see, welcome to review. */
    page: string;
    /** As `page`, while an answer still to come can add pages (e.g. one per medicine chosen). */
    pageOrMore: string;
    review: string;
    result: string;
  };
  welcome: {
    /** `{clinic}`. Shown only when the clinic gave its name. */
    offeredBy: string;
    /** `{minutes}`: how long the screen takes, measured from typical journeys. */
    duration: string;
    notEmergencyHeading: string;
    /** `{emergency}`. */
    emergency: string;
    /** `{line}`. */
    crisisLine: string;
    /** What happens to the answers; the clinic's `privacy-note` replaces it here and on the summary. */
    privacy: string;
    /** Says that choosing Start is consent to go on (names the `start` button). */
    consent: string;
  };
  validation: {
    chooseOne: string;
    chooseAny: string;
    type: string;
    number: string;
  };
  /** The box above a long checklist that hides the rows not matching what is typed. */
  filter: {
    label: string;
    /** `{count}`: rows left, announced politely as the patient types. */
    shown: string;
  };
  /** Resource lists. */
  resources: {
    /** A link that opens another site: read after its label by screen readers. */
    newTab: string;
  };
  helpNow: { summary: string; intro: string };
  /** With `persist="session"`: the note that answers are kept in this tab, and its button. */
  persist: { saved: string; clear: string };
  /** `{line}`: the compact banner shown on every view once the session has escalated. */
  banner: string;
  crisis: {
    supportHeading: string;
    urgentHeading: string;
    otherResources: string;
    printHint: string;
  };
  /** Under 18: the screen stops kindly. */
  stopped: { heading: string; text: string };
  review: {
    heading: string;
    intro: string;
    edit: string;
    /** Hidden after "Edit" so each button has its own name: `{question}`. */
    editWhat: string;
    noAnswer: string;
    /** The result's code could not be fetched at "See my results". */
    resultUnavailable: string;
  };
  /** The summary's actions: the printout's title, its optional name and date of birth, and what an action did. */
  summary: {
    title: string;
    name: string;
    birthDate: string;
    /** The date format the clinic's staff expect to read, as an example. */
    birthDateHint: string;
    /** The optional name and date of birth fields above the buttons. */
    personalHeading: string;
    personalHint: string;
    /** Shown in a polite live region once the text is on the clipboard. */
    copied: string;
    /** When the browser does not allow copying: the text is shown to copy by hand. */
    copyFallback: string;
    copyFallbackLabel: string;
    downloadHint: string;
    downloaded: string;
    /** The summary's code could not be fetched. */
    unavailable: string;
  };
  error: {
    heading: string;
    intro: string;
    helpHeading: string;
  };
}

/**
 * The interface copy needed only once the screen is finished: the result, the printed summary and
 * the FHIR file. It loads with their code (see `result-content.ts`), not in the embed.
 */
export interface FinishUiStrings {
  result: {
    heading: string;
    /** Leads the result when the session escalated to `support`. */
    supportLead: string;
    notAssessment: string;
    summaryHeading: string;
    /** `{total}`. The band's words come with the result's explanation. */
    phq9: string;
    optionsHeading: string;
    noOptions: string;
    whyFits: string;
    thingsToKnow: string;
    /** Each option's checkbox; its name ends with the option's title, hidden. */
    wantToAsk: string;
    /** Heads the options after the first three, one line each. */
    otherOptions: string;
    cautionsHeading: string;
    nextHeading: string;
    nextText: string;
    /** `nextText` when the clinic offers no Print (its `actions` leave it out). */
    nextTextWithoutPrint: string;
    /** The contact link's text when the clinic gave none. */
    contactDefault: string;
    /** A source link: `{site}` is the source's web address without `www.`. */
    source: string;
  };
  /** The printed summary and its plain-text copy. */
  summary: {
    selfReport: string;
    /** `{language}`: in the clinic's language (`clinic-lang`), when the patient used another. */
    completedIn: string;
    languageNames: Record<Locale, string>;
    /** Labels of the header lines (name and date of birth are with the actions: the fields' labels). */
    dateTime: string;
    clinic: string;
    safetyHeading: string;
    /** The first thing on the page: how urgent, in a few words. */
    safetyStatus: Record<SafetyLevel, string>;
    safetyLevels: Record<SafetyLevel, string>;
    triggeredBy: string;
    /**
     * A trigger whose answer was changed after it raised the level: `{raised}` is the answer
     * that raised it, `{current}` the answer now (CLINICAL.md §4.3, invariant 7).
     */
    changedLater: string;
    /** A trigger whose answer was cleared after it raised the level (e.g. "Start over"): `{raised}`. */
    clearedLater: string;
    /** Label of the line with every ASQ answer. */
    asqAnswers: string;
    phq9Heading: string;
    phq9TotalLabel: string;
    /** `{total}`. */
    phq9Total: string;
    phq9Bands: Record<Phq9Severity, string>;
    phq9Incomplete: string;
    phq9Items: string;
    item9: string;
    difficulty: string;
    medicinesHeading: string;
    periodLength: string;
    noMedicines: string;
    columns: {
      medicine: string;
      period: string;
      weeks: string;
      fullDose: string;
      response: string;
      sideEffects: string;
      adequate: string;
    };
    /** Short words for the table's cells. */
    periods: Record<TrialPeriod, string>;
    weeks: Record<TrialWeeks, string>;
    yesNoUnsure: Record<YesNoUnsure, string>;
    responses: Record<TrialResponse, string>;
    adequate: Record<'adequate' | 'not-adequate' | 'unclear', string>;
    adequateCount: string;
    patternLabel: string;
    /** What the medicine answers show, by the finding the result's headline words (same strength, same adequacy). */
    patterns: Record<Finding, string>;
    otherTreatmentsHeading: string;
    cautionsHeading: string;
    preferencesHeading: string;
    /** Short labels for the printout, by question id; a question without one shows its own text. */
    shortLabels: Record<string, string>;
    /** The options the patient ticked "I want to ask about this", then every option the result listed. */
    wantToAskHeading: string;
    optionsHeading: string;
    resourcesHeading: string;
    notesHeading: string;
    /** `{version}`: the screener's own version, then the question set's. */
    widgetVersion: string;
    version: string;
  };
  /** Texts of the FHIR Questionnaire that are not in the bank. */
  fhir: {
    /** The questionnaire's title. */
    title: string;
    /** Stands for the medicine's name in the questions asked once per medicine. */
    repeatedName: string;
    medicine: string;
    resultGroup: string;
    phq9Total: string;
    safetyLevel: string;
    adequateTrials: string;
    pattern: string;
  };
}

/**
 * Every piece of interface copy in one language, as a translation gives it (e.g.
 * `questions/es/ui.es.ts`) and as the finished screen's code reads it.
 */
export type WholeUiStrings = Omit<UiStrings, 'summary'> &
  Omit<FinishUiStrings, 'summary'> & { summary: UiStrings['summary'] & FinishUiStrings['summary'] };
