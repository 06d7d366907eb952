import type { Catalog, NodeSchema } from '../graph/node-schema.ts'
import type { NodeDefinition } from './define-node.ts'
import { schemaOf } from './define-node.ts'

const TYPE_PATTERN = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/

/** The node types a runtime knows. A type is registered once; a second time is a bug. */
export class NodeRegistry implements Catalog {
  private readonly definitions = new Map<string, NodeDefinition>()
  private readonly schemas = new Map<string, NodeSchema>()

  register(def: NodeDefinition): this {
    if (!TYPE_PATTERN.test(def.type)) throw new Error(`node type "${def.type}" must look like category/name (lowercase, dashes)`)
    if (this.definitions.has(def.type)) throw new Error(`node type "${def.type}" is registered twice`)
    this.definitions.set(def.type, def)
    this.schemas.set(def.type, schemaOf(def))
    return this
  }

  get(type: string): NodeSchema | undefined {
    return this.schemas.get(type)
  }

  all(): readonly NodeSchema[] {
    return [...this.schemas.values()]
  }

  definition(type: string): NodeDefinition | undefined {
    return this.definitions.get(type)
  }
}
