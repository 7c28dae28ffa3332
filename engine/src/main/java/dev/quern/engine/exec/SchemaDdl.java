package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.engine.ast.CreateSchemaStatement;
import dev.quern.engine.ast.DropSchemaStatement;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.security.PrincipalLookup;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import java.util.Optional;

/** CREATE SCHEMA [AUTHORIZATION], ALTER AUTHORIZATION ON SCHEMA:: and DROP SCHEMA in the current database. */
final class SchemaDdl {
  private final SessionState state;

  SchemaDdl(SessionState state) {
    this.state = state;
  }

  private Catalog catalog() {
    return state.store().storage().catalog(state.databaseId());
  }

  void create(CreateSchemaStatement s) {
    Catalog catalog = catalog();
    if (state.store().metadata(catalog).schema(state.databaseId(), s.name()).isPresent()
        || dev.quern.catalog.meta.FixedRoleSchemas.ofName(s.name()).isPresent()) {
      throw SqlErrors.OBJECT_EXISTS.raise(s.name());
    }
    int owner = s.owner() == null ? Principals.DBO_ID : owner(s.owner());
    catalog.createSchema(state.store().txn(catalog), new Schema(catalog.newObjectId(), state.databaseId(), s.name(), owner));
    state.store().markDdl();
  }

  /**
   * The user or role {@code name} of the current database that is to own a schema (15151 when there
   * is none); the built-in users other than dbo own only their own schemas, and public owns none.
   */
  private int owner(String name) {
    return PrincipalLookup.databasePrincipalId(state.securityRecords(), state.databaseId(), name)
        .filter(id -> id != 0 && (id == Principals.DBO_ID || Principals.databasePrincipal(id).isEmpty()
            || Principals.databasePrincipal(id).get().type().equals("R")))
        .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("user", name));
  }

  /** ALTER AUTHORIZATION ON SCHEMA::name TO principal: db_owner or db_securityadmin (decided: no TAKE OWNERSHIP). */
  void alterOwner(String name, String principal) {
    Catalog catalog = catalog();
    Schema schema = state.store().metadata(catalog).schema(state.databaseId(), name)
        .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("schema", name));
    if (Storage.STANDARD_SCHEMAS.stream().anyMatch(n -> !n.equals("dbo") && n.equalsIgnoreCase(name))) {
      throw SecurityErrors.CANNOT_ACT_ON_BUILTIN.raise("alter", "schema", name);
    }
    catalog.alterSchema(state.store().txn(catalog), schema.withOwner(owner(principal)));
    state.store().markDdl();
  }

  void drop(DropSchemaStatement s) {
    Catalog catalog = catalog();
    Metadata md = state.store().metadata(catalog);
    Optional<Schema> schema = md.schema(state.databaseId(), s.name());
    if (schema.isEmpty()) {
      if (s.ifExists()) {
        return;
      }
      throw SqlErrors.CANNOT_DROP.raise("schema", s.name());
    }
    if (Storage.STANDARD_SCHEMAS.stream().anyMatch(n -> n.equalsIgnoreCase(s.name()))
        || dev.quern.catalog.meta.FixedRoleSchemas.ofName(s.name()).isPresent()) {
      throw SqlErrors.CANNOT_DROP.raise("schema", s.name());
    }
    if (!md.userTypes(schema.get().id()).isEmpty()) {
      // Its types keep a schema too (SQL Server names the type).
      throw SqlErrors.SCHEMA_NOT_EMPTY.raise(s.name(), md.userTypes(schema.get().id()).getFirst().name());
    }
    if (!md.objects(schema.get().id()).isEmpty()) {
      throw SqlErrors.SCHEMA_NOT_EMPTY.raise(s.name(), md.objects(schema.get().id()).getFirst().name());
    }
    catalog.dropSchema(state.store().txn(catalog), schema.get().id());
    state.store().markDdl();
  }
}
