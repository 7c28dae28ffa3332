package dev.quern.engine.extprop;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.ExtendedProperty;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Sequence;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.meta.UserFunction;
import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Maps level paths to catalog items and back, over one metadata snapshot of one database. Level 0
 * is SCHEMA (none: the database); level 1 an object of the schema; level 2 a part of it (COLUMN,
 * INDEX, CONSTRAINT and TRIGGER of a table, TRIGGER of a view, PARAMETER of a procedure or
 * function).
 */
public final class PropertyPaths {
  /** Level types SQL Server knows that name no object Quern has: the item cannot exist (15135). */
  private static final Set<String> OTHER_LEVEL0 = Set.of("USER", "ASSEMBLY", "CONTRACT", "EVENT NOTIFICATION",
      "FILEGROUP", "MESSAGE TYPE", "PARTITION FUNCTION", "PARTITION SCHEME", "REMOTE SERVICE BINDING", "ROUTE",
      "SERVICE", "TRIGGER", "TYPE", "PLAN GUIDE");
  private static final Set<String> LEVEL1 = Set.of("TABLE", "VIEW", "PROCEDURE", "FUNCTION", "SEQUENCE");
  private static final Set<String> OTHER_LEVEL1 = Set.of("AGGREGATE", "DEFAULT", "LOGICAL FILE NAME", "QUEUE",
      "RULE", "SYNONYM", "TABLE_TYPE", "TYPE", "XML SCHEMA COLLECTION");
  private static final Set<String> LEVEL2 = Set.of("COLUMN", "INDEX", "CONSTRAINT", "TRIGGER", "PARAMETER");
  private static final Set<String> OTHER_LEVEL2 = Set.of("EVENT NOTIFICATION");

  private final Metadata md;
  private final int databaseId;
  private final boolean quoted;

  /** {@code quoted}: the session's QUOTED_IDENTIFIER, to read routine definitions for their parameters. */
  public PropertyPaths(Metadata md, int databaseId, boolean quoted) {
    this.md = md;
    this.databaseId = databaseId;
    this.quoted = quoted;
  }

  /**
   * The item the procedure arguments name ({@code types}/{@code names}: levels 0 to 2, null when
   * not given). 15600 for a malformed path ({@code procedure} names the caller), 15135 when the
   * item does not exist or cannot carry properties.
   */
  public PropertyItem resolve(String procedure, String[] types, String[] names) {
    int depth = 0;
    while (depth < 3 && types[depth] != null) {
      depth++;
    }
    for (int i = 0; i < 3; i++) {
      boolean given = i < depth;
      if ((!given && (types[i] != null || names[i] != null)) || (given && names[i] == null)) {
        throw PropertyErrors.INVALID_PARAMETER.raise(procedure);
      }
    }
    if (depth == 0) {
      return new PropertyItem(ExtendedProperty.DATABASE, 0, 0, List.of());
    }
    String t0 = upper(types[0]);
    List<Level> path = new ArrayList<>();
    path.add(new Level(t0, names[0]));
    if (!t0.equals("SCHEMA")) {
      throw OTHER_LEVEL0.contains(t0) ? notPermitted(path) : PropertyErrors.INVALID_PARAMETER.raise(procedure);
    }
    Schema schema = md.schema(databaseId, names[0]).orElseThrow(() -> notPermitted(path));
    if (depth == 1) {
      return new PropertyItem(ExtendedProperty.SCHEMA, schema.id(), 0, path);
    }
    String t1 = upper(types[1]);
    path.add(new Level(t1, names[1]));
    if (!LEVEL1.contains(t1)) {
      throw OTHER_LEVEL1.contains(t1) ? notPermitted(path) : PropertyErrors.INVALID_PARAMETER.raise(procedure);
    }
    SchemaObject object = md.object(schema.id(), names[1])
        .filter(o -> objectType(o).equals(t1))
        .orElseThrow(() -> notPermitted(path));
    if (depth == 2) {
      return new PropertyItem(ExtendedProperty.OBJECT_OR_COLUMN, object.id(), 0, path);
    }
    String t2 = upper(types[2]);
    path.add(new Level(t2, names[2]));
    if (!LEVEL2.contains(t2)) {
      throw OTHER_LEVEL2.contains(t2) ? notPermitted(path) : PropertyErrors.INVALID_PARAMETER.raise(procedure);
    }
    return part(object, t2, names[2], path).orElseThrow(() -> notPermitted(path));
  }

  private Optional<PropertyItem> part(SchemaObject object, String type, String name, List<Level> path) {
    switch (type) {
      case "COLUMN" -> {
        if (object instanceof Table t) {
          return t.column(name).map(c -> new PropertyItem(ExtendedProperty.OBJECT_OR_COLUMN, t.id(), c.columnId(), path));
        }
      }
      case "INDEX" -> {
        if (object instanceof Table t) {
          return t.index(name).map(i -> new PropertyItem(ExtendedProperty.INDEX, t.id(), i.indexId(), path));
        }
      }
      case "CONSTRAINT" -> {
        if (object instanceof Table t) {
          return t.constraint(name).map(c -> new PropertyItem(ExtendedProperty.OBJECT_OR_COLUMN, c.objectId(), 0, path));
        }
      }
      case "TRIGGER" -> {
        return md.triggers(object.id()).stream().filter(tr -> tr.name().equalsIgnoreCase(name)).findFirst()
            .map(tr -> new PropertyItem(ExtendedProperty.OBJECT_OR_COLUMN, tr.id(), 0, path));
      }
      case "PARAMETER" -> {
        List<String> params = parameters(object);
        for (int i = 0; i < params.size(); i++) {
          if (params.get(i).equalsIgnoreCase(name)) {
            return Optional.of(new PropertyItem(ExtendedProperty.PARAMETER, object.id(), i + 1, path));
          }
        }
      }
      default -> {}
    }
    return Optional.empty();
  }

