/**
 * What the result says about the medicine pattern and the PHQ-9 band, in Spanish. It describes
 * the answers, never a diagnosis: "sus respuestas coinciden", "según sus respuestas".
 */
import type { ResultCopy } from '../../src/content-types.js';

const resultCopy: ResultCopy = {
  headlines: {
    'trd-pattern':
      'Sus respuestas coinciden con lo que los médicos llaman depresión resistente al tratamiento. Al menos dos medicamentos, cada uno tomado el tiempo suficiente y a una dosis completa, no le ayudaron a sentirse bien.',
    'one-adequate-trial':
      'Sus respuestas muestran un medicamento que se tomó el tiempo suficiente y a una dosis completa, y que no le ayudó a sentirse bien.',
    'no-adequate-trial':
      'En este período de depresión, sus respuestas no muestran un medicamento tomado el tiempo suficiente y a una dosis completa para saber si funciona.',
    'trd-may-match':
      'Puede que sus respuestas coincidan con lo que los médicos llaman depresión resistente al tratamiento. Al menos dos medicamentos, cada uno tomado el tiempo suficiente y a una dosis completa, no le ayudaron a sentirse bien.',
    'adequate-helped': 'Sus respuestas muestran que un medicamento que tomó el tiempo suficiente y a una dosis completa le ayudó.',
    'adequate-earlier':
      'Los medicamentos que tomó el tiempo suficiente y a una dosis completa fueron de un período anterior de depresión.',
    unclear: 'Con sus respuestas, todavía no podemos saber cuántos medicamentos fueron pruebas completas que no ayudaron.',
  },
  partialNote: 'Algunos le ayudaron un poco; su médico decidirá si cuentan.',
  checkNames: 'Pídale a su médico que revise lo que usted no eligió de nuestra lista: {medicines}.',
  noMedicinesHeadline: 'Usted dijo que no ha tomado ningún medicamento para la depresión.',
  afterTwoMedicines:
    'Las opciones hechas para la depresión resistente al tratamiento se suelen considerar después de que dos medicamentos no han funcionado. Pregúntele a su médico sobre los siguientes pasos, como los de abajo.',
  unclearMedicine: '{medicine}: usted no estaba seguro(a) de {answers}.',
  unclearAnswers: {
    'med-period': 'cuándo lo tomó',
    'med-weeks': 'cuánto tiempo lo tomó',
    'med-dose': 'la dosis',
    'med-response': 'cuánto le ayudó',
  },
  unclearClosing: 'Su médico puede repasar esto con usted.',
  earlierNotCounted: 'Los medicamentos de un período anterior de depresión aparecen para su médico, pero no se cuentan aquí.',
  goodThenLostNotCounted:
    'Un medicamento que ayudó mucho y luego dejó de funcionar aparece para su médico, pero no se cuenta aquí.',
  intoleranceNotCounted:
    'Los medicamentos que dejó pronto por los efectos secundarios aparecen para su médico. No se cuentan como pruebas completas.',
  bipolarNote:
    'Usted dijo que le han dicho que tiene trastorno bipolar o que ha tenido manía. Las definiciones de depresión resistente al tratamiento se refieren a la depresión sin trastorno bipolar. Por favor, hable con su médico sobre esto.',
  phq9Bands: {
    'none-minimal': 'Según sus respuestas, sus síntomas de depresión parecen ser mínimos o nulos.',
    mild: 'Según sus respuestas, sus síntomas de depresión parecen ser leves.',
    moderate: 'Según sus respuestas, sus síntomas de depresión parecen ser moderados.',
    'moderately-severe': 'Según sus respuestas, sus síntomas de depresión parecen ser moderadamente graves.',
    severe: 'Según sus respuestas, sus síntomas de depresión parecen ser graves.',
  },
  notDiagnosis: 'Esto no es un diagnóstico. Es un resumen de sus propias respuestas para ayudarle a hablar con su médico.',
  orderNote: 'El orden sigue sus respuestas y preferencias. No es una recomendación.',
  askDoctor: 'Pregúntele a su médico cuál de estas opciones, si alguna, es adecuada para usted.',
  routeMismatch: 'Algunas opciones se dan de una forma distinta de las que usted eligió. Aparecen para que pueda preguntar sobre ellas.',
};

export default resultCopy;
