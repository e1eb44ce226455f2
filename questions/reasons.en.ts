/**
 * Sentences the ranking gives as reasons for an option's place (English). `{route}` and `{topic}`
 * are filled in by the ranking. Reasons explain; they never say "you qualify".
 */
import type { ReasonCopy } from '../src/content-types.js';

const reasons: ReasonCopy = {
  sentences: {
    trdApproved:
      'It is FDA-approved for depression that has not gotten better after two or more medicines. Your answers match that pattern.',
    trdApprovedMayMatch:
      'It is FDA-approved for depression that has not gotten better after two or more medicines. Your answers may match that pattern.',
    afterTwoMedicines: 'Options like this are usually considered after two medicines have not worked.',
    usualNextStep: 'This is a common next step to talk about with your doctor.',
    tmsAfterOne: 'It is FDA-cleared for adults whose depression did not get better with one antidepressant.',
    ectSevere: 'It is used for severe depression that has not gotten better with other treatment, or that needs a fast response.',
    offLabel: 'It is not FDA-approved for depression, so it comes after approved options that fit you just as well.',
    weakEvidence: 'It has the least evidence of these options: only small reports on a few people.',
    fdaWarning:
      'In 2023, the FDA warned about ketamine mixed by special pharmacies. This includes ketamine taken by mouth at home, where no one checks on your safety.',
    homeFits: 'You said you would like to stay at home. Your own doctor or therapist can help with this, without special clinic visits.',
    homeClash: 'It needs clinic visits or monitoring, and you said you would like to stay at home.',
    clinicFits: 'It is done at a clinic, which you said works for you.',
    routeFits: 'You said you are open to {route}.',
    routeClash: 'It is given as {route}.',
    coverageLikely: 'Insurance may cover it, including Medicare plans. Check with your plan, since it often needs approval first.',
    coverageUnlikely: 'It is usually not covered by insurance, which you said matters to you.',
    twoHoursClash: 'Each visit takes at least 2 hours, and you said that may not work for you.',
    twoHoursCheck: 'Each visit takes at least 2 hours.',
    infusionTime: 'An infusion takes about 40 minutes, plus time to rest after it.',
    rideClash: 'You may not drive until the next day, and you said you may not have a ride home.',
    rideCheck: 'You will need a ride home after each visit.',
    fastInfusion: 'You hope to feel better soon. In studies, about half of people had improved a lot 24 hours after one infusion.',
    fastEct: 'You hope to feel better soon. ECT is used when a fast response is needed.',
    triedBefore: 'You said you have tried this before. Tell your doctor how it went.',
    supportApproval:
      'It is also approved for adults with depression who have sudden suicidal thoughts or actions. It has not been shown to reduce those thoughts. You can ask about it.',
    cautionNote: 'Tell your doctor about {topic}.',
    contraindicated: 'Your doctor would need to know about {topic}. The label says not to use it then, so it is listed last.',
  },
  routes: {
    nasal: 'a nasal spray',
    iv: 'an IV infusion',
    injection: 'an injection',
    oral: 'a pill or lozenge',
    'non-medicine': 'a treatment without medicine',
  },
};

export default reasons;
