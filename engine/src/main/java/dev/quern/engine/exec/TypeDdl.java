package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.UserFunction;
import dev.quern.catalog.meta.UserType;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeFacetException;
import dev.quern.engine.ast.CreateTypeStatement;
import dev.quern.engine.ast.DropTypeStatement;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.UserTypes;
import java.util.List;
import java.util.Optional;

/**
 * CREATE TYPE (an alias of a system type, or a table type) and DROP TYPE ("CREATE TYPE
 * (Transact-SQL)"). A type in use cannot be dropped (3732): by a table's column, or by a
 * procedure's or function's parameter.
 */
final class TypeDdl {
  private final SessionState state;

  TypeDdl(SessionState state) {
    this.state = state;
  }

  void create(CreateTypeStatement s) {
    ObjectNames.Target target =
        ObjectNames.creationTarget(state.store(), state.databaseName(), s.name())
            .orElseThrow(() -> SqlErrors.INVALID_SCHEMA.raise(s.name().size() > 1 ? s.name().get(s.name().size() - 2) : "dbo"));
    Catalog catalog = target.catalog();
    if (state.store().metadata(catalog).userType(target.schema().id(), target.name()).isPresent()) {
      throw SqlErrors.TYPE_EXISTS.raise(target.name());
    }
    int id = catalog.newObjectId();
    UserType type = s.table() != null
        ? UserType.table(id, target.schema().id(), target.name(), s.tableDefinition())
        : UserType.alias(id, target.schema().id(), target.name(), base(s), s.nullable() == null || s.nullable());
    catalog.createType(state.store().txn(catalog), type);
    state.store().markDdl();
  }

  /** The system type an alias stands for: another alias's base is refused, as SQL Server does. */
  private static SqlType base(CreateTypeStatement s) {
    SqlType base;
    try {
      base = SqlTypes.parse(s.base().toSql());
    } catch (TypeFacetException e) {
      throw new SqlException(e.number(), 16, 1, e.text(), Abort.STATEMENT);
    } catch (IllegalArgumentException e) {
      throw SqlErrors.CANNOT_FIND_TYPE.raise(1, s.base().displayName());
    }
    if (base.id() == dev.quern.catalog.type.TypeId.VECTOR) {
      throw dev.quern.engine.error.VectorErrors.ALIAS_TYPE.raise();
    }
    return base;
  }

  void drop(DropTypeStatement d) {
    Optional<UserType> found = UserTypes.find(state.store(), state.databaseName(), d.name());
    if (found.isEmpty()) {
      if (d.ifExists()) {
        return;
      }
      throw SqlErrors.TYPE_NOT_FOUND.raise(String.join(".", d.name()));
    }
    UserType type = found.get();
    ObjectNames.Target target = ObjectNames.target(state.store(), state.databaseName(), d.name()).orElseThrow();
    Catalog catalog = target.catalog();
    Metadata md = state.store().metadata(catalog);
    referencedBy(md, target.database().id(), type).ifPresent(o -> {
      throw SqlErrors.TYPE_REFERENCED.raise(type.name(), o);
    });
    catalog.dropType(state.store().txn(catalog), type.id());
    state.store().markDdl();
  }

  /** The name of an object of the database that uses {@code type}, if any. */
  private Optional<String> referencedBy(Metadata md, int databaseId, UserType type) {
    for (Schema schema : md.schemas(databaseId)) {
      // In creation order, so the object named is always the same one.
      for (SchemaObject o : md.objects(schema.id()).stream().sorted(java.util.Comparator.comparingInt(SchemaObject::id)).toList()) {
        if (uses(o, type, schema)) {
          return Optional.of(o.name());
        }
      }
    }
    return Optional.empty();
  }

  private boolean uses(SchemaObject o, UserType type, Schema schema) {
    return switch (o) {
      case Table t -> t.columns().stream().map(Column::userTypeId).anyMatch(id -> id == type.id());
      case Procedure p -> parametersUse(parameters(() -> Parser.parseProcedure(p.definition(), true).parameters()), type);
      case UserFunction f -> parametersUse(parameters(() -> Parser.parseFunction(f.definition(), true).parameters()), type);
      default -> false;
    };
  }

  private static List<ProcedureParameter> parameters(java.util.function.Supplier<List<ProcedureParameter>> parse) {
    try {
      return parse.get();
    } catch (SqlException e) {
      return List.of(); // a definition that no longer parses under this setting names no type we can see
    }
  }

  private boolean parametersUse(List<ProcedureParameter> params, UserType type) {
    for (ProcedureParameter p : params) {
      Optional<UserType> t = SqlTypes.lookup(p.type().name()) != null && p.type().schema() == null
          ? Optional.empty()
          : UserTypes.find(state.store(), state.databaseName(), p.type());
      if (t.isPresent() && t.get().id() == type.id()) {
        return true;
      }
    }
    return false;
  }
}
