/**
 * A record for keys the user chose (node ids, port and param names). It has no prototype,
 * so `record["__proto__"] = x` stores a key like any other: with a plain `{}` it replaced
 * the record's prototype and a trainer with that id vanished from run.json.
 */
export function userKeyedRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}
