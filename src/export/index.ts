/** Writers that carry a graph out of the lab: PyTorch and Keras scripts, ONNX models. No DOM. */
export { exportGraph, isExportTarget, EXPORT_TARGETS } from './export-graph.ts'
export type { ExportOptions, ExportTarget } from './export-graph.ts'
export type { ExportFile } from './files/export-file.ts'
export { exportZip } from './files/zip.ts'
export { ExportError } from './plan/collect.ts'
