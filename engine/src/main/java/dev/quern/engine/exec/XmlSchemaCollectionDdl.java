package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.UserFunction;
import dev.quern.catalog.meta.XmlSchemaCollection;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.ast.XmlSchemaCollectionStatement;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.error.XmlSchemaErrors;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.XmlSchemaCollections;
import dev.quern.engine.xmlschema.CompiledCollection;
import dev.quern.engine.xmlschema.Namespaces;
import dev.quern.engine.xmlschema.SchemaComponent;
import dev.quern.engine.xmlschema.SchemaDocuments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * CREATE, ALTER … ADD and DROP XML SCHEMA COLLECTION ("CREATE XML SCHEMA COLLECTION
 * (Transact-SQL)"), in the caller's transaction. The text imported is checked whole before
 * anything is stored: each {@code xsd:schema} a namespace, the collection compiling with its new
 * documents, ALTER adding only components the collection lacks (6310).
 *
 * <p>Permissions: CREATE XML SCHEMA COLLECTION in the database (262) and ALTER on the schema;
 * ALTER and DROP need ALTER (or CONTROL) on the collection, its schema or the database (6347,
 * 15151 without it); typing a column, variable or parameter with it needs REFERENCES (229). The name shares the schema's
 * type namespace (219). A collection typing a column, a module's parameter or return, or a table
 * type's column is not dropped (6328).
 */
final class XmlSchemaCollectionDdl {
  private final SessionState state;
  private final DmlBinder binder;
  private final Frame frame;

  XmlSchemaCollectionDdl(SessionState state, DmlBinder binder, Frame frame) {
    this.state = state;
    this.binder = binder;
    this.frame = frame;
  }

  void run(XmlSchemaCollectionStatement s) {
    switch (s.verb()) {
      case CREATE -> create(s);
      case ALTER -> alter(s);
      case DROP -> drop(s);
    }
    state.store().markDdl();
  }

  private void create(XmlSchemaCollectionStatement s) {
    ObjectNames.Target target = ObjectNames.creationTarget(state.store(), state.databaseName(), s.name())
        .orElseThrow(() -> SqlErrors.INVALID_SCHEMA.raise(s.name().size() > 1 ? s.name().get(s.name().size() - 2) : "dbo"));
    PermissionGate.database(state, "CREATE XML SCHEMA COLLECTION");
    PermissionGate.alterSchema(state, target.schema());
    Catalog catalog = target.catalog();
    Metadata m = state.store().metadata(catalog);
    int db = target.database().id();
    if (m.xmlSchemaCollection(db, target.schema().id(), target.name()).isPresent()
        || m.userType(target.schema().id(), target.name()).isPresent()) {
      throw SqlErrors.TYPE_EXISTS.raise(target.schema().name() + "." + target.name());
    }
    List<String> documents = SchemaDocuments.split(text(s));
    CompiledCollection.compile(documents);
    Instant now = Instant.now();
    catalog.xmlSchemaCollections().save(state.store().txn(catalog), new XmlSchemaCollection(db,
        catalog.xmlSchemaCollections().nextId(m, db), target.schema().id(), target.name(), 0, documents, now, now));
  }

  private void alter(XmlSchemaCollectionStatement s) {
    String name = s.name().getLast();
    XmlSchemaCollection c = find(s).orElseThrow(() -> XmlSchemaErrors.CANNOT_ALTER.raise(name));
    Catalog catalog = state.store().storage().catalog(state.databaseId());
    try {
      PermissionGate.xmlSchemaCollection(state, c, "ALTER"); // on it, or on its schema or the database
    } catch (SqlException denied) {
      throw XmlSchemaErrors.CANNOT_ALTER.raise(name);
    }
    List<String> added = SchemaDocuments.split(text(s));
    if (added.isEmpty()) {
      return; // an empty text adds nothing, as SQL Server takes it
    }
    refuseExisting(Namespaces.of(c.documents()).components(), Namespaces.of(added).components());
    List<String> all = new ArrayList<>(c.documents());
    all.addAll(added);
    CompiledCollection.compile(all);
    XmlSchemaCollection changed = c;
    Instant now = Instant.now();
    for (String d : added) {
      changed = changed.withDocument(d, now);
    }
    catalog.xmlSchemaCollections().save(state.store().txn(catalog), changed);
  }

  /** 6310 for a top-level component the collection already declares in the same namespace and symbol space. */
  private static void refuseExisting(List<SchemaComponent> existing, List<SchemaComponent> added) {
    for (SchemaComponent a : added) {
      for (SchemaComponent e : existing) {
        if (e.namespace().equals(a.namespace()) && e.symbolSpace() == a.symbolSpace() && e.name().equals(a.name())) {
          throw XmlSchemaErrors.COMPONENT_EXISTS.raise(a.namespace(), a.name(),
              a.symbolSpace() == 'T' ? "TYPE" : a.symbolSpaceDesc());
        }
      }
    }
  }

  private void drop(XmlSchemaCollectionStatement s) {
    String name = s.name().getLast();
    XmlSchemaCollection c = find(s).orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(String.join(".", s.name())));
    Catalog catalog = state.store().storage().catalog(state.databaseId());
    Metadata m = state.store().metadata(catalog);
    try {
      PermissionGate.xmlSchemaCollection(state, c, "ALTER");
    } catch (SqlException denied) {
      throw SecurityErrors.CANNOT_ACT_ON.raise("drop", "XML schema collection", name);
    }
    usedBy(m, c).ifPresent(o -> {
      throw XmlSchemaErrors.IN_USE.raise(c.name(), "object", o);
    });
    typeUsing(m, c).ifPresent(t -> {
      throw XmlSchemaErrors.IN_USE.raise(c.name(), "type", t);
    });
    catalog.xmlSchemaCollections().drop(state.store().txn(catalog), c);
    // Its grants go with it: the id is handed out again.
    new KeyPermissions(state).forget(dev.quern.catalog.meta.Permission.XML_SCHEMA_COLLECTION, c.collectionId());
  }

  private Optional<XmlSchemaCollection> find(XmlSchemaCollectionStatement s) {
    String schema = s.name().size() > 1 ? s.name().get(s.name().size() - 2) : null;
    return XmlSchemaCollections.find(state.store(), state.databaseName(), schema, s.name().getLast());
  }

  /** The text to import: a string or untyped xml (6352 for another type), never NULL (6361). */
  private String text(XmlSchemaCollectionStatement s) {
    var bound = binder.scalar(s.schemas(), "XML SCHEMA COLLECTION");
    TypeId type = bound.type().id();
    if (!SqlTypes.isCharacter(type) && !(type == TypeId.XML && !bound.type().isTypedXml())) {
      throw XmlSchemaErrors.BAD_PARAMETER.raise();
    }
    Object v = bound.eval(frame.eval);
    if (v == null) {
      throw XmlSchemaErrors.NULL_PARAMETER.raise();
    }
    return v.toString();
  }

  /** {@code schema.name} of the first object (creation order) whose column or parameter is typed by {@code c}. */
  private Optional<String> usedBy(Metadata m, XmlSchemaCollection c) {
    for (Schema schema : m.schemas(c.databaseId())) {
      for (SchemaObject o : m.objects(schema.id()).stream().sorted(Comparator.comparingInt(SchemaObject::id)).toList()) {
        if (uses(o, c)) {
          return Optional.of(schema.name() + "." + o.name());
        }
      }
    }
    return Optional.empty();
  }

  /** {@code schema.name} of a table type with a column typed by {@code c}. */
  private Optional<String> typeUsing(Metadata m, XmlSchemaCollection c) {
    for (Schema schema : m.schemas(c.databaseId())) {
      for (dev.quern.catalog.meta.UserType t : m.userTypes(schema.id())) {
        if (t.isTableType() && typesUse(() -> tableTypeColumns(t), c)) {
          return Optional.of(schema.name() + "." + t.name());
        }
      }
    }
    return Optional.empty();
  }

  /** The declared types of a table type's columns, read from its definition as a table variable reads it. */
  private static List<TypeName> tableTypeColumns(dev.quern.catalog.meta.UserType t) {
    var declared = (dev.quern.engine.ast.DeclareTableStatement) Parser.parseBatch(
        "DECLARE @t TABLE " + t.tableDefinition(), true).getFirst();
    return declared.definition().columns().stream().map(dev.quern.engine.ast.ColumnDefinition::type)
        .filter(java.util.Objects::nonNull).toList(); // a computed column has no declared type
  }

  private boolean uses(SchemaObject o, XmlSchemaCollection c) {
    return switch (o) {
      case Table t -> t.columns().stream().map(Column::type).anyMatch(type -> type.xmlCollectionId() == c.collectionId());
      case Procedure p -> typesUse(() -> Parser.parseProcedure(p.definition(), true).parameters().stream()
          .map(ProcedureParameter::type).toList(), c);
      case UserFunction f -> typesUse(() -> {
        Parser.StoredFunction stored = Parser.parseFunction(f.definition(), true);
        List<TypeName> types = new ArrayList<>(stored.parameters().stream().map(ProcedureParameter::type).toList());
        if (stored.returns() != null) {
          types.add(stored.returns());
        }
        return types;
      }, c);
      default -> false;
    };
  }

  /** Whether a module's parameter (or a function's return) types are {@code c}'s typed xml. */
  private boolean typesUse(java.util.function.Supplier<List<TypeName>> parse, XmlSchemaCollection c) {
    List<TypeName> types;
    try {
      types = parse.get();
    } catch (SqlException e) {
      return false; // a definition that no longer parses names no collection we can see
    }
    for (TypeName t : types) {
      TypeName.XmlTyping x = t.xml();
      if (x != null && XmlSchemaCollections.find(state.store(), state.databaseName(), x.schema(), x.collection())
          .filter(found -> found.collectionId() == c.collectionId()).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
