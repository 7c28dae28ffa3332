package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;

/**
 * An RPC call carries more parameters than SQL Server takes ({@link RpcRequestMessage#MAX_PARAMETERS},
 * counting sp_executesql's statement and parameter list): answered with error 8003 and the
 * connection carries on, since the message's framing was intact.
 */
public final class RpcTooManyParametersException extends TdsProtocolException {
  public RpcTooManyParametersException() {
    super("RPC has more than " + RpcRequestMessage.MAX_PARAMETERS + " parameters");
  }
}
