/**
 * Health points to raise with a doctor, in Spanish, by caution id: a short topic for "Hable con
 * su médico sobre {topic}." and the fact, always worded as "tell your doctor", never as a verdict.
 */
import type { Translation } from '../../src/content-types.js';

const cautions: Translation['cautions'] = {
  vascular: {
    topic: 'su problema de los vasos sanguíneos o el sangrado en el cerebro',
    fact: 'La etiqueta de la esketamina dice que no la deben usar las personas que tienen un vaso sanguíneo abultado (aneurisma), una malformación arteriovenosa, o que han tenido sangrado en el cerebro. Hable con su médico sobre esto.',
  },
  'blood-pressure': {
    topic: 'su problema de presión arterial, del corazón o de presión en la cabeza',
    fact: 'La esketamina sube la presión arterial. Su etiqueta advierte sobre esto cuando una subida de la presión arterial, o de la presión dentro de la cabeza, es un riesgo serio. Los médicos pueden esperar para darle una dosis si su presión está alta. Hable con su médico sobre esto.',
  },
  psychosis: {
    topic: 'cualquier psicosis o esquizofrenia que haya tenido',
    fact: 'La etiqueta de la esketamina pide a los médicos pensar con cuidado en los riesgos para las personas que han tenido psicosis. Un estudio grande de la ketamina no incluyó a personas con psicosis. Hable con su médico sobre esto.',
  },
  bipolar: {
    topic: 'cualquier trastorno bipolar o manía que haya tenido',
    fact: 'La depresión bipolar queda fuera de la definición de depresión resistente al tratamiento. Hable con su médico sobre esto.',
  },
  pregnancy: {
    topic: 'un embarazo, planes de embarazo o la lactancia',
    fact: 'No se recomienda la esketamina durante el embarazo ni mientras da pecho. Hable con su médico sobre esto.',
  },
  'substance-use': {
    topic: 'cualquier problema con el alcohol o las drogas',
    fact: 'El mal uso es parte de la advertencia más fuerte de la FDA sobre la esketamina. Hable con su médico sobre cualquier problema con el alcohol o las drogas.',
  },
  bladder: {
    topic: 'sus problemas de la vejiga o para orinar',
    fact: 'La ketamina puede causar problemas de la vejiga, sobre todo si se usa seguido o por mucho tiempo. Los problemas de la vejiga también aparecen entre los efectos de la esketamina. Hable con su médico sobre esto.',
  },
  sedatives: {
    topic: 'las pastillas para dormir, los opioides para el dolor o las benzodiacepinas que toma',
    fact: 'Otros medicamentos que dan somnolencia (mucho sueño) pueden sumarse a la somnolencia que causa la esketamina o la ketamina. Hable con su médico sobre esto.',
  },
  'stimulants-maoi': {
    topic: 'el estimulante o el antidepresivo IMAO que toma',
    fact: 'La presión arterial puede subir más cuando la esketamina se usa con un estimulante o un IMAO. Hable con su médico sobre esto.',
  },
};

export default cautions;
