/**
 * The question bank in Spanish: words only, by the English bank's section, step, question and
 * option ids (the structure, conditions and safety flags stay in the English bank). Plain
 * Spanish for a US Latino audience, "usted" form. The instruments are quoted in their own file.
 */
import type { BankText, OptionText } from '../../src/content-types.js';
import { instruments } from './instruments.es.js';
import medicines from './medicines.es.js';

const yesNoUnsure: Record<string, OptionText> = {
  yes: { label: 'Sí' },
  no: { label: 'No' },
  unsure: { label: 'No sé' },
};

const bank: BankText = {
  sections: {
    ...instruments.sections,
    welcome: 'Bienvenida',
    medicines: 'Medicamentos que ha probado',
    'other-treatments': 'Otros tratamientos',
    health: 'Su salud',
    preferences: 'Lo que es importante para usted',
  },
  steps: {
    ...instruments.steps,
    welcome: {
      title: 'Antes de empezar',
      intro:
        'Esta autoevaluación le ayuda a prepararse para hablar con su médico sobre qué probar después para la depresión. Le pregunta cómo se ha sentido, qué ha probado y qué es importante para usted.',
    },
    med: { title: 'Sobre {name}' },
  },
  questions: {
    ...instruments.questions,
    age: {
      text: '¿Tiene 18 años o más?',
      options: {
        adult: { label: 'Sí, tengo 18 años o más' },
        'under-18': { label: 'No, tengo menos de 18 años' },
      },
    },
    'period-length': {
      text: '¿Cuánto tiempo ha durado este período de depresión?',
      options: {
        'under-6-months': { label: 'Menos de 6 meses' },
        '6-to-24-months': { label: 'De 6 meses a 2 años' },
        'over-2-years': { label: 'Más de 2 años' },
        unsure: { label: 'No sé' },
      },
    },
    'meds-tried': {
      text: '¿Cuáles de estos medicamentos ha tomado alguna vez para la depresión? Marque todos los que correspondan.',
      help: 'Incluya los que tomó en el pasado. Después le haremos unas preguntas sobre cada uno. Si compró un medicamento en otro país, puede tener otro nombre de marca: busque en la caja el nombre genérico.',
      options: {
        ...medicines,
        other: { label: 'Otro medicamento' },
        'unsure-name': { label: 'Tomé uno, pero no sé cómo se llama', name: 'el medicamento del que no sabe el nombre' },
        none: { label: 'No he tomado ningún medicamento para la depresión' },
      },
    },
    'meds-other-name': {
      text: '¿Cómo se llama el otro medicamento?',
      help: 'Si no sabe cómo se escribe, escriba lo que recuerde.',
    },
    'med-period': {
      text: '¿Tomó {name} en este período de depresión?',
      options: {
        this: { label: 'Sí' },
        earlier: { label: 'No, lo tomé en un período anterior' },
        unsure: { label: 'No sé' },
      },
    },
    'med-weeks': {
      text: '¿Más o menos cuánto tiempo tomó {name}?',
      options: {
        'under-4': { label: 'Menos de 4 semanas' },
        '4-5': { label: 'De 4 semanas a menos de 6 semanas' },
        '6-plus': { label: '6 semanas o más' },
        unsure: { label: 'No sé' },
      },
    },
    'med-dose': {
      text: '¿Llegó a la dosis que su médico tenía como meta?',
      help: 'Los médicos suelen empezar con una dosis baja y subirla poco a poco. Esta pregunta es para saber si llegó a la dosis que su médico planeó para usted. {hint}',
      options: yesNoUnsure,
    },
    'med-response': {
      text: '¿Cuánto le ayudó {name}?',
      options: {
        none: { label: 'Nada, o solo un poco' },
        some: { label: 'Algo, pero todavía no me sentía bien' },
        'good-then-lost': { label: 'Mucho, pero luego dejó de funcionar' },
        remission: { label: 'Me volví a sentir bien' },
        unsure: { label: 'No sé' },
      },
    },
    'med-side-effects': {
      text: '¿Dejó de tomar {name} por los efectos secundarios?',
      options: { yes: { label: 'Sí' }, no: { label: 'No' } },
    },
    'other-treatments': {
      text: '¿Cuáles de estos tratamientos ha probado para la depresión? Marque todos los que correspondan.',
      options: {
        psychotherapy: { label: 'Terapia en la que habla con un profesional (por ejemplo, la terapia cognitivo-conductual o TCC)' },
        'add-on': {
          label: 'Un medicamento extra que tomó con su antidepresivo',
          help: 'El litio y la hormona tiroidea son dos ejemplos. El aripiprazol y la quetiapina son otros dos.',
        },
        tms: { label: 'Estimulación magnética transcraneal (EMT), que usa un imán sobre la cabeza' },
        ect: { label: 'Terapia electroconvulsiva (TEC)' },
        esketamine: { label: 'Esketamina (Spravato), un aerosol que se usa en la nariz' },
        ketamine: { label: 'Ketamina (por la vena o de otra forma)' },
        none: { label: 'Ninguno de estos' },
      },
    },
    health: {
      text: '¿Alguna de estas cosas es cierta en su caso?',
      help: 'Su médico querrá saber sobre esto. Marque todas las que correspondan.',
      options: {
        vascular: {
          label: 'Un aneurisma, una MAV (malformación arteriovenosa) o un sangrado en el cerebro',
          help: 'Un aneurisma es un vaso sanguíneo abultado en cualquier parte del cuerpo. Una malformación arteriovenosa es una unión anormal entre arterias y venas.',
        },
        'blood-pressure': {
          label: 'Presión arterial alta que no está bajo control, o una enfermedad del corazón',
          help: 'Marque esto también si tiene un problema de salud en el que es peligroso que suba la presión dentro de la cabeza.',
        },
        psychosis: {
          label: 'Psicosis o esquizofrenia, ahora o en el pasado',
          help: 'La psicosis es cuando una persona oye o ve cosas que los demás no oyen ni ven.',
        },
        bipolar: { label: 'Me han dicho que tengo trastorno bipolar, o he tenido manía' },
        pregnancy: { label: 'Estoy embarazada, planeo estarlo o le doy pecho a mi bebé' },
        'substance-use': { label: 'Problemas con el alcohol o las drogas, ahora o antes' },
        bladder: { label: 'Problemas de la vejiga o para orinar' },
        sedatives: { label: 'Tomo pastillas para dormir, opioides para el dolor o benzodiacepinas' },
        'stimulants-maoi': { label: 'Tomo un estimulante (por ejemplo, para el TDAH) o un antidepresivo IMAO' },
        none: { label: 'Ninguna de estas' },
      },
    },
    'pref-setting': {
      text: '¿Dónde quiere recibir el tratamiento?',
      options: {
        clinic: { label: 'En una clínica' },
        home: { label: 'En casa' },
        either: { label: 'Cualquiera de los dos está bien' },
      },
    },
    'pref-routes': {
      text: '¿Qué formas de recibir tratamiento estaría dispuesto(a) a probar? Marque todas las que correspondan.',
      options: {
        nasal: { label: 'Aerosol nasal' },
        iv: { label: 'Infusión IV (medicamento por la vena)' },
        injection: { label: 'Una inyección' },
        oral: { label: 'Una pastilla o una tableta que se deshace en la boca' },
        'non-medicine': { label: 'Tratamientos sin medicamentos (como la terapia de conversación, la EMT o la TEC)' },
      },
    },
    'pref-insurance': {
      text: '¿Qué tan importante es para usted que su seguro médico cubra el tratamiento?',
      options: {
        very: { label: 'Muy importante' },
        somewhat: { label: 'Algo importante' },
        not: { label: 'No es importante' },
      },
    },
    'pref-time': {
      text: '¿Puede pasar unas 2 horas en una clínica en cada visita?',
      help: 'Con algunos tratamientos, usted se queda a descansar mientras el personal está pendiente de usted.',
      options: yesNoUnsure,
    },
    'pref-ride': {
      text: '¿Alguien puede llevarle a su casa después?',
      help: 'Después de algunos tratamientos, no debe manejar hasta el día siguiente.',
      options: yesNoUnsure,
    },
    'pref-speed': {
      text: '¿Qué tan pronto espera sentirse mejor?',
      options: {
        fast: { label: 'Lo antes posible' },
        weeks: { label: 'Está bien en unas semanas' },
        unsure: { label: 'No sé' },
      },
    },
  },
};

export default bank;
