/** A readable id for a new node of a type, unique in the graph: "dense", "dense-2", … */
export function freshId(type: string, taken: ReadonlySet<string>): string {
  const base = type.slice(type.indexOf('/') + 1)
  if (!taken.has(base)) return base
  for (let k = 2; ; k++) if (!taken.has(`${base}-${k}`)) return `${base}-${k}`
}
