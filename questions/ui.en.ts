/**
 * The element's own interface copy (English): buttons, progress, notices, panel headings, the
 * summary's actions. Crisis sentences live with the crisis resources; questions live in the bank;
 * the result's, the printout's and the FHIR file's words are in `finish-ui.en.ts`.
 */
import type { UiStrings } from '../src/content-types.js';

const ui: UiStrings = {
  nav: {
    next: 'Next',
    start: 'Start',
    back: 'Back',
    seeResults: 'See my results',
    continue: 'Continue',
    startOver: 'Start over',
    print: 'Print summary for my doctor',
    copy: 'Copy summary',
    download: 'Download for my clinic (FHIR JSON)',
  },
  progress: {
    page: 'Page {index} of {total} — {section}',
    pageOrMore: 'Page {index} of {total} or more — {section}',
    review: 'Check your answers',
    result: 'Your results',
  },
  welcome: {
    offeredBy: '{clinic} offers this self-screen.',
    duration: 'It takes about {minutes} minutes.',
    notEmergencyHeading: 'This is not a diagnosis or an emergency service',
    emergency: 'If you are in danger now, call {emergency}.',
    crisisLine: 'To talk with someone now, {line}.',
    privacy: 'This screen does not send your answers anywhere.',
    consent: 'By choosing Start, you agree to go on.',
  },
  validation: {
    chooseOne: 'Please choose an answer.',
    chooseAny: 'Please choose at least one answer.',
    type: 'Please type an answer.',
    number: 'Please enter a number.',
  },
  filter: {
    label: 'Find a medicine by name',
    shown: 'Medicines shown: {count}',
  },
  resources: { newTab: '(opens in a new tab)' },
  helpNow: {
    summary: 'Need help now?',
    intro: 'You can reach someone right now. Your answers will stay here.',
  },
  persist: {
    saved: 'Your answers are kept in this browser tab until you finish or close it.',
    clear: 'Clear my answers',
  },
  banner: 'If you need to talk with someone, you can {line} any time.',
  crisis: {
    supportHeading: 'Support is here for you',
    urgentHeading: 'Your safety comes first',
    otherResources: 'Other ways to get help',
    printHint: 'You can print a summary of your answers to show a doctor or nurse.',
  },
  stopped: {
    heading: 'This self-screen is for adults',
    text: 'This self-screen is made for adults. A doctor, school nurse or a trusted adult can help you find the right support.',
  },
  review: {
    heading: 'Check your answers',
    intro: 'You can change any answer before you see your results.',
    edit: 'Edit',
    editWhat: 'your answer to: {question}',
    noAnswer: 'No answer',
    resultUnavailable: 'We could not load your results. Your answers are still here. Check your internet connection, then try again.',
  },
  summary: {
    title: 'Depression self-screen: my answers for my doctor',
    name: 'Name',
    birthDate: 'Date of birth',
    birthDateHint: 'For example: 03/14/1980 (month/day/year)',
    personalHeading: 'Add your name to the printout (optional)',
    personalHint: 'This is only for the printout. It is not saved or sent anywhere.',
    copied: 'Copied. You can paste it into a message to your clinic.',
    copyFallback: 'Your browser did not let us copy. The text is selected below: copy it yourself.',
    copyFallbackLabel: 'Summary as text',
    downloadHint: 'The file is a health record format (FHIR) that many clinic systems can read.',
    downloaded: 'The file is saved on this device. Send it to your clinic only if they ask for it.',
    unavailable: 'We could not make the summary just now. Check your internet connection, then try again.',
  },
  error: {
    heading: 'This screen could not start',
    intro: 'Something went wrong, so the questions cannot be shown.',
    helpHeading: 'If you need help now',
  },
};

export default ui;
