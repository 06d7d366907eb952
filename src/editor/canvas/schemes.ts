import { ClassicPreset } from 'rete'
import type { GetSchemes } from 'rete'
import type { NodeSchema } from '../../graph/node-schema.ts'
import type { GraphNode } from '../../graph/graph-file.ts'
import type { PortTypeId } from '../../graph/port-types.ts'
import type { NodeRuntimeView } from '../view-types.ts'
import type { ChartSizeDetail } from '../components/events.ts'

/** A socket knows its port type, so it is drawn in the type's colour; null on a node of unknown type. */
export class PortSocket extends ClassicPreset.Socket {
  constructor(readonly portType: PortTypeId | null) {
    super(portType ?? 'unknown')
  }
}

export const NODE_WIDTH = 230
export const PLOT_WIDTH = 380
export const CHART_HEIGHT = 240

/** A node on the canvas: the file's node, its type's schema, and what the runtime shows. */
export class FlowNode extends ClassicPreset.Node<Record<string, PortSocket>, Record<string, PortSocket>> {
  width: number
  height = 120
  /** Height of a plot node's chart; the user can resize plot nodes. */
  chartHeight = CHART_HEIGHT
  view: NodeRuntimeView | null = null
  /** Set by the canvas: records the size the user dragged to, once the drag ends. */
  onResize: (() => void) | null = null
  /** Set by the canvas: the chart of a plot node is laid out at this size (CSS pixels). */
  onChartSize: ((size: ChartSizeDetail) => void) | null = null
  /** Set by the canvas: pin this plot's chart to the board (true) or take it off. */
  onPin: ((pinned: boolean) => void) | null = null
  /** Whether this plot's chart is on the board (drawn on its pin button). */
  pinned = false
  /** The teacher locked or hid this node for the lesson (drawn as a badge), or null. */
  lessonMark: 'locked' | 'hidden' | null = null
  /** Why this node is a placeholder (its type is unknown), or null for a node of a known type. */
  unknownType: string | null = null

  /**
   * A node whose type the catalog does not know, drawn with its type name and the ports its
   * connections name (grey: their types are unknown too), so its wires stay on the canvas.
   */
  static placeholder(graphNode: GraphNode, ports: { inputs: readonly string[]; outputs: readonly string[] }, why: string): FlowNode {
    const node = new FlowNode(graphNode, { type: graphNode.type, title: graphNode.type, category: 'unknown', doc: why, inputs: {}, outputs: {}, params: {} })
    node.unknownType = why
    for (const key of ports.inputs) node.addInput(key, new ClassicPreset.Input(new PortSocket(null), key, true))
    for (const key of ports.outputs) node.addOutput(key, new ClassicPreset.Output(new PortSocket(null), key))
    return node
  }

  constructor(
    public graphNode: GraphNode,
    readonly schema: NodeSchema,
  ) {
    super(graphNode.title ?? schema.title)
    this.id = graphNode.id
    this.width = this.isPlot ? PLOT_WIDTH : NODE_WIDTH
    this.applySize(graphNode.size)
    // Every input takes many connections as far as Rete knows: otherwise Rete removes an
    // input's wire by itself when a second one is dropped on it, behind the document's back.
    // The document decides what a second wire means (AppStore.connect replaces the old one).
    for (const [key, input] of Object.entries(schema.inputs)) {
      this.addInput(key, new ClassicPreset.Input(new PortSocket(input.type), input.label ?? key, true))
    }
    for (const [key, output] of Object.entries(schema.outputs)) {
      this.addOutput(key, new ClassicPreset.Output(new PortSocket(output.type), output.label ?? key))
    }
  }

  /** Takes the file's size (or the default one); true when the node's size changed. */
  applySize(size: [number, number] | undefined): boolean {
    if (!this.isPlot) return false
    const [width, height] = size ?? [PLOT_WIDTH, CHART_HEIGHT]
    if (width === this.width && height === this.chartHeight) return false
    this.width = width
    this.chartHeight = height
    return true
  }

  get isPlot(): boolean {
    return Object.values(this.schema.outputs).some((o) => o.type === 'Chart')
  }
}

export class FlowConnection extends ClassicPreset.Connection<FlowNode, FlowNode> {
  isLoop?: boolean
}

export type Schemes = GetSchemes<FlowNode, FlowConnection>
