/** The managed lists page (/app/lists), in Dutch. */
import type { ManagedList } from '../../domain/managed-lists';

export const nlLists = {
  lists: {
    title: 'Lijsten',
    intro:
      'Diensten, categorieën en oorzaken waaruit de formulieren kiezen, zodat de rapportage elke waarde één keer telt. Een lijst zonder waarden laat nog vrije tekst toe.',
    names: { service: 'Diensten', category: 'Categorieën', cause: 'Oorzaken' } satisfies Record<ManagedList, string>,
    one: { service: 'dienst', category: 'categorie', cause: 'oorzaak' } satisfies Record<ManagedList, string>,
    caption: (list: string) => `${list} in de lijst`,
    name: 'Naam',
    complaints: 'Klachten',
    state: 'Status',
    inUse: 'in gebruik',
    retired: 'niet meer in gebruik',
    empty: 'Deze lijst heeft nog geen waarden: de formulieren vragen vrije tekst.',
    newName: (name: string) => `Nieuwe naam voor ${name}`,
    rename: 'Naam wijzigen',
    retire: 'Niet meer gebruiken',
    restore: 'Weer gebruiken',
    add: (one: string) => `Nieuwe ${one}`,
    addSubmit: 'Toevoegen',
    unmapped: 'Waarden zonder plaats in de lijst',
    unmappedIntro:
      'Deze waarden staan als vrije tekst bij klachten. Kies per waarde de waarde uit de lijst die ermee bedoeld is: de klachten krijgen die waarde, en de rapportage telt ze samen.',
    value: 'Waarde',
    mapTo: (value: string) => `Hoort bij (voor „${value}”)`,
    map: 'Onderbrengen',
    done: {
      added: 'De waarde is toegevoegd.',
      renamed: 'De naam is gewijzigd, ook bij de klachten die deze waarde hebben.',
      retired: 'De waarde wordt niet meer aangeboden. Klachten die haar hebben, houden haar.',
      restored: 'De waarde wordt weer aangeboden.',
      mapped: (n: number) => (n === 1 ? '1 klacht is ondergebracht.' : `${n} klachten zijn ondergebracht.`),
    },
  },
};
