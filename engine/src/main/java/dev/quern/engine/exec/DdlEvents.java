package dev.quern.engine.exec;

import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.ast.StorageStatement;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL events a statement raises, found before it runs (CREATE OR ALTER is CREATE_ or ALTER_
 * by whether the object exists then; DROP … IF EXISTS of a missing object raises none): one per
 * object a DROP names. Statements on temporary tables and table variables raise none, as in SQL
 * Server.
 */
final class DdlEvents {
  private final SessionState state;
  private final List<DdlEvent> out = new ArrayList<>();

  private DdlEvents(SessionState state) {
    this.state = state;
  }

  static List<DdlEvent> of(SessionState state, StorageStatement s) {
    DdlEvents events = new DdlEvents(state);
    events.add(s);
    return events.out;
  }

  private void add(StorageStatement s) {
    switch (s) {
      case dev.quern.engine.ast.CreateTableStatement c -> object("CREATE_TABLE", c.name(), "TABLE");
      case dev.quern.engine.ast.DropTableStatement d -> drops("DROP_TABLE", d.names(), d.ifExists(), "TABLE");
      case dev.quern.engine.ast.AlterTableStatement a -> object("ALTER_TABLE", a.table(), "TABLE");
      case CreateViewStatement v -> object(verb(v.mode(), v.name()) + "_VIEW", v.name(), "VIEW");
      case dev.quern.engine.ast.DropViewStatement d -> drops("DROP_VIEW", d.names(), d.ifExists(), "VIEW");
      case dev.quern.engine.ast.CreateProcedureStatement p ->
          object(verb(p.mode(), p.name()) + "_PROCEDURE", p.name(), "PROCEDURE");
      case dev.quern.engine.ast.DropProcedureStatement d ->
          drops("DROP_PROCEDURE", d.names(), d.ifExists(), "PROCEDURE");
      case dev.quern.engine.ast.CreateFunctionStatement f ->
          object(verb(f.mode(), f.name()) + "_FUNCTION", f.name(), "FUNCTION");
      case dev.quern.engine.ast.DropFunctionStatement d -> drops("DROP_FUNCTION", d.names(), d.ifExists(), "FUNCTION");
      case dev.quern.engine.ast.CreateSequenceStatement c -> object("CREATE_SEQUENCE", c.name(), "SEQUENCE");
      case dev.quern.engine.ast.AlterSequenceStatement a -> object("ALTER_SEQUENCE", a.name(), "SEQUENCE");
      case dev.quern.engine.ast.DropSequenceStatement d -> drops("DROP_SEQUENCE", d.names(), d.ifExists(), "SEQUENCE");
      case dev.quern.engine.ast.CreateSynonymStatement c -> object("CREATE_SYNONYM", c.name(), "SYNONYM");
      case dev.quern.engine.ast.DropSynonymStatement d ->
          drops("DROP_SYNONYM", List.of(d.name()), d.ifExists(), "SYNONYM");
      case dev.quern.engine.ast.CreateTypeStatement c -> object("CREATE_TYPE", c.name(), "TYPE");
      case dev.quern.engine.ast.DropTypeStatement d -> {
        if (!d.ifExists() || typeExists(d.name())) {
          object("DROP_TYPE", d.name(), "TYPE");
        }
      }
      case dev.quern.engine.ast.CreateIndexStatement c -> index("CREATE_INDEX", c.name(), c.table());
      case dev.quern.engine.ast.DropIndexStatement d -> index("DROP_INDEX", d.name(), d.table());
      case dev.quern.engine.ast.CreateTriggerStatement t -> trigger(t);
      case dev.quern.engine.ast.DropTriggerStatement d -> {
        if (d.parentClass() == Trigger.OBJECT) {
          drops("DROP_TRIGGER", d.names(), d.ifExists(), "TRIGGER");
        } else if (d.parentClass() == Trigger.DATABASE) {
          d.names().forEach(n -> add("DROP_TRIGGER", database(), null, n.getLast(), "TRIGGER", database(), "DATABASE"));
        }
      }
      case dev.quern.engine.ast.CreateSchemaStatement c -> add("CREATE_SCHEMA", database(), null, c.name(), "SCHEMA", null, null);
      case dev.quern.engine.ast.DropSchemaStatement d -> add("DROP_SCHEMA", database(), null, d.name(), "SCHEMA", null, null);
      case dev.quern.engine.ast.CreateDatabaseStatement c -> add("CREATE_DATABASE", c.name(), null, null, null, null, null);
      case dev.quern.engine.ast.DropDatabaseStatement d -> {
        if (!d.ifExists() || state.store().metadata(state.store().storage().main()).database(d.name()).isPresent()) {
          add("DROP_DATABASE", d.name(), null, null, null, null, null);
        }
      }
      case dev.quern.engine.ast.AlterDatabaseStatement a ->
          add("ALTER_DATABASE", a.database() == null ? database() : a.database(), null, null, null, null, null);
      case SecurityStatement sec -> security(sec.command());
      case dev.quern.engine.ast.PartitionStatement p -> partition(p.command());
      case dev.quern.engine.ast.EncryptionStatement e -> encryption(e.command());
      default -> {}
    }
  }

