/**
 * Where each crisis resource comes from, by region and resource id (the same in every language).
 * For reviewers and tests only: the element never imports this file, so the embed stays small.
 * Every resource shown needs an https source; `check` marks what is widely known but not
 * confirmed from a primary source, for a clinician to verify before go-live.
 */
import type { CrisisSources } from '../src/content-types.js';

// Sources, as cited in the clinical notes.
const S4 = 'https://www.webmd.com/mental-health/features/988-suicide-prevention-overview';
const S5 = 'https://988lifeline.org/get-help/what-to-expect';
const S7 =
  'https://www.samhsa.gov/newsroom/press-announcements/20230908/988-suicide-crisis-lifeline-adds-american-sign-language-services-deaf-hard-of-hearing-callers';
const S8 =
  'https://www.samhsa.gov/newsroom/press-announcements/20230713/988-suicide-crisis-lifeline-adds-spanish-text-chat-service-ahead-one-year-anniversary';
const S10 = 'https://veteranscrisisline.net/About/VeteranSuicide.aspx';
const S13 =
  'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html';
const S15 = 'https://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729';
const S17 = 'https://www.samaritans.org/how-we-can-help/contact-samaritan/';
const S19 = 'https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/';
const S20 = 'https://www.lpft.nhs.uk/contact-us/need-help-now';
const S21 = 'https://giveusashout.org/about-us/faq/';
const S22 = 'https://carlow-nationalist.ie/2020/09/10/awareness-day-highlights-suicide-prevention/';
const S23b =
  'https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html';
const S24 = 'https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466';
const S26 = 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7';
const S27 = 'https://www.scoop.co.nz/stories/PA1706/S00527/single-phone-number-to-access-support-services.htm';
const S28 = 'https://www.odt.co.nz/news/national/launch-two-new-mental-health-services-make-getting-help-easier';
const S30 =
  'https://lifeline-international.com/from-idea-to-impact-how-throughline-is-bridging-the-gap-in-global-crisis-support/';

const crisisSources: CrisisSources = {
  US: {
    emergency: { source: S4 },
    '988': { source: S5 },
    veterans: { source: S10 },
    spanish: { source: S8 },
    'crisis-text-line': { source: S15 },
    asl: { source: S7 },
  },
  CA: {
    emergency: { check: true },
    '988': { source: S13 },
  },
  GB: {
    emergency: { source: S19 },
    samaritans: { source: S17 },
    shout: { source: S21 },
    'nhs-111': { source: S20 },
  },
  IE: {
    emergency: { source: S22 },
    samaritans: { source: S23b },
    '50808': { source: S24, check: true },
  },
  AU: {
    emergency: { check: true },
    lifeline: { source: S26 },
  },
  NZ: {
    emergency: { source: S28 },
    '1737': { source: S27 },
  },
  INTL: {
    emergency: { source: S30 },
    'find-a-helpline': { source: S30, check: true },
  },
};

export default crisisSources;
