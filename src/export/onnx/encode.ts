import protobuf from 'protobufjs'
import type { ModelObject } from './graph.ts'

/** ONNX's schema parsed once per text: protobufjs reads the .proto the repository ships (onnx.proto beside this file). */
const schemas = new Map<string, protobuf.Type>()

function modelType(protoText: string): protobuf.Type {
  let type = schemas.get(protoText)
  if (!type) {
    type = protobuf.parse(protoText, { keepCase: true }).root.lookupType('onnx.ModelProto')
    schemas.set(protoText, type)
  }
  return type
}

/** The model's protobuf bytes (an .onnx file), checked against the schema first. */
export function encodeModel(model: ModelObject, protoText: string): Uint8Array {
  const type = modelType(protoText)
  const problem = type.verify(model)
  if (problem) throw new Error(`onnx: the model does not fit onnx.ModelProto: ${problem}`)
  return type.encode(type.fromObject(model)).finish()
}