  /**
   * The event of a CREATE, ALTER or DROP of a certificate, symmetric key or master key (database
   * scoped, no schema); OPEN, CLOSE and BACKUP raise none. The master key is named
   * ##MS_DatabaseMasterKey##, as sys.symmetric_keys names it.
   */
  private void encryption(dev.quern.engine.ast.EncryptionStatement.Command c) {
    String verb = c.verb();
    String kind = verb.substring(verb.indexOf(' ') + 1);
    String name = switch (c) {
      case dev.quern.engine.ast.EncryptionStatement.CreateCertificate x -> x.name();
      case dev.quern.engine.ast.EncryptionStatement.AlterCertificate x -> x.name();
      case dev.quern.engine.ast.EncryptionStatement.CreateSymmetricKey x -> x.name();
      case dev.quern.engine.ast.EncryptionStatement.AlterSymmetricKey x -> x.name();
      case dev.quern.engine.ast.EncryptionStatement.Drop x -> x.name();
      case dev.quern.engine.ast.EncryptionStatement.CreateMasterKey x -> SessionKeys.MASTER_KEY_NAME;
      case dev.quern.engine.ast.EncryptionStatement.AlterMasterKey x -> SessionKeys.MASTER_KEY_NAME;
      case dev.quern.engine.ast.EncryptionStatement.DropMasterKey x -> SessionKeys.MASTER_KEY_NAME;
      default -> null;
    };
    if (name != null) {
      add(verb.replace(' ', '_'), database(), null, name, kind, null, null);
    }
  }

  /** A partition function's or scheme's event: database-scoped objects, no schema. */
  private void partition(dev.quern.engine.ast.PartitionStatement.Command c) {
    String verb = c.verb(); // "CREATE PARTITION FUNCTION"
    String kind = verb.substring(verb.indexOf(' ') + 1);
    String name = switch (c) {
      case dev.quern.engine.ast.PartitionStatement.CreateFunction f -> f.name();
      case dev.quern.engine.ast.PartitionStatement.AlterFunction f -> f.name();
      case dev.quern.engine.ast.PartitionStatement.CreateScheme s -> s.name();
      case dev.quern.engine.ast.PartitionStatement.NextUsed n -> n.name();
      case dev.quern.engine.ast.PartitionStatement.Drop d -> d.name();
    };
    add(verb.replace(' ', '_'), database(), null, name, kind, null, null);
  }

