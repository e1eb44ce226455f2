/**
 * Crisis resources in Spanish: the same resources, ids, numbers and links as the English file,
 * in Spanish words. In the US the Spanish line comes right after the emergency number, and it is
 * the line the panels name: the 988 Lifeline answers in Spanish if you press 2 after calling, and
 * by text when you send AYUDA (text and chat in Spanish since 13 July 2023). Its Spanish name,
 * "Línea 988 de Prevención del Suicidio y Crisis", is to be checked. Every sentence that names a
 * line says in which language it answers: a reader must not have to guess what "oprima 2" means,
 * and a service that answers in English says so. The one link that differs from the English is
 * the Crisis Text Line's keyword: AYUDA reaches a Spanish-speaking counsellor (the service's own
 * pages), HOME an English one. Keywords stay as the services expect them, and are always visible.
 *
 * Grammar of the fills: `{emergency}` carries its preposition ("al 911") and `{place}` its own
 * ("a la sala de emergencias más cercana"); `{line}` is an infinitive, after "puede".
 */
import type { CrisisContent, RegionData, Regions } from '../../src/content-types.js';

const DANGER_NOW = 'Llame si usted u otra persona está en peligro ahora mismo.';
const IN_ENGLISH = 'Atienden en inglés.';
const NEAREST_ER = 'a la sala de emergencias más cercana';
const NEAREST_ED = 'al servicio de urgencias más cercano';

const US: RegionData = {
  id: 'US',
  name: 'Estados Unidos',
  emergency: { number: 'al 911', tel: 'tel:911', place: NEAREST_ER },
  crisisLine: {
    resource: 'spanish',
    reach: 'llamar al 988 y oprimir 2 para hablar en español, o enviar AYUDA por mensaje de texto al 988',
  },
  resources: [
    { id: 'emergency', name: 'Emergencias: 911', description: DANGER_NOW, links: [{ href: 'tel:911', label: 'Llame al 911' }] },
    {
      id: 'spanish',
      name: 'Línea 988 de Prevención del Suicidio y Crisis, en español',
      description: 'Llame al 988 y oprima 2 para hablar en español, o envíe AYUDA por mensaje de texto al 988.',
      links: [
        { href: 'tel:988', label: 'Llame al 988 y oprima 2 para español' },
        { href: 'sms:988?body=AYUDA', label: 'Envíe AYUDA al 988' },
      ],
    },
    {
      id: '988',
      name: 'Línea 988 de Prevención del Suicidio y Crisis',
      description:
        'Llame o envíe un mensaje de texto al 988 para hablar con alguien ahora. Atienden en inglés, y por teléfono hay intérpretes en más de 250 idiomas. El chat en línea también atiende en español. Puede comunicarse si le preocupa otra persona.',
      links: [
        { href: 'tel:988', label: 'Llame al 988' },
        { href: 'sms:988', label: 'Envíe un mensaje de texto al 988' },
        { href: 'https://988lifeline.org/chat/', label: 'Chatee en 988lifeline.org, también en español' },
      ],
    },
    {
      id: 'veterans',
      name: 'Línea de Crisis para Veteranos',
      description: `Para veteranos: llame al 988 y oprima 1, o envíe un mensaje de texto al 838255. ${IN_ENGLISH}`,
      links: [
        { href: 'tel:988', label: 'Llame al 988 y oprima 1' },
        { href: 'sms:838255', label: 'Envíe un mensaje de texto al 838255' },
      ],
    },
    {
      id: 'crisis-text-line',
      name: 'Crisis Text Line',
      description: 'Envíe AYUDA por mensaje de texto al 741741 para escribirse en español con un consejero o una consejera.',
      links: [{ href: 'sms:741741?body=AYUDA', label: 'Envíe AYUDA al 741741' }],
    },
    {
      id: 'asl',
      name: '988 en lengua de señas americana (ASL)',
      description: 'Para personas sordas o con problemas de audición: use ASL Now para hablar con el 988 por video.',
      links: [{ href: 'https://988lifeline.org/', label: 'ASL Now en 988lifeline.org' }],
    },
  ],
};

const CA: RegionData = {
  id: 'CA',
  name: 'Canadá',
  emergency: { number: 'al 911', tel: 'tel:911', place: NEAREST_ER },
  crisisLine: { resource: '988', reach: 'llamar o enviar un mensaje de texto al 9-8-8 (en inglés o en francés)' },
  resources: [
    { id: 'emergency', name: 'Emergencias: 911', description: DANGER_NOW, links: [{ href: 'tel:911', label: 'Llame al 911' }] },
    {
      id: '988',
      name: 'Línea de ayuda en crisis de suicidio 9-8-8',
      description: 'Llame o envíe un mensaje de texto al 9-8-8, a cualquier hora, en inglés o en francés.',
      links: [
        { href: 'tel:988', label: 'Llame al 9-8-8' },
        { href: 'sms:988', label: 'Envíe un mensaje de texto al 9-8-8' },
      ],
    },
  ],
};

