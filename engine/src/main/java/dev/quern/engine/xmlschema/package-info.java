/**
 * XML schema collections and typed xml ("CREATE XML SCHEMA COLLECTION", "Compare Typed XML to
 * Untyped XML"): reading the {@code xsd:schema} documents a collection imports, compiling them with
 * the JDK's own XSD processor ({@code javax.xml.validation}), validating instances assigned to
 * {@code xml(collection)} with SQL Server's "XML Validation" errors, and listing namespaces and
 * top-level components for the catalog views. Stored records are the catalog's ({@code
 * XmlSchemaCollection}); this package never writes them.
 */
package dev.quern.engine.xmlschema;
