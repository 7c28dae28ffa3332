package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsInvalidValueException;

/**
 * One RPC parameter's TYPE_INFO or value is malformed: the request is answered with SQL Server's
 * error 8016 (8009 for an unknown type, 8023 for a value that is no instance of its type) and
 * the connection carries on, since the message's framing was intact.
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

  /**
   * The SQL type name (decimal, float…) when the parameter's value was well framed but no valid
   * instance of its type (SQL Server: 8023), else null.
   */
  public String invalidValueOf() {
    return getCause() instanceof TdsInvalidValueException v ? v.typeName() : null;
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
