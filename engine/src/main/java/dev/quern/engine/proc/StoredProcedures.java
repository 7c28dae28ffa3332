package dev.quern.engine.proc;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calls of stored procedures (CREATE PROCEDURE): found in the catalog by name, their definition
 * compiled (once per definition and session) into the body's plan with the parameters as its
 * first variables, then run as a nested batch, "in proc", like sp_executesql: arguments bind by
 * position or by name, a parameter not passed (or passed as DEFAULT) takes its declared default
 * (201 when it has none), OUTPUT parameters are copied back and RETURN gives the status.
 */
public final class StoredProcedures {
  private StoredProcedures() {}

  /** The stored procedure {@code name} (one to three parts, as written in EXEC), if there is one. */
  public static Optional<SystemProcedure> lookup(String name, ProcedureHost host) {
    return find(name, host.state()).map(p -> new Call(p, name));
  }

  /** The catalog's procedure {@code name}, checked for EXECUTE (229), if there is one. */
  public static Optional<Procedure> find(String name, SessionState state) {
    StoreSession store = state.store();
    List<String> parts = parts(name);
    if (parts.isEmpty() || parts.size() > 3) {
      return Optional.empty();
    }
    Optional<Procedure> found;
    store.beginStatement(); // inside INSERT … EXEC this shares the running statement
    try {
      var object = ObjectNames.object(store, state.databaseName(), ObjectNames.followSynonym(store, state.databaseName(), parts))
          .filter(o -> o.object() instanceof Procedure)
          .or(() -> inMaster(store, parts));
      // EXECUTE on the procedure itself; what its body references is covered by the ownership chain.
      object.ifPresent(o -> dev.quern.engine.session.PermissionGate.object(
          state, o.target().database(), o.target().schema(), o.object(), "EXECUTE"));
      found = object.map(o -> (Procedure) o.object());
    } finally {
      store.endStatement(true);
    }
    return found;
  }

  /**
   * An sp_ procedure the current database does not have, from master's dbo schema: SQL Server
   * looks there for a one-part name or a dbo-qualified one beginning with sp_, which is how
   * procedures installed once in master (sp_WhoIsActive, the First Responder Kit) are called from
   * every database. The call keeps the caller's database as its context, as SQL Server runs them.
   */
  private static Optional<ObjectNames.Found> inMaster(StoreSession store, List<String> parts) {
    String name = parts.getLast();
    boolean local = parts.size() == 1 || parts.size() == 2 && parts.getFirst().equalsIgnoreCase("dbo");
    if (!local || !name.regionMatches(true, 0, "sp_", 0, 3)) {
      return Optional.empty();
    }
    return ObjectNames.object(store, "master", List.of("master", "dbo", name)).filter(o -> o.object() instanceof Procedure);
  }

