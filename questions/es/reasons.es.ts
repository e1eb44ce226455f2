/**
 * Reasons for an option's place, in Spanish (`{route}` and `{topic}` are filled in by the
 * ranking). They explain; they never say "usted califica".
 */
import type { ReasonCopy } from '../../src/content-types.js';

const reasons: ReasonCopy = {
  sentences: {
    trdApproved:
      'La FDA la aprobó para la depresión que no ha mejorado después de dos o más medicamentos. Sus respuestas coinciden con ese patrón.',
    trdApprovedMayMatch:
      'La FDA la aprobó para la depresión que no ha mejorado después de dos o más medicamentos. Puede que sus respuestas coincidan con ese patrón.',
    afterTwoMedicines: 'Opciones como esta se suelen considerar después de que dos medicamentos no han funcionado.',
    usualNextStep: 'Este es un siguiente paso común para hablar con su médico.',
    tmsAfterOne: 'La FDA la autorizó para adultos cuya depresión no mejoró con un antidepresivo.',
    ectSevere: 'Se usa para la depresión grave que no ha mejorado con otros tratamientos, o que necesita una respuesta rápida.',
    offLabel: 'La FDA no la ha aprobado para la depresión, por eso va después de las opciones aprobadas que se ajustan igual de bien a sus respuestas.',
    weakEvidence: 'Es la opción con menos evidencia: solo hay reportes pequeños sobre pocas personas.',
    fdaWarning:
      'En 2023, la FDA advirtió sobre la ketamina preparada a la medida en farmacias especiales. Esto incluye la ketamina tomada por la boca en casa, donde nadie vigila su seguridad.',
    homeFits:
      'Usted dijo que prefiere quedarse en casa. Su propio médico o terapeuta puede ayudarle con esto, sin visitas especiales a una clínica.',
    homeClash: 'Necesita visitas a una clínica o vigilancia, y usted dijo que prefiere quedarse en casa.',
    clinicFits: 'Se hace en una clínica, y eso se ajusta a sus respuestas.',
    routeFits: 'Usted dijo que está dispuesto(a) a probar {route}.',
    routeClash: 'Se da como {route}.',
    coverageLikely:
      'El seguro médico puede cubrirla, incluidos los planes de Medicare. Consulte con su plan, porque muchas veces tiene que aprobarla antes.',
    coverageUnlikely: 'Por lo general, el seguro médico no la cubre, y usted dijo que eso le importa.',
    twoHoursClash: 'Cada visita dura al menos 2 horas, y usted dijo que eso quizás no le funcione.',
    twoHoursCheck: 'Cada visita dura al menos 2 horas.',
    infusionTime: 'Una infusión dura unos 40 minutos, más un tiempo para descansar después.',
    rideClash: 'No puede manejar hasta el día siguiente, y usted dijo que quizás no tenga quien le lleve a casa.',
    rideCheck: 'Va a necesitar que alguien le lleve a casa después de cada visita.',
    fastInfusion:
      'Usted espera sentirse mejor pronto. En los estudios, cerca de la mitad de las personas había mejorado mucho 24 horas después de una infusión.',
    fastEct: 'Usted espera sentirse mejor pronto. La TEC se usa cuando se necesita una respuesta rápida.',
    triedBefore: 'Usted dijo que ya ha probado esto. Cuéntele a su médico cómo le fue.',
    supportApproval:
      'También está aprobada para adultos con depresión que tienen pensamientos o acciones suicidas repentinas. No se ha demostrado que reduzca esos pensamientos. Puede preguntar sobre ella.',
    cautionNote: 'Hable con su médico sobre {topic}.',
    contraindicated: 'Su médico tendría que saber sobre {topic}. La etiqueta dice que no se use en ese caso, por eso aparece al final.',
  },
  routes: {
    nasal: 'un aerosol nasal',
    iv: 'una infusión IV',
    injection: 'una inyección',
    oral: 'una pastilla o una tableta que se deshace en la boca',
    'non-medicine': 'un tratamiento sin medicamentos',
  },
};

export default reasons;
