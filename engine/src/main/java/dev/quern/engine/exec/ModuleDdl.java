package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.UserFunction;
import dev.quern.engine.ast.CreateFunctionStatement;
import dev.quern.engine.ast.CreateProcedureStatement;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.DropFunctionStatement;
import dev.quern.engine.ast.DropProcedureStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * CREATE/ALTER/DROP of the modules stored as their definition text: procedures, user-defined
 * functions and (through TriggerDdl) triggers. Names in a body are resolved when it runs (SQL Server's deferred name resolution);
 * its syntax was checked when parsed.
 */
final class ModuleDdl {
  private final SessionState state;

  ModuleDdl(SessionState state) {
    this.state = state;
  }

  /** The module record to store, given its id, schema and stored name (a #temporary one's is the session's). */
  @FunctionalInterface
  interface ModuleMaker {
    SchemaObject make(int id, int schemaId, String storedName);
  }

  void create(CreateProcedureStatement p) {
    checkTableParameters(p.parameters());
    create(p.name(), p.mode(), o -> o instanceof Procedure,
        (id, schema, stored) -> new Procedure(id, schema, stored, p.definition()));
  }

  /** ALTER FUNCTION keeps the kind: a scalar function does not become a table-valued one (2010). */
  void create(CreateFunctionStatement f) {
    checkTableParameters(dev.quern.engine.parser.Parser.parseFunction(
        f.definition(), state.sessionOptions().has(dev.quern.engine.session.SessionOptions.QUOTED_IDENTIFIER)).parameters());
    create(f.name(), f.mode(), o -> o instanceof UserFunction u && u.typeCode().equals(f.typeCode()),
        (id, schema, stored) -> new UserFunction(id, schema, stored, f.definition(), f.typeCode()));
  }

  /**
   * A parameter of a table type must be READONLY (352), and only such a parameter may be (346).
   * Types are looked up now, as SQL Server does when it creates the module.
   */
  private void checkTableParameters(List<dev.quern.engine.ast.ProcedureParameter> params) {
    for (var p : params) {
      boolean table = dev.quern.engine.binder.DeclaredType.tableType(p.type(), state).isPresent();
      if (table && !p.readOnly()) {
        throw SqlErrors.TVP_NOT_READONLY.raise(p.name());
      }
      if (!table && p.readOnly()) {
        throw SqlErrors.READONLY_NOT_TABLE.raise(p.name());
      }
    }
  }

  void create(
      List<String> name, CreateViewStatement.Mode mode, Predicate<SchemaObject> sameKind,
      ModuleMaker make) {
    ObjectNames.Target target =
        (mode == CreateViewStatement.Mode.CREATE
            ? ObjectNames.creationTarget(state.store(), state.databaseName(), name)
            : ObjectNames.target(state.store(), state.databaseName(), name))
            .orElseThrow(() -> SqlErrors.INVALID_SCHEMA.raise(name.size() > 1 ? name.get(name.size() - 2) : "dbo"));
    Catalog catalog = target.catalog();
    Optional<SchemaObject> existing = state.store().metadata(catalog).object(target.schema().id(), target.name());
    if (existing.isPresent() && mode == CreateViewStatement.Mode.CREATE) {
      throw SqlErrors.OBJECT_EXISTS.raise(name.getLast());
    }
    if (mode == CreateViewStatement.Mode.ALTER && existing.isEmpty()) {
      throw SqlErrors.INVALID_OBJECT.raise(name.getLast());
    }
    if (existing.isPresent() && !sameKind.test(existing.get())) {
      throw SqlErrors.INCOMPATIBLE_ALTER.raise(name.getLast());
    }
    if (existing.isPresent()) {
      dev.quern.engine.sys.SchemaBinding.checkUnreferenced(state, existing.get(), "ALTER", String.join(".", name));
    }
    int id = existing.map(SchemaObject::id).orElseGet(catalog::newObjectId);
    SchemaObject module = make.make(id, target.schema().id(), target.name());
    if (existing.isPresent()) {
      catalog.alterObject(state.store().txn(catalog), module);
    } else {
      catalog.createObject(state.store().txn(catalog), module);
      if (name.getLast().startsWith("#")) {
        state.store().createdTempObject(id); // a #temporary procedure, stored in tempdb under its session name
      }
    }
    state.store().markDdl();
    dev.quern.engine.sys.SchemaBinding.checkCreated(state, module);
  }

  void drop(DropProcedureStatement d) {
    drop(d.names(), d.ifExists(), o -> o instanceof Procedure, "procedure");
  }

  void drop(DropFunctionStatement d) {
    drop(d.names(), d.ifExists(), o -> o instanceof UserFunction, "function");
  }

  /** Whether {@code f} is the resource governor's classifier, stored or in effect (10921). */
  private boolean isClassifier(ObjectNames.Target target, UserFunction f) {
    var config = state.server().external().resourceGovernor();
    java.util.function.Predicate<List<String>> names = c ->
        target.database().name().equalsIgnoreCase("master") && c.get(0).equalsIgnoreCase(target.schema().name())
            && c.get(1).equalsIgnoreCase(f.name());
    return config.classifier().filter(names).isPresent() || config.classifierInEffect().filter(names).isPresent();
  }

  void drop(List<List<String>> names, boolean ifExists, Predicate<SchemaObject> kind, String word) {
    for (List<String> name : names) {
      var found = ObjectNames.object(state.store(), state.databaseName(), name);
      if (found.isEmpty() || !kind.test(found.get().object())) {
        if (ifExists) {
          continue;
        }
        throw SqlErrors.CANNOT_DROP.raise(word, String.join(".", name));
      }
      if (found.get().object() instanceof UserFunction f && isClassifier(found.get().target(), f)) {
        throw SqlErrors.RG_CLASSIFIER_IN_USE.raise("drop", f.name());
      }
      dev.quern.engine.sys.SchemaBinding.checkUnreferenced(
          state, found.get().object(), "DROP " + word.toUpperCase(java.util.Locale.ROOT), String.join(".", name));
      Catalog catalog = found.get().target().catalog();
      catalog.dropObject(state.store().txn(catalog), found.get().object().id());
      state.store().markDdl();
    }
  }
}