  /** One call of a stored procedure, as the system procedures are called. */
  private record Call(Procedure procedure, String writtenName) implements SystemProcedure {
    @Override
    public String name() {
      return procedure.name();
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      Compiled c = compile(procedure.definition(), host);
      List<ProcedureParameter> params = c.parameters();
      Object[] frame = new Object[c.body().frameSize()];
      ProcArg[] bound =
          ParameterizedStatement.byParameter(args, params.stream().map(ProcedureParameter::definition).toList(), procedure.name());
      for (int i = 0; i < params.size(); i++) {
        SqlType declared = c.body().variableTypes().get(i);
        ProcArg a = bound[i];
        if (c.tableTypes().get(i) != null) {
          TableParameters.check(a, c.tableTypes().get(i), host.state()); // bound below, in the call's own scope
          continue;
        }
        if (a == null || a.isDefault()) {
          if (params.get(i).defaultValue() == null) {
            throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(procedure.name(), params.get(i).name());
          }
          Object[] d = new Object[c.defaults().get(i).frameSize()];
          host.run(c.defaults().get(i), d, procedure.name());
          frame[i] = d[0];
        } else {
          frame[i] = ParameterizedStatement.convert(a.value(), a.type(), declared);
        }
      }
      int status;
      boolean tables = TableParameters.any(c.tableTypes());
      if (tables) {
        // Table-valued parameters are table variables of the call's own scope.
        host.state().store().tableVariables().enter();
      }
      int trancountBefore = host.state().transactions().count();
      host.state().security().enterModule(dev.quern.engine.session.Modules.of(host.state(), procedure));
      try {
        for (int i = 0; tables && i < params.size(); i++) {
          if (c.tableTypes().get(i) != null) {
            TableParameters.bind(params.get(i).name(), c.tableTypes().get(i), bound[i], host);
          }
        }
        status = host.runProcedure(c.body(), frame, procedure.name(), procedure.id());
      } finally {
        host.state().security().exitModule();
        if (tables) {
          host.state().store().exitTableVariableScope();
        }
      }
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).output() && bound[i] != null && bound[i].output()) {
          bound[i].setOutput(frame[i], c.body().variableTypes().get(i));
        }
      }
      int trancountAfter = host.state().transactions().count();
      if (trancountAfter != trancountBefore && !openedImplicitly(host, trancountBefore, trancountAfter)) {
        // The procedure began a transaction it left open, or ended its caller's: SQL Server's 266,
        // an error of the EXEC statement (the batch goes on; TRY … CATCH sees it).
        throw SqlErrors.TRANCOUNT_MISMATCH.raise(trancountBefore, trancountAfter);
      }
      return status;
    }
  }

  /**
   * Whether the only change is the transaction IMPLICIT_TRANSACTIONS ON opened inside the
   * procedure (a SELECT from a table, an INSERT …) when none was open: SQL Server raises no 266
   * then, so mssql-jdbc with autocommit off (SET IMPLICIT_TRANSACTIONS ON) can call procedures.
   */
  private static boolean openedImplicitly(ProcedureHost host, int before, int after) {
    var transactions = host.state().transactions();
    return before == 0 && after == 1 && transactions.current() != null && transactions.current().implicit();
  }

  /**
   * A definition compiled: the body's plan, and for each parameter with a default a plan that
   * computes it ({@code SET @p = default}, so it converts as an assignment does; null for none).
   */
  private record Compiled(
      List<ProcedureParameter> parameters, BatchPlan body, List<BatchPlan> defaults,
      List<dev.quern.catalog.meta.UserType> tableTypes) {}

  private static Compiled compile(String definition, ProcedureHost host) {
    SessionState state = host.state();
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    // Compiled inside a table statement (INSERT … EXEC), table reads bind at once and need that
    // statement to run; compiled outside, they bind as they run: two different plans.
    String key = (quoted ? "Q" : "N") + (state.store().inStatement() ? "S:" : ":") + definition;
    if (state.storedProcedurePlans().get(key) instanceof Compiled cached) {
      return cached;
    }
    Parser.StoredProcedure parsed = Parser.parseProcedure(definition, quoted);
    List<ParameterDefinition> defs = parsed.parameters().stream().map(ProcedureParameter::definition).toList();
    String paramText = String.join(", ", defs.stream().map(ParameterDefinition::toSql).toList());
    BatchPlan body = host.compileModule(definition, parsed.bodyAt(), parsed.body(), defs, paramText);
    Compiled c = new Compiled(parsed.parameters(), body, defaults(parsed.parameters(), host),
        TableParameters.types(parsed.parameters(), state));
    state.storedProcedurePlans().put(key, c);
    return c;
  }

  /**
   * For each parameter with a default, a plan that computes it ({@code SET @p = default}, so it
   * converts as an assignment does); null for one without. Functions share it.
   */
  static List<BatchPlan> defaults(List<ProcedureParameter> params, ProcedureHost host) {
    List<BatchPlan> defaults = new ArrayList<>();
    for (ProcedureParameter p : params) {
      if (p.defaultValue() == null) {
        defaults.add(null);
      } else {
        ParameterDefinition d = new ParameterDefinition(p.name(), p.type(), true);
        defaults.add(host.compile("SET " + p.name() + " = " + p.defaultValue().toSql(), List.of(d), d.toSql()));
      }
    }
    return java.util.Collections.unmodifiableList(defaults);
  }

  /** {@code a.b.c}, {@code [a].[b]} or {@code "a"."b"} split into its parts. */
  static List<String> parts(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    char close = 0;
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (close != 0) {
        if (ch == close) {
          if (i + 1 < name.length() && name.charAt(i + 1) == close) {
            part.append(ch);
            i++;
          } else {
            close = 0;
          }
        } else {
          part.append(ch);
        }
      } else if (ch == '[') {
        close = ']';
      } else if (ch == '"') {
        close = '"';
      } else if (ch == '.') {
        out.add(part.toString().strip());
        part.setLength(0);
      } else {
        part.append(ch);
      }
    }
    out.add(part.toString().strip());
    return out.stream().allMatch(s -> !s.isEmpty() || out.size() > 1) ? out : List.of();
  }
}
