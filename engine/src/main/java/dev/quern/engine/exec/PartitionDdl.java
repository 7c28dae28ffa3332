package dev.quern.engine.exec;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.PartitionStatement;
import dev.quern.engine.ast.PartitionStatement.AlterFunction;
import dev.quern.engine.ast.PartitionStatement.CreateFunction;
import dev.quern.engine.ast.PartitionStatement.CreateScheme;
import dev.quern.engine.ast.PartitionStatement.Drop;
import dev.quern.engine.ast.PartitionStatement.NextUsed;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;

/**
 * Runs the partition function and scheme statements, in the session's transaction as any DDL.
 * Each needs ALTER ANY DATASPACE in the database (db_owner and db_ddladmin have it).
 */
final class PartitionDdl {
  private final SessionState state;
  private final DmlBinder binder;
  private final Frame frame;

  PartitionDdl(SessionState state, DmlBinder binder, Frame frame) {
    this.state = state;
    this.binder = binder;
    this.frame = frame;
  }

  void run(PartitionStatement s, ResultSink sink) {
    PermissionGate.database(state, "ALTER ANY DATASPACE");
    switch (s.command()) {
      case CreateFunction c -> new PartitionFunctionDdl(state, binder, frame).create(c, sink);
      case AlterFunction a -> new PartitionFunctionDdl(state, binder, frame).alter(a);
      case CreateScheme c -> new PartitionSchemeDdl(state).create(c, sink);
      case NextUsed n -> new PartitionSchemeDdl(state).nextUsed(n, sink);
      case Drop d when d.scheme() -> new PartitionSchemeDdl(state).drop(d.name());
      case Drop d -> new PartitionFunctionDdl(state, binder, frame).drop(d.name());
    }
  }
}