  /**
   * The level path of a stored property's item, or empty when the item no longer exists (a
   * dropped column, index or parameter: its properties stay stored but are not shown).
   */
  public Optional<PropertyItem> itemOf(ExtendedProperty p) {
    int cls = p.classId();
    if (cls == ExtendedProperty.DATABASE) {
      return Optional.of(new PropertyItem(cls, 0, 0, List.of()));
    }
    if (cls == ExtendedProperty.SCHEMA) {
      return md.schema(p.majorId()).filter(s -> s.databaseId() == databaseId)
          .map(s -> new PropertyItem(cls, s.id(), 0, List.of(new Level("SCHEMA", s.name()))));
    }
    Optional<SchemaObject> object = md.object(p.majorId());
    if (object.isEmpty()) {
      return cls == ExtendedProperty.OBJECT_OR_COLUMN && p.minorId() == 0 ? constraintPath(p) : Optional.empty();
    }
    SchemaObject o = object.get();
    List<Level> base = objectPath(o);
    if (base == null) {
      return Optional.empty();
    }
    String part = null;
    String partType = null;
    if (cls == ExtendedProperty.OBJECT_OR_COLUMN && p.minorId() != 0) {
      partType = "COLUMN";
      part = o instanceof Table t
          ? t.columns().stream().filter(c -> c.columnId() == p.minorId()).map(Column::name).findFirst().orElse(null)
          : null;
    } else if (cls == ExtendedProperty.INDEX) {
      partType = "INDEX";
      part = o instanceof Table t ? t.index(p.minorId()).map(Index::name).orElse(null) : null;
    } else if (cls == ExtendedProperty.PARAMETER) {
      partType = "PARAMETER";
      List<String> params = parameters(o);
      part = p.minorId() >= 1 && p.minorId() <= params.size() ? params.get(p.minorId() - 1) : null;
    } else if (cls != ExtendedProperty.OBJECT_OR_COLUMN) {
      return Optional.empty();
    }
    if (partType != null && part == null) {
      return Optional.empty();
    }
    List<Level> path = new ArrayList<>(base);
    if (partType != null) {
      path.add(new Level(partType, part));
    }
    return Optional.of(new PropertyItem(cls, p.majorId(), p.minorId(), path));
  }

  /** SCHEMA s, TYPE name (and TABLE t, TRIGGER name for a trigger); null for another database's object. */
  private List<Level> objectPath(SchemaObject o) {
    Optional<Schema> schema = md.schema(o.schemaId()).filter(s -> s.databaseId() == databaseId);
    if (schema.isEmpty()) {
      return null;
    }
    List<Level> path = new ArrayList<>();
    path.add(new Level("SCHEMA", schema.get().name()));
    if (o instanceof Trigger tr) {
      Optional<SchemaObject> parent = md.object(tr.parentId());
      if (parent.isEmpty()) {
        return null;
      }
      path.add(new Level(objectType(parent.get()), parent.get().name()));
    }
    path.add(new Level(objectType(o), o.name()));
    return path;
  }

  /** A constraint's properties hang on its own object id, which only its table knows. */
  private Optional<PropertyItem> constraintPath(ExtendedProperty p) {
    for (Schema s : md.schemas(databaseId)) {
      for (SchemaObject o : md.objects(s.id())) {
        if (o instanceof Table t) {
          for (Constraint c : t.constraints()) {
            if (c.objectId() == p.majorId()) {
              return Optional.of(new PropertyItem(p.classId(), p.majorId(), 0, List.of(
                  new Level("SCHEMA", s.name()), new Level("TABLE", t.name()), new Level("CONSTRAINT", c.name()))));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The level type naming an object: TABLE, VIEW, PROCEDURE, FUNCTION, SEQUENCE, TRIGGER or SYNONYM. */
  static String objectType(SchemaObject o) {
    return switch (o) {
      case Table t -> "TABLE";
      case View v -> "VIEW";
      case Procedure p -> "PROCEDURE";
      case UserFunction f -> "FUNCTION";
      case Sequence s -> "SEQUENCE";
      case Trigger t -> "TRIGGER";
      case dev.quern.catalog.meta.Synonym n -> "SYNONYM";
    };
  }

  /** A routine's parameter names in declaration order (parameter_id = position); none for other objects. */
  private List<String> parameters(SchemaObject o) {
    List<ProcedureParameter> declared = switch (o) {
      case Procedure p -> parse(p.definition(), true);
      case UserFunction f -> parse(f.definition(), false);
      default -> List.of();
    };
    return declared.stream().map(ProcedureParameter::name).toList();
  }

  /** As the session's QUOTED_IDENTIFIER reads the definition, else as the other setting does. */
  private List<ProcedureParameter> parse(String definition, boolean procedure) {
    try {
      return head(definition, procedure, quoted);
    } catch (SqlException e) {
      return head(definition, procedure, !quoted);
    }
  }

  private static List<ProcedureParameter> head(String definition, boolean procedure, boolean quoted) {
    return procedure
        ? Parser.parseProcedure(definition, quoted).parameters()
        : Parser.parseFunction(definition, quoted).parameters();
  }

  private static SqlException notPermitted(List<Level> path) {
    return PropertyErrors.NOT_PERMITTED.raise(String.join(".", path.stream().map(Level::name).toList()));
  }

  static String upper(String s) {
    return s.strip().toUpperCase(Locale.ROOT);
  }
}
