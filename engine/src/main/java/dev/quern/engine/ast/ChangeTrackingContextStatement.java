package dev.quern.engine.ast;

/**
 * {@code WITH CHANGE_TRACKING_CONTEXT (context) {INSERT | UPDATE | DELETE | MERGE} …} ("WITH
 * CHANGE_TRACKING_CONTEXT (Transact-SQL)"): {@code body}'s changes to tracked tables record {@code
 * context} (a varbinary(128) expression) as their SYS_CHANGE_CONTEXT.
 */
public record ChangeTrackingContextStatement(int line, Expr context, StorageStatement body)
    implements StorageStatement {
  @Override
  public String toSql() {
    return "WITH CHANGE_TRACKING_CONTEXT (" + context.toSql() + ") " + body.toSql();
  }
}
