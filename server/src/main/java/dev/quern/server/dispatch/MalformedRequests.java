package dev.quern.server.dispatch;

import dev.quern.engine.api.SqlMessage;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.message.RpcParameterException;
import dev.quern.tds.message.RpcRequestMessage;
import dev.quern.tds.message.RpcTooManyParametersException;

/**
 * The error SQL Server answers a request whose payload does not decode (the packets framing it
 * were fine, so the session carries on) [SQL Server errors 8003, 8009, 8016, 8023, 4002].
 */
final class MalformedRequests {
  private static final String RPC_STREAM_INCORRECT =
      "The incoming tabular data stream (TDS) remote procedure call (RPC) protocol stream is"
          + " incorrect. ";

  private MalformedRequests() {}

  static SqlMessage errorFor(TdsProtocolException e) {
    if (e instanceof RpcTooManyParametersException) {
      // What a pandas to_sql(method="multi") or an ORM's long IN list meets past the limit.
      return new SqlMessage(8003, 1, 16, "The incoming request has too many parameters. The server supports a"
          + " maximum of " + RpcRequestMessage.MAX_PARAMETERS + " parameters. Reduce the number of parameters and"
          + " resend the request.", "", 1);
    }
    if (e instanceof RpcParameterException p) {
      String named = "Parameter " + p.ordinal() + " (\"" + p.name() + "\"): ";
      if (p.invalidValueOf() != null) {
        return new SqlMessage(8023, 1, 16, RPC_STREAM_INCORRECT + named + "The supplied value is"
            + " not a valid instance of data type " + p.invalidValueOf() + ". Check the source data"
            + " for invalid values. An example of an invalid value is data of numeric type with"
            + " scale greater than precision.", "", 1);
      }
      String param = named + "Data type 0x" + String.format("%02X", p.dataType() & 0xFF);
      return p.unknownType()
          ? new SqlMessage(8009, 1, 16, RPC_STREAM_INCORRECT + param + " is unknown.", "", 1)
          : new SqlMessage(8016, 1, 16, RPC_STREAM_INCORRECT + param
              + " has an invalid data length or metadata length.", "", 1);
    }
    return new SqlMessage(4002, 1, 16,
        "The incoming tabular data stream (TDS) protocol stream is incorrect.", "", 1);
  }
}
