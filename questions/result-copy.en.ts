/**
 * What the result says about the medicine pattern and the PHQ-9 band (English). It describes the
 * answers, never a diagnosis: "your answers match", "your answers suggest".
 */
import type { ResultCopy } from '../src/content-types.js';

const resultCopy: ResultCopy = {
  headlines: {
    'trd-pattern':
      'Your answers match what doctors call treatment-resistant depression. At least two medicines, each taken long enough at a full dose, did not help you feel well.',
    'one-adequate-trial':
      'Your answers show one medicine that was taken long enough at a full dose and did not help you feel well.',
    'no-adequate-trial':
      'In this period of depression, your answers do not show a medicine taken long enough at a full dose to know if it works.',
    'trd-may-match':
      'Your answers may match what doctors call treatment-resistant depression. At least two medicines, each taken long enough at a full dose, did not help you feel well.',
    'adequate-helped': 'Your answers show that a medicine you took long enough at a full dose helped you.',
    'adequate-earlier': 'The medicines you took long enough at a full dose were from an earlier time of depression.',
    unclear: 'From your answers, we cannot tell yet how many medicines were full trials that did not help.',
  },
  partialNote: 'Some of them helped a little; your doctor will judge whether they count.',
  checkNames: 'Ask your doctor to check what you did not choose from our list: {medicines}.',
  noMedicinesHeadline: 'You said you have not taken a medicine for depression.',
  afterTwoMedicines:
    'Options made for treatment-resistant depression are usually considered after two medicines have not worked. Ask your doctor about next steps, such as the ones below.',
  unclearMedicine: '{medicine}: you were not sure about {answers}.',
  unclearAnswers: {
    'med-period': 'when you took it',
    'med-weeks': 'how long you took it',
    'med-dose': 'the dose',
    'med-response': 'how much it helped',
  },
  unclearClosing: 'Your doctor can go over these with you.',
  earlierNotCounted: 'Medicines from an earlier time of depression are listed for your doctor, but not counted here.',
  goodThenLostNotCounted:
    'A medicine that helped a lot and then stopped working is listed for your doctor, but not counted here.',
  intoleranceNotCounted:
    'Medicines you stopped early because of side effects are listed for your doctor. They are not counted as full trials.',
  bipolarNote:
    'You said you have been told you have bipolar disorder or had mania. Treatment-resistant depression, as it is defined, is about depression without bipolar disorder. Please tell your doctor about this.',
  phq9Bands: {
    'none-minimal': 'From your answers, your symptoms of depression seem to be minimal, if any.',
    mild: 'From your answers, your symptoms of depression seem to be mild.',
    moderate: 'From your answers, your symptoms of depression seem to be moderate.',
    'moderately-severe': 'From your answers, your symptoms of depression seem to be moderately severe.',
    severe: 'From your answers, your symptoms of depression seem to be severe.',
  },
  notDiagnosis: 'This is not a diagnosis. It is a summary of your own answers to help you talk with your doctor.',
  orderNote: 'The order follows your answers and preferences. It is not a recommendation.',
  askDoctor: 'Ask your doctor which of these options, if any, is right for you.',
  routeMismatch: 'Some options are given in a different way from the ones you picked. They are listed so you can ask about them.',
};

export default resultCopy;
