/**
 * Every piece of interface copy the element shows, by purpose. A translation mirrors this shape
 * exactly (e.g. `questions/ui.es.ts`), so no English is hard-coded in a template.
 * `{name}` placeholders are filled by `format()`.
 */
export interface UiStrings {
  nav: {
    next: string;
    back: string;
    /** The review page's button. */
    seeResults: string;
    /** Leaves the support panel and goes on with the same step. */
    continue: string;
    startOver: string;
    print: string;
  };
  progress: {
    /** `{index}`, `{total}`, `{section}`. */
    step: string;
    review: string;
    result: string;
  };
  welcome: {
    /** `{clinic}`. Shown only when the clinic gave its name. */
    offeredBy: string;
    notEmergencyHeading: string;
    /** `{emergency}`. */
    emergency: string;
    /** `{line}`. */
    crisisLine: string;
  };
  validation: {
    chooseOne: string;
    chooseAny: string;
    type: string;
    number: string;
  };
  /** Resource lists. */
  resources: {
    /** A link that opens another site: read after its label by screen readers. */
    newTab: string;
  };
  helpNow: { summary: string; intro: string };
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
  };
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
    cautionsHeading: string;
    nextHeading: string;
    nextText: string;
    /** The contact link's text when the clinic gave none. */
    contactDefault: string;
    /** A source link: `{site}` is the source's web address without `www.`. */
    source: string;
  };
  /** The printed summary. */
  summary: {
    title: string;
    /** `{clinic}`. */
    forClinic: string;
    /** `{date}`. */
    date: string;
    safetyHeading: string;
    safetyLevels: Record<'none' | 'support' | 'urgent', string>;
    triggeredBy: string;
    resultHeading: string;
    answersHeading: string;
    resourcesHeading: string;
    /** `{version}`. */
    version: string;
  };
  error: {
    heading: string;
    intro: string;
    helpHeading: string;
  };
}
