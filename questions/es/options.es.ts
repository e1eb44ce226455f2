/**
 * Treatment option cards in Spanish, by option id: the title and each fact in the English order
 * (each fact keeps its English source). Same facts, same numbers; plain words.
 */
import type { Translation } from '../../src/content-types.js';

const offLabel =
  'La FDA no ha aprobado la ketamina para la depresión. Está aprobada para dormir a las personas para una cirugía u otros procedimientos. Usarla para la depresión se llama uso "fuera de indicación" (off-label).';

const options: Translation['options'] = {
  'esketamine-nasal': {
    title: 'Esketamina (Spravato), un aerosol que se usa en la nariz',
    facts: [
      'En marzo de 2019, la FDA la aprobó para adultos con depresión resistente al tratamiento. Se usa junto con una pastilla antidepresiva.',
      'Desde enero de 2025, también está aprobada para usarse sola.',
      'Desde agosto de 2020, también está aprobada para adultos con depresión que tienen pensamientos o acciones suicidas repentinas. Se usa junto con una pastilla antidepresiva.',
      'No se ha demostrado que prevenga el suicidio ni que reduzca los pensamientos suicidas. No reemplaza la atención en un hospital.',
      'Tiene la advertencia más fuerte de la FDA. La advertencia es sobre la somnolencia (mucho sueño), la sensación de estar desconectado(a) (disociación) y el mal uso.',
      'Solo se da en clínicas certificadas. Usted mismo(a) se pone el aerosol mientras el personal le observa.',
      'Usted se queda en la clínica al menos 2 horas, para que el personal revise estos efectos y los cambios en la respiración y la presión arterial.',
      'No maneje hasta el día siguiente, después de una buena noche de sueño. Planee cómo volver a casa.',
      'Se usa dos veces por semana en las semanas 1 a 4, una vez por semana en las semanas 5 a 8, y luego una vez por semana o cada 2 semanas.',
      'Los efectos comunes son sentirse desconectado(a), mareado(a), con malestar de estómago o con somnolencia (mucho sueño). La presión arterial también puede subir.',
      'El seguro médico puede cubrirla, incluidos los planes de Medicare. Muchas veces el plan tiene que aprobarla antes, así que consulte con su plan.',
      'Es solo para adultos.',
      'En el estudio de la esketamina usada sola, el 22.5% de las personas se sentía bien otra vez a las 4 semanas, comparado con el 7.6% con un aerosol sin medicamento.',
    ],
  },
  'ketamine-iv': {
    title: 'Infusión de ketamina (IV)',
    facts: [
      offLabel,
      'Por lo general se da por la vena durante 40 minutos.',
      'Muchas personas reciben unas 6 infusiones en 2 a 3 semanas.',
      'Un estudio grande incluyó a 403 personas con depresión resistente al tratamiento a quienes se había enviado a recibir TEC. El 55.4% mejoró mucho con ketamina, comparado con el 41.2% con TEC.',
      'Después de una infusión, cerca de la mitad de las personas había mejorado mucho a las 24 horas.',
      'El efecto de una infusión dura en promedio alrededor de una semana.',
      'En un estudio pequeño de 24 personas, la mitad de quienes mejoraron después de 6 infusiones volvió a tener depresión en 18 días. Esto cambia mucho de una persona a otra.',
      'Por lo general, el seguro médico no la cubre.',
      'Se da en visitas a una clínica, con personal que le observa.',
    ],
  },
  'ketamine-im': {
    title: 'Inyección de ketamina (IM)',
    facts: [
      offLabel,
      'Las revisiones de estudios dicen que es segura y que ayuda, pero se ha estudiado mucho menos que la ketamina por la vena.',
      'Se da en una visita a la clínica, con personal que le observa.',
    ],
  },
  'ketamine-oral': {
    title: 'Ketamina por la boca o debajo de la lengua (tabletas que se deshacen en la boca)',
    facts: [
      offLabel,
      'La evidencia viene solo de reportes pequeños sobre pocas personas.',
      'En octubre de 2023, la FDA advirtió sobre la ketamina preparada a la medida en farmacias especiales. Esto incluye la ketamina tomada por la boca en casa, donde nadie vigila su seguridad.',
    ],
  },
  'medication-change': {
    title: 'Cambiar de medicamento o agregar otro',
    facts: [
      'En un estudio grande (STAR*D), unas 25 a 27 de cada 100 personas se sintieron bien otra vez después de cambiar de medicamento. Ningún medicamento fue claramente el mejor.',
      'En el mismo estudio, agregar bupropión al primer medicamento ayudó a 39 de cada 100 personas a sentirse bien otra vez.',
      'La FDA aprobó algunos medicamentos para agregar a un antidepresivo. Tres de ellos son el aripiprazol, el brexpiprazol y la quetiapina XR.',
      'La cariprazina se aprobó para esto en 2022.',
      'El litio y la hormona tiroidea también se usan para agregar al antidepresivo.',
    ],
  },
  psychotherapy: {
    title: 'Terapia en la que habla con un profesional (por ejemplo, la terapia cognitivo-conductual o TCC)',
    facts: [
      'En un estudio grande (STAR*D), la terapia de conversación funcionó más o menos igual que los medicamentos. Esto fue así cuando reemplazó al primer medicamento y cuando se agregó a él.',
    ],
  },
  tms: {
    title: 'Estimulación magnética transcraneal (EMT), que usa un imán sobre la cabeza',
    facts: [
      'La FDA la autorizó en octubre de 2008 para adultos cuya depresión no mejoró con un antidepresivo.',
      'Se hace en sesiones en una clínica.',
    ],
  },
  ect: {
    title: 'Terapia electroconvulsiva (TEC)',
    facts: [
      'Una norma de la FDA de 2018 cubre su uso para la depresión grave que no ha mejorado con otros tratamientos, o que necesita una respuesta rápida.',
      'En un estudio de personas tratadas en un hospital, más personas se sintieron bien otra vez con TEC que con ketamina (63% comparado con 46%).',
      'Le duermen para el tratamiento (anestesia). Puede causar problemas de memoria por poco tiempo.',
    ],
  },
};

export default options;
