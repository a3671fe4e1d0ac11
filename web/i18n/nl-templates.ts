/** The reply templates' words in Dutch: the operator's page, and the choice on a form that writes to the complainant. */
export const nlTemplates = {
  templates: {
    title: 'Antwoordsjablonen',
    intro:
      'Teksten die medewerkers kiezen op het formulier van een reactie of bericht aan de klager, en daar aanpassen. Schrijf alleen de inhoud: de aanhef, de statuslink, de groet met contactgegevens en het kenmerk zet het bericht er zelf omheen.',
    none: 'Er zijn nog geen antwoordsjablonen.',
    new: 'Nieuw sjabloon',
    edit: (title: string) => `Sjabloon "${title}" wijzigen`,
    fields: {
      title: 'Titel',
      titleHint: 'Zoals medewerkers het in de lijst zien, bijvoorbeeld "Excuses en creditering".',
      language: 'Taal',
      text: 'Tekst',
    },
    languages: { nl: 'Nederlands', en: 'Engels' } as Record<string, string>,
    save: 'Sjabloon opslaan',
    remove: 'Sjabloon verwijderen',
    updated: (who: string, when: string) => `Laatst gewijzigd door ${who} op ${when}`,
    done: { saved: 'Het sjabloon is opgeslagen.', removed: 'Het sjabloon is verwijderd.' } as Record<string, string>,
    // On a form that writes to the complainant:
    choose: 'Antwoordsjabloon',
    chooseHint: 'Vult de tekst hieronder met het sjabloon; daarna kunt u hem aanpassen.',
    use: 'Sjabloon invullen',
  },
};
