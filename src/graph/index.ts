/** The graph document: types, file format, validation, migrations, graph helpers, shapes. */
export { CHART_SIZES, CURRENT_VERSION, FORMAT, emptyBoard, emptyDocument } from './graph-file.ts'
export type { Board, BoardChart, BoardControl, ChartSize, Lesson, LessonItem, Connection, Endpoint, GraphDocument, GraphMeta, GraphNode, ParamValues, Tweak } from './graph-file.ts'
export { PORT_TYPES, PORT_TYPE_IDS, canConnect, isPortTypeId } from './port-types.ts'
export type { Compatibility, PortTypeId, PortTypeInfo } from './port-types.ts'
export { param, paramProblem, parseParamText } from './params.ts'
export type { BooleanParam, NumberListParam, NumberParam, ParamDecl, ParamValue, SelectParam, ShapeParam, StringParam, ValueOfParam } from './params.ts'
export type { Catalog, InputDecl, NodeSchema, OutputDecl } from './node-schema.ts'

export { formatProblem, formatProblems } from './problems.ts'
export type { Problem } from './problems.ts'
export { jsonPath, parseJsonPath } from './json-path.ts'
export type { Locate, PathSegment } from './json-path.ts'
export { graphFileSchema } from './schema.ts'
export {
  MAX_DESCRIPTION_LENGTH,
  MAX_FILE_TEXT_LENGTH,
  MAX_ID_LENGTH,
  MAX_SHARED_GRAPH_BYTES,
  MAX_STRING_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_TYPE_LENGTH,
  lengthProblem,
  nodeIdProblem,
} from './limits.ts'
export { preview, quote, shorten } from './shorten.ts'
export { userKeyedRecord } from './records.ts'
export type { GraphFile } from './schema.ts'
export { FORBIDDEN_KEYS, MAX_DEPTH } from './forbidden-keys.ts'
export { MIGRATIONS, migrate, migrationsFor } from './migrations.ts'
export { defaultBoard } from './default-board.ts'
export type { JsonObject, Migration, MigrationResult } from './migrations.ts'
export { parseGraph, validateGraph } from './load.ts'
export type { LoadOptions, LoadResult } from './load.ts'
export { defaultParams, withDefaultParams, withDefaults } from './defaults.ts'
export { serializeGraph } from './serialize.ts'
export {
  cycleThrough,
  describeCycle,
  downstreamClosure,
  findCycles,
  incoming,
  orderSkippingCycles,
  outgoing,
  topologicalOrder,
  upstreamClosure,
  wouldCreateCycle,
} from './graph-ops.ts'
export type { GraphTopology } from './graph-ops.ts'
export { cycleReports } from './cycle-reports.ts'
export type { CycleReport } from './cycle-reports.ts'
export { connectionProblem, endpointName } from './connect.ts'
export { extendTweak, recordTweak, tweakChanges } from './tweaks.ts'
export { formatShape, inferShapes } from './shapes.ts'
export type { InferredShapes, Shape, ShapeFn, ShapeFns } from './shapes.ts'
