package dev.quern.engine.func;

import dev.quern.catalog.meta.XmlSchemaCollection;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.XmlSchemaErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.XmlSchemaCollections;
import dev.quern.engine.xmlschema.CompiledCollection;
import dev.quern.engine.xmlschema.Namespaces;
import java.util.List;

/**
 * XML_SCHEMA_NAMESPACE(relational_schema, collection [, namespace]) ("XML_SCHEMA_NAMESPACE
 * (Transact-SQL)"): the schemas a collection holds, as xml — every namespace's {@code xsd:schema}
 * in import order, or the one of {@code namespace} (6312 when the collection has none such). Each
 * namespace is one schema, the documents ALTER … ADD joined to it included.
 */
final class XmlSchemaNamespaceFunction extends BuiltinFunction {
  XmlSchemaNamespaceFunction() {
    super("XML_SCHEMA_NAMESPACE", 2, 3);
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    return SqlTypes.XML;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    String schema = a.string(0);
    String name = a.string(1);
    if (schema.equalsIgnoreCase("sys") && name.equalsIgnoreCase("sys")) {
      throw XmlSchemaErrors.BUILT_IN_SERIALIZATION.raise();
    }
    if (!(ctx instanceof SessionState s)) {
      return null;
    }
    XmlSchemaCollection c = XmlSchemaCollections.find(s.store(), s.databaseName(), schema, name)
        .orElseThrow(() -> XmlSchemaErrors.NO_SUCH_COLLECTION_AT_RUN.raise(name));
    Namespaces ns = CompiledCollection.of(c).namespaces();
    if (a.size() == 3) {
      String uri = a.string(2);
      if (ns.schema(uri) == null) {
        throw XmlSchemaErrors.NO_SUCH_NAMESPACE.raise(uri, name);
      }
      return ns.text(uri);
    }
    StringBuilder all = new StringBuilder();
    for (String uri : ns.uris()) {
      all.append(ns.text(uri));
    }
    return all.toString();
  }

  @Override
  public boolean deterministic() {
    return false; // collections change with DDL: never folded into a cached plan
  }
}
