// kafkajs ships its sources; these are the few internal modules Kafka Lab uses (kafkajs is pinned to 2.2.4).
declare module 'kafkajs/src/protocol/encoder' {
  class Encoder {
    writeInt32(v: number): Encoder
    writeBoolean(v: boolean): Encoder
    writeArray(items: unknown[], type?: 'int32' | 'number' | 'string' | 'object'): Encoder
    writeUVarInt(v: number): Encoder
    writeUVarIntString(v: string): Encoder
    writeUVarIntArray(items: Encoder[]): Encoder
    writeUVarIntBytes(v?: Buffer): Encoder
  }
  export = Encoder
}
declare module 'kafkajs/src/protocol/requests/alterPartitionReassignments/v0/response' {
  const response: { decode(raw: Buffer): Promise<unknown>; parse(data: unknown): Promise<unknown> }
  export = response
}
declare module 'kafkajs/src/protocol/requests/metadata/v5/response' {
  const response: { decode(raw: Buffer): Promise<unknown>; parse(data: unknown): Promise<unknown> }
  export = response
}
