/**
 * Crisis resources by region, and the crisis panel's fixed sentences (English).
 * A translation mirrors this file by region and resource id; numbers and links stay the same.
 * Short codes only work in their own country: never add a country prefix to them.
 * The Lifeline's number is 988 (since 16 July 2022); its old 10-digit number must not appear.
 * Where each resource comes from is kept for reviewers in `crisis-sources.ts`, not shipped.
 */
import type { CrisisContent, CrisisCopy, RegionData, Regions } from '../src/content-types.js';

const DANGER_NOW = 'If you or someone else is in danger right now.';

export const crisisCopy: CrisisCopy = {
  support: {
    lead: 'Thank you for telling us. You deserve support right now.',
    tellDoctor: 'Please tell your doctor about this answer today. If you want to talk with someone now, {line}.',
  },
  urgent: {
    act: 'If you might act on these thoughts, call {emergency} now. Or go to {place}.',
    line: 'You can also {line}.',
    stay: 'Stay with someone you trust.',
    distance: 'If you can, put distance between yourself and anything you could use to hurt yourself.',
  },
  none: {
    anyTime: 'If you ever have thoughts of suicide, you can {line} any time.',
  },
};

const US: RegionData = {
  id: 'US',
  name: 'United States',
  emergency: { number: '911', tel: 'tel:911', place: 'the nearest emergency room' },
  crisisLine: { resource: '988', reach: 'call or text 988' },
  resources: [
    { id: 'emergency', name: 'Emergency: 911', description: DANGER_NOW, links: [{ href: 'tel:911', label: 'Call 911' }] },
    {
      id: '988',
      name: '988 Suicide & Crisis Lifeline',
      description:
        'Call or text 988, or chat online, to talk with someone now. You can also reach out if you are worried about someone else. By phone, help is there in more than 250 languages.',
      links: [
        { href: 'tel:988', label: 'Call 988' },
        { href: 'sms:988', label: 'Text 988' },
        { href: 'https://988lifeline.org/chat/', label: 'Chat at 988lifeline.org' },
      ],
    },
    {
      id: 'veterans',
      name: 'Veterans Crisis Line',
      description: 'For Veterans: call 988 and press 1, or text 838255.',
      links: [
        { href: 'tel:988', label: 'Call 988, then press 1' },
        { href: 'sms:838255', label: 'Text 838255' },
      ],
    },
    {
      id: 'spanish',
      name: '988 en español',
      description: 'Help in Spanish: call 988 and press 2, or text AYUDA to 988.',
      links: [
        { href: 'tel:988', label: 'Call 988, then press 2' },
        { href: 'sms:988?body=AYUDA', label: 'Text AYUDA to 988' },
      ],
    },
    {
      id: 'crisis-text-line',
      name: 'Crisis Text Line',
      description: 'Text HOME to 741741 to text with someone now.',
      links: [{ href: 'sms:741741?body=HOME', label: 'Text HOME to 741741' }],
    },
    {
      id: 'asl',
      name: '988 in American Sign Language',
      description: 'For Deaf and hard of hearing people: use ASL Now to talk with 988 by video.',
      links: [{ href: 'https://988lifeline.org/', label: 'ASL Now at 988lifeline.org' }],
    },
  ],
};

const CA: RegionData = {
  id: 'CA',
  name: 'Canada',
  emergency: { number: '911', tel: 'tel:911', place: 'the nearest emergency room' },
  crisisLine: { resource: '988', reach: 'call or text 9-8-8' },
  resources: [
    { id: 'emergency', name: 'Emergency: 911', description: DANGER_NOW, links: [{ href: 'tel:911', label: 'Call 911' }] },
    {
      id: '988',
      name: '9-8-8 Suicide Crisis Helpline',
      description: 'Call or text 9-8-8, any time, in English or French.',
      links: [
        { href: 'tel:988', label: 'Call 9-8-8' },
        { href: 'sms:988', label: 'Text 9-8-8' },
      ],
    },
  ],
};

