// A document of any length, written for the linearity test and the benchmark: each paragraph has
// names, titles, a quote, pronouns, a town with its state, and an event or two.
const COUNTRIES = ['France', 'Georgia', 'Japan', 'India', 'China', 'Russia', 'Brazil', 'Kenya', 'Egypt', 'Mexico'];
const PEOPLE = ['John Smith', 'Maria Lopez', 'Ahmed Khan', 'Li Wei', 'Anna Petrova', 'Peter Brown'];

function paragraph(i: number): string {
  const [a, b] = [COUNTRIES[i % 10]!, COUNTRIES[(i * 3 + 1) % 10]!];
  const [p, q] = [PEOPLE[i % 6]!, PEOPLE[(i + 2) % 6]!];
  // short enough that 4,000 of them stay under the article size limit
  return `${p}, the foreign minister of ${a}, met ${q} in Columbus, Ohio. "We discussed trade," ${p.split(' ')[1]} said (${i}). ${b} criticised the ${a} government.`;
}

/** `paragraphs` paragraphs, a blank line apart. */
export function longDocument(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n\n');
}
