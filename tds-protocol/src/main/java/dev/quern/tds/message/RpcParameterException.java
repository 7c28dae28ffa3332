package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;

/**
 * One RPC parameter's TYPE_INFO or value is malformed: the request is answered with SQL Server's
 * error 8016 (8009 for an unknown type) and the connection carries on, since the message's framing
 * was intact.
 *
 * @param ordinal the parameter's 1-based position in its call
 * @param name the parameter name as sent (may be empty)
 * @param dataType the TYPE_INFO's type byte, or -1 when the parameter ended before it
 * @param unknownType the type byte is not a TDS data type
 */
public final class RpcParameterException extends TdsProtocolException {
  private final int ordinal;
  private final String name;
  private final int dataType;
  private final boolean unknownType;

  public RpcParameterException(
      int ordinal, String name, int dataType, boolean unknownType, TdsProtocolException cause) {
    super("RPC parameter " + ordinal + " (" + name + ") of type 0x"
        + Integer.toHexString(dataType) + ": " + cause.getMessage());
    initCause(cause);
    this.ordinal = ordinal;
    this.name = name;
    this.dataType = dataType;
    this.unknownType = unknownType;
  }

  public int ordinal() {
    return ordinal;
  }

  public String name() {
    return name;
  }

  public int dataType() {
    return dataType;
  }

  public boolean unknownType() {
    return unknownType;
  }
}
