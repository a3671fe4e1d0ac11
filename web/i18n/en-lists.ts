/** The managed lists page (/app/lists), in English (the keys are nl-lists.ts's). */
import type { nlLists } from './nl-lists';

export const enLists: typeof nlLists = {
  lists: {
    title: 'Lists',
    intro:
      'Services, categories and causes the forms choose from, so that the report counts each value once. A list without values still takes free text.',
    names: { service: 'Services', category: 'Categories', cause: 'Causes' },
    one: { service: 'service', category: 'category', cause: 'cause' },
    caption: (list) => `${list} in the list`,
    name: 'Name',
    complaints: 'Complaints',
    state: 'State',
    inUse: 'in use',
    retired: 'no longer in use',
    empty: 'This list has no values yet: the forms ask for free text.',
    newName: (name) => `New name for ${name}`,
    rename: 'Rename',
    retire: 'Stop using',
    restore: 'Use again',
    add: (one) => `New ${one}`,
    addSubmit: 'Add',
    unmapped: 'Values without a place in the list',
    unmappedIntro:
      'Complaints carry these values as free text. For each, choose the value of the list it means: the complaints get that value, and the report counts them together.',
    value: 'Value',
    mapTo: (value) => `Belongs to (for “${value}”)`,
    map: 'Assign',
    done: {
      added: 'The value has been added.',
      renamed: 'The name has been changed, also on the complaints that have the value.',
      retired: 'The value is no longer offered. Complaints that have it keep it.',
      restored: 'The value is offered again.',
      mapped: (n) => (n === 1 ? '1 complaint assigned.' : `${n} complaints assigned.`),
    },
  },
};
