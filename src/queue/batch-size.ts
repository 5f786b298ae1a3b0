// Apart from the worker so the command line can show the default without loading the NATS client.
/** Documents a worker writes in one store transaction at most: one commit and one recompute of their events. */
export const DEFAULT_BATCH = 16;
