package dev.quern.tds.message;

import java.util.List;

/**
 * One RPCReqBatch [MS-TDS §2.2.6.6]: a procedure by name or by ProcID (then {@code procName} is
 * null), OptionFlags, parameters. {@code noExec} marks a call that followed the NoExecFlag 0xFE.
 */
public record RpcCall(
    String procName, int procId, int optionFlags, List<RpcParameterData> parameters, boolean noExec) {
  /** OptionFlags fWithRecomp. */
  public static final int WITH_RECOMP = 0x0001;

  /** OptionFlags fNoMetaData: answer COLMETADATA with count 0xFFFF. */
  public static final int NO_METADATA = 0x0002;

  /** OptionFlags fReuseMetaData. */
  public static final int REUSE_METADATA = 0x0004;

  public RpcCall {
    parameters = List.copyOf(parameters);
  }

  public static RpcCall byName(String name, List<RpcParameterData> parameters) {
    return new RpcCall(name, 0, 0, parameters, false);
  }

  public static RpcCall byId(int procId, List<RpcParameterData> parameters) {
    return new RpcCall(null, procId, 0, parameters, false);
  }

  public boolean byProcId() {
    return procName == null;
  }
}
