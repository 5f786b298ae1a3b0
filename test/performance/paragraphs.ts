// A document of any length, written for the linearity test and the benchmark. Every construction that
// sets off work per mention or per quote is in it, since a scan of the whole document inside such work
// only shows on a long document: names, titles and appositions with a country (even paragraphs) and
// with an organisation after "for" (odd ones), quotes with their cues, pronouns, a town with its
// state, and an event or two.
const COUNTRIES = ['France', 'Georgia', 'Japan', 'India', 'China', 'Russia', 'Brazil', 'Kenya', 'Egypt', 'Mexico'];
const PEOPLE = ['John Smith', 'Maria Lopez', 'Ahmed Khan', 'Li Wei', 'Anna Petrova', 'Peter Brown'];
const ORGANISATIONS = ['World Bank', 'Red Cross', 'World Health Organization', 'Amnesty International'];

function paragraph(i: number): string {
  const [a, b] = [COUNTRIES[i % 10]!, COUNTRIES[(i * 3 + 1) % 10]!];
  const [p, q] = [PEOPLE[i % 6]!, PEOPLE[(i + 2) % 6]!];
  const [o, r] = [ORGANISATIONS[i % 4]!, ORGANISATIONS[(i + 1) % 4]!];
  // each short enough that 4,000 paragraphs stay under the article size limit (250 characters apiece)
  if (i % 2 === 1) return `${p}, a spokesman for the ${o}, said ${a} had agreed to talks. "They will come soon," he said (${i}). ${q} praised ${b}, and she thanked the ${r}.`;
  return `${p}, the foreign minister of ${a}, met ${q} in Columbus, Ohio. "We discussed trade," ${p.split(' ')[1]} said (${i}). ${b} criticised the ${a} government.`;
}

/** `paragraphs` paragraphs, a blank line apart. */
export function longDocument(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n\n');
}
