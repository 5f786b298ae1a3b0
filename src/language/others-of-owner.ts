/**
 * Lemmas of heads that name others through their owner: "Russia's critics" and "China's allies" are
 * neither Russia nor China, so the owner is no actor of the phrase (the coder's units, the quotes'
 * speakers).
 */
export const OTHERS_OF_OWNER: ReadonlySet<string> = new Set(['opponent', 'critic', 'detractor', 'enemy', 'foe', 'rival', 'adversary', 'ally', 'neighbour', 'neighbor', 'victim', 'challenger']);
