package dev.quern.engine.proc.module;

import static dev.quern.engine.ast.Names.bracketed;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.meta.UserFunction;
import dev.quern.catalog.meta.View;
import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.session.SessionOptions;
import java.util.List;

/**
 * Binds a module's stored definition again, as sp_refreshview and sp_refreshsqlmodule do: a view
 * is selected from (nothing read), so a table or column it names that is gone raises its binding
 * error (208, 207 …); a procedure's body is compiled with its parameters; a function's or
 * trigger's definition is parsed. The first error is raised to the caller.
 */
final class ModuleBinding {
  private ModuleBinding() {}

  static void bind(ProcedureHost host, String schema, dev.quern.catalog.meta.SchemaObject module) {
    boolean quoted = host.state().sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    switch (module) {
      case View v -> run(host, "SELECT TOP (0) * FROM " + bracketed(schema) + "." + bracketed(v.name()));
      case Procedure p -> compileProcedure(host, p.definition(), quoted);
      case UserFunction f -> Parser.parseFunction(f.definition(), quoted);
      case Trigger t -> Parser.parseBatch(Parser.parseTrigger(t.definition(), quoted).body(), quoted);
      default -> { }
    }
  }

  private static void compileProcedure(ProcedureHost host, String definition, boolean quoted) {
    Parser.StoredProcedure parsed = Parser.parseProcedure(definition, quoted);
    List<ParameterDefinition> defs = parsed.parameters().stream().map(ProcedureParameter::definition).toList();
    String paramText = String.join(", ", defs.stream().map(ParameterDefinition::toSql).toList());
    host.compileModule(definition, parsed.bodyAt(), parsed.body(), defs, paramText);
  }

  private static void run(ProcedureHost host, String sql) {
    BatchPlan plan = host.compile(sql, List.of(), "");
    FirstError capture = new FirstError();
    host.runCapturing(plan, new Object[plan.frameSize()], capture);
    if (capture.error != null) {
      SqlMessage m = capture.error;
      throw new SqlException(m.number(), m.severity(), m.state(), m.text(), Abort.STATEMENT);
    }
  }

  /** Keeps the first error the nested query reported. */
  private static final class FirstError extends DiscardingSink {
    SqlMessage error;

    @Override
    public void message(SqlMessage message) {
      if (message.isError() && error == null) {
        error = message;
      }
    }
  }
}
