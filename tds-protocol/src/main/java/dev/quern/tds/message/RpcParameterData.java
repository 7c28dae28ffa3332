package dev.quern.tds.message;

import dev.quern.tds.type.TypeInfo;

/**
 * One ParameterData of an RPC [MS-TDS §2.2.6.6]: ParamMetaData (B_VARCHAR name, StatusFlags BYTE,
 * TYPE_INFO) and the value in the form {@link dev.quern.tds.type.TdsValueCodec} decodes (null for
 * NULL). {@code name} includes '@' or is empty for a positional parameter. A table-valued
 * parameter has a {@link TableValuedParameter} value and a null {@code type}.
 */
public record RpcParameterData(String name, int status, TypeInfo type, Object value) {
  /** fByRefValue: an OUTPUT parameter. */
  public static final int BY_REF_VALUE = 0x01;

  /** fDefaultValue: use the procedure's default; the value sent is ignored. */
  public static final int DEFAULT_VALUE = 0x02;

  /** fEncrypted: Always Encrypted ciphertext, which Quern does not implement. */
  public static final int ENCRYPTED = 0x08;

  public boolean output() {
    return (status & BY_REF_VALUE) != 0;
  }

  public boolean useDefault() {
    return (status & DEFAULT_VALUE) != 0;
  }

  @Override
  public String toString() {
    String shown = String.valueOf(value);
    if (shown.length() > 100) {
      shown = shown.substring(0, 100) + "…";
    }
    return "RpcParameterData[name=" + name + ", status=0x" + Integer.toHexString(status)
        + ", type=" + type + ", value=" + shown + "]";
  }
}
