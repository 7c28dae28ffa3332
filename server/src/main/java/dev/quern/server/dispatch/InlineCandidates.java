package dev.quern.server.dispatch;

import dev.quern.tds.message.RpcCall;
import dev.quern.tds.message.RpcRequestMessage;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.packet.TdsMessage;

/**
 * The wire side of choosing requests to run on the event loop (the engine has the last word, see
 * {@code EngineSession.executeRpcWithoutBlocking}): a small RPC message holding one call of
 * {@code sp_execute} (a prepared statement run again, as drivers do for a point select), not
 * abandoned (IGNORE) and not resetting the connection. Anything else, including a batch of many
 * calls (executeBatch), is not even decoded here.
 */
final class InlineCandidates {
  /**
   * Larger messages are not looked at: a single-row read's call is a few hundred bytes, and a
   * batch of calls is decoded once, by its request thread.
   */
  static final int MAX_BYTES = 2048;

  private static final int SP_EXECUTE = 12;

  private InlineCandidates() {}

  /** Whether {@code m} is worth decoding on the event loop. */
  static boolean worthDecoding(TdsMessage m) {
    return m.type() == PacketType.RPC
        && (m.status() & PacketStatus.IGNORE) == 0
        && !m.resetConnection()
        && m.content().readableBytes() <= MAX_BYTES;
  }

  /**
   * {@code m} decoded, or null when it is malformed (its request thread decodes it again and
   * reports that). {@code m}'s content is read through a duplicate, so it stays unread.
   */
  static RpcRequestMessage decode(TdsMessage m, int tdsVersion) {
    try {
      return RpcRequestMessage.decode(m.content().duplicate(), tdsVersion);
    } catch (RuntimeException e) {
      // Whatever garbage makes the decoder fail, the event loop stays out of it: the request
      // thread decodes the message again and answers it as it answers any malformed request.
      return null;
    }
  }

  /**
   * The one sp_execute call of {@code rpc}, or null: a malformed message (rpc null), another
   * procedure, or several calls.
   */
  static RpcCall singleExecute(RpcRequestMessage rpc) {
    if (rpc == null || rpc.calls().size() != 1) {
      return null;
    }
    RpcCall call = rpc.calls().getFirst();
    boolean execute = call.byProcId()
        ? call.procId() == SP_EXECUTE
        : "sp_execute".equalsIgnoreCase(call.procName());
    return execute && !call.noExec() ? call : null;
  }
}
