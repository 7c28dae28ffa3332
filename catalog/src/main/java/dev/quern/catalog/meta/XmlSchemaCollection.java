package dev.quern.catalog.meta;

import java.time.Instant;
import java.util.List;

/**
 * An XML schema collection (CREATE XML SCHEMA COLLECTION, sys.xml_schema_collections): a
 * database-scoped, schema-contained object outside sys.objects whose name shares the namespace of
 * the schema's user-defined types ("CREATE XML SCHEMA COLLECTION (Transact-SQL)"). It keeps the
 * {@code xsd:schema} documents as they were imported, in order (CREATE's, then each ALTER … ADD's);
 * namespaces and components are read from them, so the documents are the one truth.
 *
 * @param collectionId sys.xml_schema_collections.xml_collection_id, numbered per database from
 *     {@link #FIRST_ID} (1 is the built-in {@code sys} collection)
 * @param principalId the owner written with ALTER AUTHORIZATION; 0 when owned by the schema's owner
 */
public record XmlSchemaCollection(
    int databaseId,
    int collectionId,
    int schemaId,
    String name,
    int principalId,
    List<String> documents,
    Instant created,
    Instant modified) {
  /** The first xml_collection_id of a user collection, as SQL Server numbers them. */
  public static final int FIRST_ID = 65536;
  /** The built-in {@code sys} collection every database has. */
  public static final int SYS_ID = 1;

  public XmlSchemaCollection {
    documents = List.copyOf(documents);
  }

  /** The collection with {@code document} imported after its others (ALTER … ADD). */
  public XmlSchemaCollection withDocument(String document, Instant when) {
    List<String> all = new java.util.ArrayList<>(documents);
    all.add(document);
    return new XmlSchemaCollection(databaseId, collectionId, schemaId, name, principalId, all, created, when);
  }

  /** The same collection in another database (RESTORE): ids are per database, so they stay. */
  public XmlSchemaCollection inDatabase(int newDatabaseId, int newSchemaId) {
    return new XmlSchemaCollection(newDatabaseId, collectionId, newSchemaId, name, principalId, documents, created,
        modified);
  }
}
