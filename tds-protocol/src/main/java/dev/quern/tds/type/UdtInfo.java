package dev.quern.tds.type;

import io.netty.buffer.ByteBuf;
import java.util.Objects;

/**
 * UDT_INFO: the names of a CLR user-defined type that TYPE_INFO carries after token 0xF0 [MS-TDS
 * §2.2.5.5.2]. In COLMETADATA and RETURNVALUE the server sends the max byte size (in {@link
 * TypeInfo#maxLength()}), then:
 *
 * <pre>
 * DB_NAME B_VARCHAR  SCHEMA_NAME B_VARCHAR  TYPE_NAME B_VARCHAR  ASSEMBLY_QUALIFIED_NAME US_VARCHAR
 * </pre>
 *
 * A client's RPC parameter carries only the three B_VARCHAR names ({@code assemblyQualifiedName}
 * null). Values travel as PLP bytes, the type's own serialization.
 */
public record UdtInfo(String databaseName, String schemaName, String typeName, String assemblyQualifiedName) {
  public UdtInfo {
    Objects.requireNonNull(databaseName, "databaseName");
    Objects.requireNonNull(schemaName, "schemaName");
    Objects.requireNonNull(typeName, "typeName");
  }

  /** Reads the RPC form: the three names. */
  static UdtInfo decodeRpc(ByteBuf in) {
    String db = TdsBuffers.readBVarchar(in, "UDT_INFO db name");
    String schema = TdsBuffers.readBVarchar(in, "UDT_INFO schema name");
    String type = TdsBuffers.readBVarchar(in, "UDT_INFO type name");
    return new UdtInfo(db, schema, type, null);
  }

  /** Writes the names after the max byte size, as COLMETADATA has them. */
  void encode(ByteBuf out) {
    TdsBuffers.writeBVarchar(out, databaseName);
    TdsBuffers.writeBVarchar(out, schemaName);
    TdsBuffers.writeBVarchar(out, typeName);
    TdsBuffers.writeUsVarchar(out, assemblyQualifiedName == null ? "" : assemblyQualifiedName);
  }
}