  private void security(SecurityStatement.Command c) {
    switch (c) {
      case SecurityStatement.CreateLogin l -> add("CREATE_LOGIN", null, null, l.name(), "LOGIN", null, null);
      case SecurityStatement.AlterLogin l -> add("ALTER_LOGIN", null, null, l.name(), "LOGIN", null, null);
      case SecurityStatement.DropLogin l -> add("DROP_LOGIN", null, null, l.name(), "LOGIN", null, null);
      case SecurityStatement.CreateUser u -> add("CREATE_USER", database(), null, u.name(), "SQL USER", null, null);
      case SecurityStatement.AlterUser u -> add("ALTER_USER", database(), null, u.name(), "SQL USER", null, null);
      case SecurityStatement.DropUser u -> add("DROP_USER", database(), null, u.name(), "SQL USER", null, null);
      case SecurityStatement.CreateRole r -> add("CREATE_ROLE", database(), null, r.name(), "ROLE", null, null);
      case SecurityStatement.DropRole r -> add("DROP_ROLE", database(), null, r.name(), "ROLE", null, null);
      default -> {}
    }
  }

  /** CREATE, or for ALTER and CREATE OR ALTER of an object that exists, ALTER. */
  private String verb(CreateViewStatement.Mode mode, List<String> name) {
    if (mode == CreateViewStatement.Mode.CREATE) {
      return "CREATE";
    }
    return mode == CreateViewStatement.Mode.ALTER || exists(name) ? "ALTER" : "CREATE";
  }

  private boolean exists(List<String> name) {
    return ObjectNames.object(state.store(), state.databaseName(), name).isPresent();
  }

  private boolean typeExists(List<String> name) {
    return ObjectNames.target(state.store(), state.databaseName(), name)
        .flatMap(t -> state.store().metadata(t.catalog()).userType(t.schema().id(), t.name()))
        .isPresent();
  }

  private void trigger(dev.quern.engine.ast.CreateTriggerStatement t) {
    switch (t.parentClass()) {
      case Trigger.OBJECT -> {
        List<String> name = new ArrayList<>(t.table().subList(0, t.table().size() - 1));
        name.add(t.name().getLast());
        String verb = verb(t.mode(), name);
        add(verb + "_TRIGGER", database(name), schema(t.table()), t.name().getLast(), "TRIGGER",
            t.table().getLast(), "TABLE");
      }
      case Trigger.DATABASE -> {
        boolean exists = t.mode() != CreateViewStatement.Mode.CREATE && exists(List.of("dbo", t.name().getLast()));
        String verb = t.mode() == CreateViewStatement.Mode.ALTER || exists ? "ALTER" : "CREATE";
        add(verb + "_TRIGGER", database(), null, t.name().getLast(), "TRIGGER", database(), "DATABASE");
      }
      default -> {} // a server trigger's own DDL is a server event Quern does not raise
    }
  }

  private void object(String type, List<String> name, String objectType) {
    if (temporary(name)) {
      return;
    }
    add(type, database(name), schema(name), name.getLast(), objectType, null, null);
  }

  private void drops(String type, List<List<String>> names, boolean ifExists, String objectType) {
    for (List<String> name : names) {
      if (!ifExists || exists(name)) {
        object(type, name, objectType);
      }
    }
  }

  private void index(String type, String name, List<String> table) {
    if (!temporary(table)) {
      add(type, database(table), schema(table), name, "INDEX", table.getLast(), "TABLE");
    }
  }

  private static boolean temporary(List<String> name) {
    return name.getLast().startsWith("#") || name.getLast().startsWith("@");
  }

  private String database() {
    return state.databaseName();
  }

  private String database(List<String> name) {
    return name.size() >= 3 && !name.get(name.size() - 3).isEmpty() ? name.get(name.size() - 3) : database();
  }

  private String schema(List<String> name) {
    return name.size() >= 2 && !name.get(name.size() - 2).isEmpty() ? name.get(name.size() - 2) : state.defaultSchema();
  }

  private void add(String type, String db, String schema, String object, String objectType, String target, String targetType) {
    out.add(new DdlEvent(type, db, schema, object, objectType, target, targetType));
  }
}
