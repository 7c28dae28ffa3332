package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsDataType;
import dev.quern.tds.type.TdsValueCodec;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * An RPC request [MS-TDS §2.2.6.6]:
 *
 * <pre>
 * ALL_HEADERS RPCReqBatch *((BatchFlag | NoExecFlag) RPCReqBatch)
 * RPCReqBatch := (US_VARCHAR ProcName | 0xFFFF ProcID USHORT) OptionFlags USHORT *ParameterData
 * ParameterData := B_VARCHAR name, StatusFlags BYTE, TYPE_INFO, value
 * </pre>
 *
 * A table-valued parameter (TYPE_INFO 0xF3) carries a {@link TableValuedParameter} as its value
 * and no {@link TypeInfo} (its type is the table type it names).
 *
 * The BatchFlag is 0xFF from TDS 7.2 and 0x80 before (jTDS); NoExecFlag is 0xFE. Parameter names
 * are at most 128 characters, so a name length byte can never be mistaken for a separator.
 */
public record RpcRequestMessage(AllHeaders headers, List<RpcCall> calls) {
  public static final int BATCH_FLAG = 0xFF;
  public static final int BATCH_FLAG_71 = 0x80;
  public static final int NO_EXEC_FLAG = 0xFE;

  /** The NameLenProcID value announcing a ProcID. */
  public static final int PROC_ID_MARKER = 0xFFFF;

  /** Procedure names may be qualified (db.schema.proc) up to 1046 bytes [MS-TDS §2.2.6.6]. */
  public static final int MAX_PROC_NAME_CHARS = 523;

  /** Bounds on what one message may ask for. */
  public static final int MAX_CALLS = 10_000;

  public static final int MAX_PARAMETERS = 2_100;

  public RpcRequestMessage {
    calls = List.copyOf(calls);
  }

  public static RpcRequestMessage decode(ByteBuf in, int tdsVersion) {
    AllHeaders headers = AllHeaders.decode(in, tdsVersion);
    List<RpcCall> calls = new ArrayList<>();
    boolean noExec = false;
    while (true) {
      if (calls.size() == MAX_CALLS) {
        throw new TdsProtocolException("RPC batch has more than " + MAX_CALLS + " calls");
      }
      calls.add(decodeCall(in, tdsVersion, noExec));
      if (!in.isReadable()) {
        return new RpcRequestMessage(headers, calls);
      }
      int flag = in.readUnsignedByte();
      if (flag == NO_EXEC_FLAG) {
        noExec = true;
      } else if (flag == batchFlag(tdsVersion)) {
        noExec = false;
      } else {
        throw new TdsProtocolException("Bad RPC separator 0x" + Integer.toHexString(flag));
      }
    }
  }

  private static RpcCall decodeCall(ByteBuf in, int tdsVersion, boolean noExec) {
    Wire.require(in, 2, "RPC NameLenProcID");
    int nameLength = in.readUnsignedShortLE();
    String name = null;
    int procId = 0;
    if (nameLength == PROC_ID_MARKER) {
      Wire.require(in, 2, "RPC ProcID");
      procId = in.readUnsignedShortLE();
    } else if (nameLength > MAX_PROC_NAME_CHARS) {
      throw new TdsProtocolException("RPC procedure name of " + nameLength + " chars");
    } else {
      name = Wire.readUcs2(in, nameLength, "RPC procedure name");
    }
    Wire.require(in, 2, "RPC OptionFlags");
    int options = in.readUnsignedShortLE();
    List<RpcParameterData> params = new ArrayList<>();
    while (in.isReadable() && !isSeparator(in.getUnsignedByte(in.readerIndex()), tdsVersion)) {
      if (params.size() == MAX_PARAMETERS) {
        throw new RpcTooManyParametersException();
      }
      params.add(decodeParameter(in, tdsVersion, params.size() + 1));
    }
    return new RpcCall(name, procId, options, params, noExec);
  }

  private static RpcParameterData decodeParameter(ByteBuf in, int tdsVersion, int ordinal) {
    String name = Wire.readBVarchar(in, "RPC parameter name");
    Wire.require(in, 1, "RPC parameter status");
    int status = in.readUnsignedByte();
    if ((status & RpcParameterData.ENCRYPTED) != 0) {
      throw new TdsProtocolException("Encrypted RPC parameters are not supported");
    }
    int typeByte = in.isReadable() ? in.getUnsignedByte(in.readerIndex()) : -1;
    try {
      if (typeByte == TableValuedParameter.TVP_TYPE) {
        in.skipBytes(1);
        return new RpcParameterData(name, status, null, TableValuedParameter.decode(in, tdsVersion));
      }
      TypeInfo type = TypeInfo.decode(in, tdsVersion);
      Object value = TdsValueCodec.decodeParameter(in, type, tdsVersion);
      return new RpcParameterData(name, status, type, value);
    } catch (TdsProtocolException e) {
      throw new RpcParameterException(ordinal, name, typeByte, !isKnownType(typeByte), e);
    }
  }

  private static boolean isKnownType(int typeByte) {
    if (typeByte == TableValuedParameter.TVP_TYPE) {
      return true;
    }
    try {
      TdsDataType.of(typeByte);
      return true;
    } catch (TdsProtocolException e) {
      return false;
    }
  }

  private static boolean isSeparator(int b, int tdsVersion) {
    return b == batchFlag(tdsVersion) || b == NO_EXEC_FLAG;
  }

  static int batchFlag(int tdsVersion) {
    return TdsVersion.atLeast72(tdsVersion) ? BATCH_FLAG : BATCH_FLAG_71;
  }

  /** Writes the request as a client would (tests, tools). */
  public void encode(ByteBuf out, int tdsVersion) {
    headers.encode(out);
    for (int i = 0; i < calls.size(); i++) {
      RpcCall c = calls.get(i);
      if (i > 0) {
        out.writeByte(c.noExec() ? NO_EXEC_FLAG : batchFlag(tdsVersion));
      }
      if (c.byProcId()) {
        out.writeShortLE(PROC_ID_MARKER);
        out.writeShortLE(c.procId());
      } else {
        Wire.writeUsVarchar(out, c.procName());
      }
      out.writeShortLE(c.optionFlags());
      for (RpcParameterData p : c.parameters()) {
        Wire.writeBVarchar(out, p.name());
        out.writeByte(p.status());
        if (p.value() instanceof TableValuedParameter tvp) {
          tvp.encode(out, tdsVersion);
          continue;
        }
        p.type().encode(out, tdsVersion);
        TdsValueCodec.encodeParameter(out, p.type(), p.value(), tdsVersion);
      }
    }
  }
}
