/** The days of the week as tokens' normal forms: wire style writes them bare ("Israel Friday accused"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
