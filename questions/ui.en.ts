/**
 * The element's own interface copy (English): buttons, progress, notices, panel headings.
 * Crisis sentences live with the crisis resources; questions live in the bank.
 */
import type { UiStrings } from '../src/i18n/ui-strings.js';

const ui: UiStrings = {
  nav: {
    next: 'Next',
    back: 'Back',
    seeResults: 'See my results',
    continue: 'Continue',
    startOver: 'Start over',
    print: 'Print summary',
  },
  progress: {
    step: 'Step {index} of {total} — {section}',
    review: 'Check your answers',
    result: 'Your results',
  },
  welcome: {
    offeredBy: '{clinic} offers this self-screen.',
    notEmergencyHeading: 'This is not an emergency service',
    emergency: 'If you are in danger now, call {emergency}.',
    crisisLine: 'To talk with someone now, {line}.',
  },
  validation: {
    chooseOne: 'Please choose an answer.',
    chooseAny: 'Please choose at least one answer.',
    type: 'Please type an answer.',
    number: 'Please enter a number.',
  },
  resources: { newTab: '(opens in a new tab)' },
  helpNow: {
    summary: 'Need help now?',
    intro: 'You can reach someone right now. Your answers will stay here.',
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
  },
  result: {
    heading: 'What your answers may mean for you',
    supportLead: 'Please talk with a doctor or counselor today about the thoughts you told us about.',
    notAssessment: 'This screen does not replace a check by a doctor or nurse.',
    summaryHeading: 'Your answers in short',
    phq9: 'Your score on the PHQ-9 depression questions is {total} out of 27.',
    optionsHeading: 'Options to ask your doctor about',
    noOptions: 'Your doctor can talk with you about what to try next.',
    whyFits: 'How this fits your answers',
    thingsToKnow: 'Things to know',
    cautionsHeading: 'Tell your doctor about',
    nextHeading: 'What to do next',
    nextText: 'Print this summary and bring it to your visit, or show it to your doctor.',
    contactDefault: 'Contact the clinic',
    source: 'Source: {site}',
  },
  summary: {
    title: 'Summary of my self-screen answers',
    forClinic: 'For {clinic}',
    date: 'Date: {date}',
    safetyHeading: 'Safety',
    safetyLevels: {
      none: 'No answer raised the safety level. This screen does not replace a check by a doctor or nurse.',
      support: 'Some answers about thoughts of suicide need follow-up with a doctor today.',
      urgent: 'An answer about thoughts of suicide right now means a safety check is needed now.',
    },
    triggeredBy: 'Answers that raised this:',
    resultHeading: 'What the answers suggest',
    answersHeading: 'All answers',
    resourcesHeading: 'Where to get help',
    version: 'Question set {version}',
  },
  error: {
    heading: 'This screen could not start',
    intro: 'Something went wrong, so the questions cannot be shown.',
    helpHeading: 'If you need help now',
  },
};

export default ui;
