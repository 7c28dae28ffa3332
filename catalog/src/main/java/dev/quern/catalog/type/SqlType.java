package dev.quern.catalog.type;

/**
 * A SQL type with its facets, e.g. {@code nvarchar(20)}, {@code decimal(18,4)}, {@code time(7)}.
 *
 * <p>{@code length} is in characters for character types and bytes for binary types, {@link #MAX}
 * for the (max) forms, 0 where the type has no length. {@code precision}/{@code scale} are the
 * decimal precision and scale for DECIMAL/NUMERIC, and the fractional-seconds scale (0–7) for TIME,
 * DATETIME2 and DATETIMEOFFSET; 0 elsewhere. Typed {@code xml(DOCUMENT coll)} keeps its facets in the
 * same two places ("Compare Typed XML to Untyped XML"): {@code precision} the xml_collection_id of
 * its schema collection (0 for untyped xml), {@code scale} 1 for DOCUMENT, 0 for CONTENT. So a
 * column's typing is stored, compared and carried wherever a type goes without a field more.
 */
public record SqlType(TypeId id, int length, int precision, int scale) {
  /** The length of the (max) types: varchar(max), nvarchar(max), varbinary(max). */
  public static final int MAX = -1;

  public static SqlType of(TypeId id) {
    return new SqlType(id, 0, 0, 0);
  }

  public static SqlType ofLength(TypeId id, int length) {
    return new SqlType(id, length, 0, 0);
  }

  public static SqlType decimal(int precision, int scale) {
    return new SqlType(TypeId.DECIMAL, 0, precision, scale);
  }

  public static SqlType withScale(TypeId id, int scale) {
    return new SqlType(id, 0, 0, scale);
  }

  /** {@code xml(CONTENT | DOCUMENT collection)}: validated against the collection {@code collectionId}. */
  public static SqlType typedXml(int collectionId, boolean document) {
    return new SqlType(TypeId.XML, MAX, collectionId, document ? 1 : 0);
  }

  /** The xml_collection_id of a typed xml type; 0 for untyped xml and every other type. */
  public int xmlCollectionId() {
    return id == TypeId.XML ? precision : 0;
  }

  /** Whether this is typed xml of a schema collection. */
  public boolean isTypedXml() {
    return xmlCollectionId() != 0;
  }

  /** Whether typed xml admits documents only (DOCUMENT), not fragments (CONTENT, the default). */
  public boolean isXmlDocument() {
    return id == TypeId.XML && precision != 0 && scale == 1;
  }

  public boolean isMax() {
    return length == MAX;
  }

  // Written out rather than the record's generated pair: those go through an invokedynamic
  // bootstrap (ObjectMethods) that C2 did not inline into the hot per-row and per-statement
  // callers (seek key conversion, parameter checks), where the generated equals showed up as a
  // top self-time frame of a point select.
  @Override
  public boolean equals(Object o) {
    return o instanceof SqlType t
        && id == t.id
        && length == t.length
        && precision == t.precision
        && scale == t.scale;
  }

  @Override
  public int hashCode() {
    return ((id.hashCode() * 31 + length) * 31 + precision) * 31 + scale;
  }
}
