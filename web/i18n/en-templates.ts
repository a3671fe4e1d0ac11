/** The reply templates' words in English (the keys are nl-templates.ts's). */
import type { nlTemplates } from './nl-templates';

export const enTemplates: typeof nlTemplates = {
  templates: {
    title: 'Reply templates',
    intro:
      'Texts staff choose on the form of a reply or message to the complainant, and adapt there. Write the content only: the message itself adds the greeting, the status link, the closing with contact details and the reference.',
    none: 'There are no reply templates yet.',
    new: 'New template',
    edit: (title) => `Change template "${title}"`,
    fields: {
      title: 'Title',
      titleHint: 'As staff see it in the list, for instance "Apology and credit".',
      language: 'Language',
      text: 'Text',
    },
    languages: { nl: 'Dutch', en: 'English' },
    save: 'Save template',
    remove: 'Delete template',
    updated: (who, when) => `Last changed by ${who} on ${when}`,
    done: { saved: 'The template is saved.', removed: 'The template is deleted.' },
    choose: 'Reply template',
    chooseHint: 'Fills the text below with the template; you can adapt it after.',
    use: 'Fill in template',
  },
};
