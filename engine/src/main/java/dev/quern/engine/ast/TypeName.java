package dev.quern.engine.ast;

import java.util.List;

/**
 * A data type as written: {@code nvarchar(20)}, {@code decimal(10, 2)}, {@code varchar(max)}, or a
 * user-defined type {@code [schema.]name}; {@code schema} is null when not written (and for the
 * system types' {@code sys.} qualifier, which names nothing more).
 */
public record TypeName(String name, List<String> args, String schema, XmlTyping xml) {
  public TypeName(String name, List<String> args) {
    this(name, args, null, null);
  }

  public TypeName(String name, List<String> args, String schema) {
    this(name, args, schema, null);
  }

  /**
   * The collection of typed xml, {@code xml([CONTENT | DOCUMENT] [schema.]collection)}.
   *
   * @param schema the collection's schema as written, null when unqualified
   */
  public record XmlTyping(boolean document, String schema, String collection) {
    public String toSql() {
      return (document ? "DOCUMENT " : "CONTENT ")
          + (schema == null ? "" : Names.quote(schema) + ".") + Names.quote(collection);
    }
  }

  public String toSql() {
    if (xml != null) {
      return name + "(" + xml.toSql() + ")";
    }
    String written = schema == null ? name : Names.quote(schema) + "." + Names.quote(name);
    return args.isEmpty() ? written : written + "(" + String.join(", ", args) + ")";
  }

  /** The name as error 2715 shows it: {@code schema.name} when qualified. */
  public String displayName() {
    return schema == null ? name : schema + "." + name;
  }
}
