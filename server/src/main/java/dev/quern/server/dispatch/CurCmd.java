package dev.quern.server.dispatch;

/**
 * The CurCmd values of DONE tokens (SQL Server's statement codes, as mssql-jdbc's StreamDone
 * lists them). mssql-jdbc only reports an update count for DONE_COUNT with a DML code.
 */
final class CurCmd {
  static final int NONE = 0x00;
  static final int SELECT = 0xC1;
  static final int INSERT = 0xC3;
  static final int ROLLBACK = 0xD2;
  static final int BEGIN_TRAN = 0xD4;
  static final int COMMIT = 0xD5;
  static final int EXECUTE = 0xE0;

  private CurCmd() {}
}
