/**
 * OPENXML and the documents it reads: {@code sp_xml_preparedocument} parses a text into a DOM kept
 * by the session under a handle ({@link XmlDocuments}), {@code OPENXML(handle, rowpattern, flags)}
 * turns the nodes an XPath 1.0 pattern selects into rows ({@link OpenXmlRows}), and
 * {@code sp_xml_removedocument} frees the document. SQL Server does this with MSXML's DOM and
 * XPath; Quern uses the JDK's, with external entities and DTD loading switched off.
 */
package dev.quern.engine.openxml;