const GB: RegionData = {
  id: 'GB',
  name: 'United Kingdom',
  emergency: { number: '999', tel: 'tel:999', place: 'A&E' },
  crisisLine: { resource: 'samaritans', reach: 'call Samaritans free on 116 123, or text SHOUT to 85258' },
  resources: [
    {
      id: 'emergency',
      name: 'Emergency: 999',
      description: 'If you or someone else is in danger right now, call 999 or go to A&E.',
      links: [{ href: 'tel:999', label: 'Call 999' }],
    },
    {
      id: 'samaritans',
      name: 'Samaritans',
      description: 'Call free on 116 123, any time, day or night.',
      links: [{ href: 'tel:116123', label: 'Call 116 123' }],
    },
    {
      id: 'shout',
      name: 'Shout',
      description: 'Text SHOUT to 85258 to text with someone now.',
      links: [{ href: 'sms:85258?body=SHOUT', label: 'Text SHOUT to 85258' }],
    },
    {
      id: 'nhs-111',
      name: 'NHS 111',
      description: 'In England: call 111 and choose the mental health option.',
      links: [{ href: 'tel:111', label: 'Call 111' }],
    },
  ],
};

const IE: RegionData = {
  id: 'IE',
  name: 'Ireland',
  emergency: { number: '112 or 999', tel: 'tel:112', place: 'the nearest emergency department' },
  crisisLine: { resource: 'samaritans', reach: 'call Samaritans free on 116 123, or text HELLO to 50808' },
  resources: [
    {
      id: 'emergency',
      name: 'Emergency: 112 or 999',
      description: DANGER_NOW,
      links: [
        { href: 'tel:112', label: 'Call 112' },
        { href: 'tel:999', label: 'Call 999' },
      ],
    },
    {
      id: 'samaritans',
      name: 'Samaritans',
      description: 'Call free on 116 123.',
      links: [{ href: 'tel:116123', label: 'Call 116 123' }],
    },
    {
      id: '50808',
      name: '50808 text service',
      description: 'Free, any time. Text HELLO to 50808. Any message starts a conversation.',
      links: [{ href: 'sms:50808?body=HELLO', label: 'Text HELLO to 50808' }],
    },
  ],
};

const AU: RegionData = {
  id: 'AU',
  name: 'Australia',
  emergency: { number: '000', tel: 'tel:000', place: 'the nearest emergency department' },
  crisisLine: { resource: 'lifeline', reach: 'call Lifeline on 13 11 14, or text 0477 13 11 14' },
  resources: [
    { id: 'emergency', name: 'Emergency: 000', description: DANGER_NOW, links: [{ href: 'tel:000', label: 'Call 000' }] },
    {
      id: 'lifeline',
      name: 'Lifeline',
      description: 'Call 13 11 14, or text 0477 13 11 14.',
      links: [
        { href: 'tel:131114', label: 'Call 13 11 14' },
        { href: 'sms:0477131114', label: 'Text 0477 13 11 14' },
      ],
    },
  ],
};

const NZ: RegionData = {
  id: 'NZ',
  name: 'New Zealand',
  emergency: { number: '111', tel: 'tel:111', place: 'the nearest emergency department' },
  crisisLine: { resource: '1737', reach: 'call or text 1737 for free' },
  resources: [
    { id: 'emergency', name: 'Emergency: 111', description: DANGER_NOW, links: [{ href: 'tel:111', label: 'Call 111' }] },
    {
      id: '1737',
      name: 'Need to Talk? 1737',
      description: 'Free call or text 1737.',
      links: [
        { href: 'tel:1737', label: 'Call 1737' },
        { href: 'sms:1737', label: 'Text 1737' },
      ],
    },
  ],
};

const INTL: RegionData = {
  id: 'INTL',
  name: 'Other countries',
  emergency: { number: 'your local emergency number', place: 'the nearest emergency department' },
  crisisLine: { resource: 'find-a-helpline', reach: 'find a free helpline in your country at findahelpline.com' },
  resources: [
    { id: 'emergency', name: 'Emergency', description: 'Call your local emergency number.', links: [] },
    {
      id: 'find-a-helpline',
      name: 'Find A Helpline',
      description: 'Find a free helpline in your country.',
      links: [{ href: 'https://findahelpline.com/', label: 'findahelpline.com' }],
    },
  ],
};

export const regions: Regions = { US, CA, GB, IE, AU, NZ, INTL };

const crisis: CrisisContent = { locale: 'en', copy: crisisCopy, regions };
export default crisis;
