import type { unitsZhCN } from './units.zh-CN.ts';

/** English strings of the dispatching units page, same shape as units.zh-CN.ts. */
export const unitsEnUS: typeof unitsZhCN = {
  units: {
    title: 'Dispatching units',
    create: 'Add unit',
    createTitle: 'Add a dispatching unit',
    edit: 'Edit',
    editTitle: 'Edit dispatching unit',
    search: 'Search unit names',
    allKinds: 'All kinds',
    allLevels: 'All levels',
    name: 'Unit name',
    kind: 'Kind',
    level: 'Level',
    contactName: 'Contact',
    contactPhone: 'Contact phone',
    actions: 'Actions',
    cadres: 'View cadres',
    empty: 'No dispatching units yet',
    emptyFiltered: 'No units match the filters',
    nameRule: 'Enter a unit name of 2–100 characters',
    contactNameRule: 'At most 50 characters',
    contactPhoneRule: 'At most 20 characters',
    pick: 'Choose the {{field}}',
    created: 'Added',
    saved: 'Saved',
    kinds: {
      party_government: 'Party or government body',
      public_institution: 'Public institution',
      state_enterprise: 'State-owned enterprise',
      other: 'Other',
    },
    levels: { central: 'Central', provincial: 'Provincial', city: 'City', county: 'County' },
  },
};