const GB: RegionData = {
  id: 'GB',
  name: 'Reino Unido',
  emergency: { number: 'al 999', tel: 'tel:999', place: 'a urgencias (A&E)' },
  crisisLine: {
    resource: 'samaritans',
    reach: 'llamar gratis a Samaritans al 116 123, o enviar SHOUT por mensaje de texto al 85258 (los dos atienden en inglés)',
  },
  resources: [
    {
      id: 'emergency',
      name: 'Emergencias: 999',
      description: 'Si usted u otra persona está en peligro ahora mismo, llame al 999 o vaya a urgencias (A&E).',
      links: [{ href: 'tel:999', label: 'Llame al 999' }],
    },
    {
      id: 'samaritans',
      name: 'Samaritans',
      description: `Llame gratis al 116 123, a cualquier hora del día o de la noche. ${IN_ENGLISH}`,
      links: [{ href: 'tel:116123', label: 'Llame al 116 123' }],
    },
    {
      id: 'shout',
      name: 'Shout',
      description: `Envíe SHOUT por mensaje de texto al 85258 para escribirse con alguien ahora. ${IN_ENGLISH}`,
      links: [{ href: 'sms:85258?body=SHOUT', label: 'Envíe SHOUT al 85258' }],
    },
    {
      id: 'nhs-111',
      name: 'NHS 111',
      description: `En Inglaterra: llame al 111 y elija la opción de salud mental. ${IN_ENGLISH}`,
      links: [{ href: 'tel:111', label: 'Llame al 111' }],
    },
  ],
};

const IE: RegionData = {
  id: 'IE',
  name: 'Irlanda',
  emergency: { number: 'al 112 o al 999', tel: 'tel:112', place: NEAREST_ED },
  crisisLine: {
    resource: 'samaritans',
    reach: 'llamar gratis a Samaritans al 116 123, o enviar HELLO por mensaje de texto al 50808 (los dos atienden en inglés)',
  },
  resources: [
    {
      id: 'emergency',
      name: 'Emergencias: 112 o 999',
      description: DANGER_NOW,
      links: [
        { href: 'tel:112', label: 'Llame al 112' },
        { href: 'tel:999', label: 'Llame al 999' },
      ],
    },
    {
      id: 'samaritans',
      name: 'Samaritans',
      description: `Llame gratis al 116 123. ${IN_ENGLISH}`,
      links: [{ href: 'tel:116123', label: 'Llame al 116 123' }],
    },
    {
      id: '50808',
      name: 'Servicio de mensajes de texto 50808',
      description: `Es gratis y atiende a cualquier hora. Envíe HELLO por mensaje de texto al 50808. Cualquier mensaje inicia una conversación. ${IN_ENGLISH}`,
      links: [{ href: 'sms:50808?body=HELLO', label: 'Envíe HELLO al 50808' }],
    },
  ],
};

const AU: RegionData = {
  id: 'AU',
  name: 'Australia',
  emergency: { number: 'al 000', tel: 'tel:000', place: NEAREST_ED },
  crisisLine: {
    resource: 'lifeline',
    reach: 'llamar a Lifeline al 13 11 14, o enviar un mensaje de texto al 0477 13 11 14 (en inglés)',
  },
  resources: [
    { id: 'emergency', name: 'Emergencias: 000', description: DANGER_NOW, links: [{ href: 'tel:000', label: 'Llame al 000' }] },
    {
      id: 'lifeline',
      name: 'Lifeline',
      description: `Llame al 13 11 14, o envíe un mensaje de texto al 0477 13 11 14. ${IN_ENGLISH}`,
      links: [
        { href: 'tel:131114', label: 'Llame al 13 11 14' },
        { href: 'sms:0477131114', label: 'Envíe un mensaje de texto al 0477 13 11 14' },
      ],
    },
  ],
};

const NZ: RegionData = {
  id: 'NZ',
  name: 'Nueva Zelanda',
  emergency: { number: 'al 111', tel: 'tel:111', place: NEAREST_ED },
  crisisLine: { resource: '1737', reach: 'llamar o enviar un mensaje de texto gratis al 1737 (en inglés)' },
  resources: [
    { id: 'emergency', name: 'Emergencias: 111', description: DANGER_NOW, links: [{ href: 'tel:111', label: 'Llame al 111' }] },
    {
      id: '1737',
      name: 'Need to Talk? 1737',
      description: `Llame o envíe un mensaje de texto gratis al 1737. ${IN_ENGLISH}`,
      links: [
        { href: 'tel:1737', label: 'Llame al 1737' },
        { href: 'sms:1737', label: 'Envíe un mensaje de texto al 1737' },
      ],
    },
  ],
};

const INTL: RegionData = {
  id: 'INTL',
  name: 'Otros países',
  emergency: { number: 'al número local de emergencias', place: NEAREST_ED },
  crisisLine: { resource: 'find-a-helpline', reach: 'buscar una línea de ayuda gratis en su país en findahelpline.com' },
  resources: [
    { id: 'emergency', name: 'Emergencias', description: 'Llame al número local de emergencias.', links: [] },
    {
      id: 'find-a-helpline',
      name: 'Find A Helpline',
      description: 'Busque una línea de ayuda gratis en su país.',
      links: [{ href: 'https://findahelpline.com/', label: 'findahelpline.com' }],
    },
  ],
};

const regions: Regions = { US, CA, GB, IE, AU, NZ, INTL };

const crisis: CrisisContent = {
  locale: 'es',
  copy: {
    support: {
      lead: 'Gracias por contarnos. Usted merece apoyo ahora mismo.',
      tellDoctor: 'Por favor, hable hoy con su médico sobre esta respuesta. Si quiere hablar con alguien ahora, puede {line}.',
    },
    urgent: {
      act: 'Si siente que podría quitarse la vida o hacerse daño, llame {emergency} ahora o vaya {place}.',
      line: 'También puede {line}.',
      stay: 'Quédese con alguien de confianza.',
      distance: 'Si puede, aléjese de cualquier cosa que pueda usar para hacerse daño.',
    },
    none: {
      anyTime: 'Si alguna vez tiene pensamientos de suicidio, a cualquier hora puede {line}.',
    },
  },
  regions,
};

export default crisis;
