/** The opt-out form in English (the keys: src/i18n/schema/form.ts). Norwegian names of services stay Norwegian. */
import type { FormWords } from '../schema/index.ts';

export default {
  title: 'Opt out of registration in {shortName}',
  subject: 'Form to opt out of registration in {name} ({shortName})',
  keywords: ['opt out', 'opt-out form'],
  intro: 'You can opt out at any time without giving a reason. It does not affect your treatment.',
  statement: 'I opt out of registration in {name} ({shortName}).',
  fields: {
    'pasient.navn': { label: 'Full name' },
    'pasient.fodselsnummer': { label: 'National identity number', hint: 'fødselsnummer, 11 digits' },
    'pasient.adresse': { label: 'Address' },
    'pasient.postnummer': { label: 'Postcode' },
    'pasient.poststed': { label: 'Town or city' },
    'pasient.telefon': { label: 'Phone number' },
    'pasient.sykehus': { label: 'Hospital that treated the patient' },
    'fullmakt.navn': { label: 'Name of the person filling in' },
    'fullmakt.relasjon': { label: 'Relationship to the patient' },
    'underskrift.stedDato': { label: 'Place and date' },
    'underskrift.signatur': { label: 'Signature', hint: 'the patient or the person filling in' },
  },
  optional: 'optional',
  sections: {
    pasient: { heading: 'About the patient' },
    fullmakt: {
      heading: 'Filled in on behalf of the patient',
      intro: 'Only fill this in if you fill in and sign the form on behalf of the patient.',
    },
    underskrift: { heading: 'Signature' },
  },
  send: {
    heading: 'How to send the form',
    post: 'Post the form to the {shortName} registry secretariat',
    findAddress: 'You can find contact details for {shortName} at {ownerShort}:',
    edialog:
      'You can also send the form securely through eDialog. {ownerShort} uses eDialog for secure messages. You log in with ID-porten:',
    emailWarning: 'Do not send the form by ordinary email. It contains a national identity number.',
  },
  next: {
    heading: 'What happens next?',
    paragraphs: [
      'The registry secretariat must register the opt-out as soon as possible, and no later than {deadlineDays} days after receiving the form. The patient’s information in {shortName} is deleted.',
      'All correspondence with {shortName} is archived in {archiveSystem}, {ownerShort}’s archive system.',
    ],
  },
  screen: {
    intro: 'You can fill in the form here and then print it. You can also print it blank and fill it in by hand.',
    nothingSent: 'Nothing you type here is sent or stored. It is gone when you close the page.',
    required: '{labels} must be filled in. The rest is optional.',
    and: 'and',
    print: ['Print the page with', 'on a Mac', 'Sign the printed form.'],
    signOnPaper: 'Print the form, then sign it on paper.',
    handwritten: {
      intro: 'Write the same things as on the form, by hand, on a plain sheet of paper:',
      statement: 'This sentence',
      behalf: 'If you are filling it in on behalf of the patient, also write: {labels}.',
    },
  },
} satisfies FormWords;
