package dev.quern.tds.token;

import io.netty.buffer.ByteBuf;

/**
 * An error message (severity 11 and above), e.g. 18456 "Login failed for user 'x'." [MS-TDS §2.2.7.10]:
 *
 * <pre>
 * 0xAA Length USHORT | Number LONG | State BYTE | Class BYTE | MsgText US_VARCHAR |
 * ServerName B_VARCHAR | ProcName B_VARCHAR | LineNumber LONG (USHORT before TDS 7.2)
 * </pre>
 */
public record ErrorToken(
    int number, int state, int severity, String text, String serverName, String procName,
    int lineNumber) {

  public static ErrorToken decode(ByteBuf in, int tdsVersion) {
    MessageTokenCodec.Fields f = MessageTokenCodec.decode(in, TokenType.ERROR, tdsVersion);
    return f == null
        ? null
        : new ErrorToken(
            f.number(), f.state(), f.severity(), f.text(), f.serverName(), f.procName(),
            f.lineNumber());
  }

  public void encode(ByteBuf out, int tdsVersion) {
    MessageTokenCodec.encode(
        out,
        TokenType.ERROR,
        new MessageTokenCodec.Fields(
            number, state, severity, text, serverName, procName, lineNumber),
        tdsVersion);
  }
}
