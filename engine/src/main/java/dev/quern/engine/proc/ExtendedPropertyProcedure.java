package dev.quern.engine.proc;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.ExtendedProperty;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.extprop.PropertyErrors;
import dev.quern.engine.extprop.PropertyItem;
import dev.quern.engine.extprop.PropertyPaths;
import dev.quern.engine.security.Permissions;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.util.List;
import java.util.Optional;

/**
 * sp_addextendedproperty, sp_updateextendedproperty (@name, @value, @level0type, @level0name,
 * @level1type, @level1name, @level2type, @level2name) and sp_dropextendedproperty (the same without
 * @value), by position or by name: writes the property of the item the levels name in the
 * session's transaction, in a statement of its own.
 */
final class ExtendedPropertyProcedure implements SystemProcedure {
  private enum Op { ADD, UPDATE, DROP }

  private static final List<String> WITH_VALUE = List.of("@name", "@value", "@level0type", "@level0name",
      "@level1type", "@level1name", "@level2type", "@level2name");
  private static final List<String> WITHOUT_VALUE = List.of("@name", "@level0type", "@level0name",
      "@level1type", "@level1name", "@level2type", "@level2name");
  /** The @name parameter is a sysname: a longer name is cut, as the parameter's type cuts it. */
  private static final int SYSNAME_LENGTH = 128;
  private static final int MAX_VALUE_BYTES = 7500;

  private final String name;
  private final Op op;

  private ExtendedPropertyProcedure(String name, Op op) {
    this.name = name;
    this.op = op;
  }

  static List<SystemProcedure> all() {
    return List.of(
        new ExtendedPropertyProcedure("sp_addextendedproperty", Op.ADD),
        new ExtendedPropertyProcedure("sp_updateextendedproperty", Op.UPDATE),
        new ExtendedPropertyProcedure("sp_dropextendedproperty", Op.DROP));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    List<String> params = op == Op.DROP ? WITHOUT_VALUE : WITH_VALUE;
    ProcArg[] bound = ProcArgBinding.bind(name, args, params);
    String propertyName = text(bound[0]);
    if (propertyName == null) {
      throw PropertyErrors.INVALID_PARAMETER.raise(name);
    }
    if (propertyName.length() > SYSNAME_LENGTH) {
      propertyName = propertyName.substring(0, SYSNAME_LENGTH);
    }
    int first = op == Op.DROP ? 1 : 2;
    String[] types = new String[3];
    String[] names = new String[3];
    for (int i = 0; i < 3; i++) {
      types[i] = text(bound[first + 2 * i]);
      names[i] = text(bound[first + 2 * i + 1]);
    }
    SqlVariant value = op == Op.DROP ? null : variant(bound[1]);
    if (value != null && bytes(value) > MAX_VALUE_BYTES) {
      throw PropertyErrors.TOO_LARGE.raise();
    }
    SessionState state = host.state();
    StoreSession store = state.store();
    store.beginStatement();
    boolean ok = false;
    try {
      write(state, store, propertyName, types, names, value);
      ok = true;
    } finally {
      store.endStatement(ok);
    }
    return 0;
  }

  private void write(SessionState state, StoreSession store, String propertyName, String[] types, String[] names,
      SqlVariant value) {
    Catalog catalog = store.storage().catalog(state.databaseId());
    Metadata md = store.metadata(catalog);
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    PropertyItem item = new PropertyPaths(md, state.databaseId(), quoted).resolve(name, types, names);
    if (!mayAlter(state, md, item, names)) {
      throw PropertyErrors.NO_PERMISSION.raise();
    }
    ExtendedProperty p = new ExtendedProperty(
        state.databaseId(), item.classId(), item.majorId(), item.minorId(), propertyName, value);
    Optional<ExtendedProperty> existing =
        md.extendedProperties(state.databaseId()).stream().filter(p::sameKey).findFirst();
    if (op == Op.ADD && existing.isPresent()) {
      throw PropertyErrors.ALREADY_EXISTS.raise(propertyName, item.label());
    }
    if (op != Op.ADD && existing.isEmpty()) {
      throw PropertyErrors.DOES_NOT_EXIST.raise(propertyName, item.label());
    }
    var txn = store.txn(catalog);
    if (op == Op.DROP) {
      catalog.extendedProperties().drop(txn, existing.orElseThrow());
    } else {
      // An update keeps the name as first written: only the value changes.
      String kept = existing.map(ExtendedProperty::name).orElse(propertyName);
      catalog.extendedProperties().save(txn, new ExtendedProperty(
          p.databaseId(), p.classId(), p.majorId(), p.minorId(), kept, value));
    }
    store.markDdl();
  }

  /**
   * Changing a property needs ALTER (or CONTROL) on the item's object, schema or database, as in
   * SQL Server; owners, sysadmins and db_owner/db_ddladmin members hold it.
   */
  private static boolean mayAlter(SessionState state, Metadata md, PropertyItem item, String[] names) {
    if (state.isSysadmin()) {
      return true;
    }
    int db = state.databaseId();
    Permissions.Securable on = switch (item.path().size()) {
      case 0 -> Permissions.Securable.DATABASE;
      case 1 -> Permissions.Securable.schema(item.majorId());
      default -> md.schema(db, names[0]).flatMap(s -> md.object(s.id(), names[1]))
          .map(o -> new Permissions.Securable(o.id(), o.schemaId())).orElseThrow();
    };
    return state.user(db).map(u -> Permissions.has(state.securityRecords(), u, db, on, "ALTER")).orElse(false);
  }

  private static String text(ProcArg a) {
    if (a == null || a.isDefault() || a.value() == null) {
      return null;
    }
    Object v = a.value() instanceof SqlVariant sv ? sv.value() : a.value();
    return v == null ? null : v.toString();
  }

  private static SqlVariant variant(ProcArg a) {
    if (a == null || a.isDefault() || a.value() == null) {
      return null;
    }
    return a.value() instanceof SqlVariant sv ? sv : new SqlVariant(a.type(), a.value());
  }

  /** The value's data bytes, as SQL Server counts them toward the 7,500-byte limit. */
  private static int bytes(SqlVariant v) {
    return switch (v.value()) {
      case String s -> SqlTypes.isUnicode(v.baseType().id()) ? s.length() * 2 : s.length();
      case byte[] b -> b.length;
      default -> 8;
    };
  }
}
