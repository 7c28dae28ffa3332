package dev.quern.tds.token;

import io.netty.buffer.ByteBuf;

/**
 * An informational message (severity 0–10), e.g. 5701 "Changed database context to 'master'." [MS-TDS §2.2.7.13]:
 *
 * <pre>
 * 0xAB Length USHORT | Number LONG | State BYTE | Class BYTE | MsgText US_VARCHAR |
 * ServerName B_VARCHAR | ProcName B_VARCHAR | LineNumber LONG (USHORT before TDS 7.2)
 * </pre>
 */
public record InfoToken(
    int number, int state, int severity, String text, String serverName, String procName,
    int lineNumber) {

  public static InfoToken decode(ByteBuf in, int tdsVersion) {
    MessageTokenCodec.Fields f = MessageTokenCodec.decode(in, TokenType.INFO, tdsVersion);
    return f == null
        ? null
        : new InfoToken(
            f.number(), f.state(), f.severity(), f.text(), f.serverName(), f.procName(),
            f.lineNumber());
  }

  public void encode(ByteBuf out, int tdsVersion) {
    MessageTokenCodec.encode(
        out,
        TokenType.INFO,
        new MessageTokenCodec.Fields(
            number, state, severity, text, serverName, procName, lineNumber),
        tdsVersion);
  }
}
