package dev.quern.engine.xmlschema;

import dev.quern.catalog.meta.XmlSchemaCollection;
import dev.quern.catalog.type.SqlType;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Assignment to typed xml ("Compare Typed XML to Untyped XML"): a value of another type — a
 * string, untyped xml, or xml typed by another collection — is validated against the target's
 * collection; a value already of the target type is not validated again. The collections are
 * those of the current database, as the session running the request on this thread sees them
 * (its own uncommitted DDL included): the session binds its lookup when a request starts.
 */
public final class TypedXml {
  private static final ThreadLocal<IntFunction<Optional<XmlSchemaCollection>>> COLLECTIONS = new ThreadLocal<>();

  private TypedXml() {}

  /** From now on, on this thread, collection ids are looked up with {@code lookup}. */
  public static void follow(IntFunction<Optional<XmlSchemaCollection>> lookup) {
    COLLECTIONS.set(lookup);
  }

  /** The request on this thread ended. */
  public static void forget() {
    COLLECTIONS.remove();
  }

  /** Whether assigning a value of {@code from} to {@code to} validates it. */
  public static boolean validates(SqlType from, SqlType to) {
    return to.isTypedXml() && (from.xmlCollectionId() != to.xmlCollectionId() || from.isXmlDocument() != to.isXmlDocument());
  }

  /**
   * {@code value} (already converted to xml text) checked against {@code to}; unchanged when it is
   * valid. Without a request on the thread (start-up work) there is no collection to check against.
   */
  public static Object check(Object value, SqlType from, SqlType to) {
    if (value == null || !validates(from, to)) {
      return value;
    }
    IntFunction<Optional<XmlSchemaCollection>> lookup = COLLECTIONS.get();
    if (lookup == null) {
      return value;
    }
    XmlSchemaCollection c = lookup.apply(to.xmlCollectionId()).orElseThrow(
        () -> dev.quern.engine.error.XmlSchemaErrors.INVALID_ID.raise(to.xmlCollectionId()));
    InstanceValidator.validate(value.toString(), CompiledCollection.of(c), to.isXmlDocument());
    return value;
  }
}
