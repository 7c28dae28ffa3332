package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.character;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.XmlSchemaCollection;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.xmlschema.CompiledCollection;
import dev.quern.engine.xmlschema.Namespaces;
import dev.quern.engine.xmlschema.SchemaComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.xml_schema_collections, sys.xml_schema_namespaces and sys.xml_schema_components ("XML
 * Schemas (XML Type System) Catalog Views"): the current database's collections, the built-in
 * {@code sys} collection (id 1, in schema sys) first; each collection's namespaces in the order
 * they were imported; their top-level components, numbered through the database in collection
 * then namespace then document order (the built-in collection's own are not listed).
 */
final class XmlSchemaViews {
  /** The ids of listed components start past those SQL Server gives the built-in collection's. */
  private static final int FIRST_COMPONENT_ID = 65536;
  /** The schema_id of sys, where the built-in collection is. */
  private static final int SYS_SCHEMA = 4;

  private XmlSchemaViews() {}

  static SystemView collections() {
    return new DerivedView("xml_schema_collections", List.of(integer("xml_collection_id", false),
        integer("schema_id", false), integer("principal_id", true), sysname("name", false),
        datetime("create_date", false), datetime("modify_date", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          out.add(new Object[] {XmlSchemaCollection.SYS_ID, SYS_SCHEMA, null, "sys", ServerPrincipalsView.CREATED,
              ServerPrincipalsView.CREATED});
          List<Schema> schemas = s.store().metadata(s.store().storage().catalog(s.databaseId())).schemas(s.databaseId());
          for (XmlSchemaCollection c : of(s)) {
            out.add(new Object[] {c.collectionId(), SchemaIds.visible(schemas, c.schemaId()),
                c.principalId() == 0 ? null : c.principalId(),
                c.name(), Columns.localDatetime(c.created()), Columns.localDatetime(c.modified())});
          }
          return out;
        });
  }

  static SystemView namespaces() {
    return new DerivedView("xml_schema_namespaces", List.of(integer("xml_collection_id", false),
        nvarchar("name", 4000, false), integer("xml_namespace_id", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (XmlSchemaCollection c : of(s)) {
            List<String> uris = CompiledCollection.of(c).namespaces().uris();
            for (int i = 0; i < uris.size(); i++) {
              out.add(new Object[] {c.collectionId(), uris.get(i), i + 1});
            }
          }
          return out;
        });
  }

  static SystemView components() {
    return new DerivedView("xml_schema_components", List.of(integer("xml_component_id", false),
        integer("xml_collection_id", false), integer("xml_namespace_id", false), bit("is_qualified", false),
        nvarchar("name", 4000, true), character("symbol_space", 1, false), nvarchar("symbol_space_desc", 60, true),
        character("kind", 1, false), nvarchar("kind_desc", 60, true), character("derivation", 1, false),
        nvarchar("derivation_desc", 60, true), integer("base_xml_component_id", true),
        integer("scoping_xml_component_id", true)), s -> {
          List<Object[]> out = new ArrayList<>();
          int id = FIRST_COMPONENT_ID;
          for (XmlSchemaCollection c : of(s)) {
            Namespaces ns = CompiledCollection.of(c).namespaces();
            for (SchemaComponent k : ns.components()) {
              out.add(new Object[] {id++, c.collectionId(), k.namespaceOrdinal(), k.qualified(), k.name(),
                  String.valueOf(k.symbolSpace()), k.symbolSpaceDesc(), String.valueOf(k.kind()), k.kindDesc(),
                  String.valueOf(k.derivation()), k.derivationDesc(), null, null});
            }
          }
          return out;
        });
  }

  private static List<XmlSchemaCollection> of(SessionState s) {
    Catalog catalog = s.store().storage().catalog(s.databaseId());
    return s.store().metadata(catalog).xmlSchemaCollections(s.databaseId());
  }
}
