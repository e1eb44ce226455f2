/**
 * The two instruments in Spanish, quoted verbatim, in one file so that a reviewer can compare it
 * with the publishers' Spanish forms before release (the wording below is the one found in
 * several independent copies; the publishers' own files were not available — check):
 * - PHQ-9, "CUESTIONARIO SOBRE LA SALUD DEL PACIENTE-9 (PHQ-9)" (phqscreeners.com). Its scale is
 *   "Ningún día / Varios días / Más de la mitad de los días / Casi todos los días"; other Spanish
 *   versions ("Ninguno", "Para nada") must not be mixed in.
 * - ASQ, "Preguntas de Detección del Riesgo de Suicidio" (NIMH ASQ toolkit; title from one
 *   source — check). Items 1–2 say "muerto" as in most copies (one has "muerto(a)" — check).
 *   "Prefiero no contestar" is our addition, as "I'd rather not answer" is in English.
 * Section titles and the sentence before the ASQ are ours, not the instruments'.
 */
import type { BankText, OptionText, QuestionText } from '../../src/content-types.js';

const PHQ9_STEM = 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';
const PHQ9_ATTRIBUTION =
  'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.';

const frequency: Record<string, OptionText> = {
  'not-at-all': { label: 'Ningún día' },
  'several-days': { label: 'Varios días' },
  'more-than-half': { label: 'Más de la mitad de los días' },
  'nearly-every-day': { label: 'Casi todos los días' },
};

const phq9Items: Record<string, string> = {
  'phq9-1': 'Poco interés o placer en hacer cosas',
  'phq9-2': 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
  'phq9-3': 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
  'phq9-4': 'Se ha sentido cansado(a) o con poca energía',
  'phq9-5': 'Sin apetito o ha comido en exceso',
  'phq9-6': 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
  'phq9-7': 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
  'phq9-8':
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
  'phq9-9': 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
};

const difficulty: QuestionText = {
  text: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
  options: {
    'not-difficult': { label: 'No ha sido difícil' },
    somewhat: { label: 'Un poco difícil' },
    very: { label: 'Muy difícil' },
    extremely: { label: 'Extremadamente difícil' },
  },
};

const asqAnswers: Record<string, OptionText> = {
  yes: { label: 'Sí' },
  no: { label: 'No' },
  decline: { label: 'Prefiero no contestar' },
};

const asqItems: Record<string, string> = {
  'asq-1': 'En las últimas semanas, ¿ha deseado estar muerto?',
  'asq-2': 'En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si estuviera muerto?',
  'asq-3': 'En la última semana, ¿ha estado pensando en suicidarse?',
  'asq-4': '¿Alguna vez ha intentado suicidarse?',
  'asq-5': '¿Está pensando en suicidarse en este momento?',
};

const mapItems = <T>(items: Record<string, string>, each: (text: string, id: string) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(items).map(([id, text]) => [id, each(text, id)]));

export const instruments: BankText = {
  sections: {
    feeling: 'Cómo se ha sentido',
    safety: 'Su seguridad',
  },
  steps: {
    ...mapItems(phq9Items, () => ({ intro: PHQ9_STEM })),
    'asq-1': {
      intro: 'Las siguientes preguntas son sobre pensamientos de suicidio. Se las hacemos a todas las personas, porque ayudan a su médico a darle apoyo.',
    },
  },
  questions: {
    ...mapItems(phq9Items, (text, id) => ({
      text,
      options: frequency,
      ...(id === 'phq9-1' ? { help: PHQ9_ATTRIBUTION } : {}),
    })),
    'phq9-difficulty': difficulty,
    ...mapItems(asqItems, (text) => ({ text, options: asqAnswers })),
  },
};
