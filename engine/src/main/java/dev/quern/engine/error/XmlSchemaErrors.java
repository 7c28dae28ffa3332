package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.BATCH;
import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of XML schema collections and typed xml, with SQL Server's numbers and texts
 * (sys.messages 63xx for the collections, 69xx "XML Validation" for instances). Validation
 * failures end the batch, as SQL Server's do.
 */
public final class XmlSchemaErrors {
  private XmlSchemaErrors() {}

  private static ErrorTemplate e(int n, int st, String text, Abort abort) {
    return new ErrorTemplate(n, 16, st, text, abort);
  }

  // The collections (CREATE / ALTER / DROP XML SCHEMA COLLECTION, xml(collection)).
  public static final ErrorTemplate NOT_A_STRING = e(6302, 1,
      "The argument of CREATE or ALTER XML SCHEMA COLLECTION statement must be a string expression.", COMPILE);
  public static final ErrorTemplate COMPONENT_EXISTS = e(6310, 1,
      "Altering existing schema components is not allowed.  There was an attempt to modify an existing XML Schema"
          + " component, component namespace: '%s' component name: '%s' component kind:%s", STATEMENT);
  public static final ErrorTemplate NO_SUCH_NAMESPACE =
      e(6312, 1, "Could not find schema components with target namespace '%s' in collection '%s'.", STATEMENT);
  public static final ErrorTemplate NO_SUCH_COLLECTION =
      e(6314, 1, "Collection specified does not exist in metadata : '%s'", COMPILE);
  public static final ErrorTemplate INVALID_ID = e(6327, 1, "The specified xml schema collection ID is not valid: %d",
      STATEMENT);
  public static final ErrorTemplate NO_SUCH_COLLECTION_AT_RUN =
      e(6314, 1, "Collection specified does not exist in metadata : '%s'", STATEMENT);
  public static final ErrorTemplate BUILT_IN_SERIALIZATION =
      e(6353, 1, "Serialization of built-in schemata is not supported.", STATEMENT);
  public static final ErrorTemplate IN_USE =
      e(6328, 1, "Specified collection '%s' cannot be dropped because it is used by %s '%s'.", STATEMENT);
  public static final ErrorTemplate BUILT_IN = e(6339, 1,
      "Specified collection '%s' cannot be modified because it is SQL Server built-in XML Schema Collection.", STATEMENT);
  public static final ErrorTemplate CANNOT_ALTER = e(6347, 1,
      "Specified collection '%s' cannot be altered because it does not exist or you do not have permission.",
      STATEMENT);
  public static final ErrorTemplate BAD_PARAMETER = e(6352, 1,
      "Invalid parameter specified. XML Schema Collections can only be created from a string literal, or from a"
          + " variable typed as a string or untyped XML.", STATEMENT);
  public static final ErrorTemplate NULL_PARAMETER = e(6361, 1,
      "Invalid null parameter specified. XML Schema Collections can only be created from a non-null value.",
      STATEMENT);
  public static final ErrorTemplate UNDEFINED_NAME = e(2307, 1, "Reference to an undefined name '%s'", STATEMENT);
  public static final ErrorTemplate UNDEFINED_NAME_IN =
      e(2308, 1, "Reference to an undefined name '%s' within namespace '%s'", STATEMENT);
  public static final ErrorTemplate REDEFINE = e(2391, 1, "Redefining XSD schemas is not supported", STATEMENT);
  public static final ErrorTemplate EXPECTED_SCHEMA = e(2378, 1, "Expected XML schema document", STATEMENT);
  public static final ErrorTemplate UNSUPPORTED_SYNTAX = e(9336, 1, "The XML Schema syntax '%s' is not supported.",
      STATEMENT);

  // Instances: assigning a value to typed xml validates it.
  public static final ErrorTemplate NOT_A_DOCUMENT = e(6901, 1, "XML Validation: XML instance must be a document.",
      BATCH);
  public static final ErrorTemplate ATTRIBUTE_NOT_PERMITTED = e(6905, 3,
      "XML Validation: Attribute '%s' is not permitted in this context. Location: %s", BATCH);
  public static final ErrorTemplate REQUIRED_ATTRIBUTE =
      e(6906, 1, "XML Validation: Required attribute '%s' is missing. Location: %s", BATCH);
  public static final ErrorTemplate INCOMPLETE_CONTENT =
      e(6908, 1, "XML Validation: Invalid content. Expected element(s): %s. Location: %s", BATCH);
  public static final ErrorTemplate TEXT_NOT_ALLOWED = e(6909, 1,
      "XML Validation: Text node is not allowed at this location, the type was defined with element only content or"
          + " with simple content. Location: %s", BATCH);
  public static final ErrorTemplate ELEMENT_IN_TEXT_ONLY =
      e(6912, 1, "XML Validation: Element '%s' found in text only content model. Location: %s", BATCH);
  public static final ErrorTemplate TYPE_NOT_FOUND = e(6914, 1,
      "XML Validation: Type definition for type '%s' was not found, type definition is required before use in a type"
          + " cast. Location: %s", BATCH);
  public static final ErrorTemplate NIL_NOT_ALLOWED = e(6917, 1,
      "XML Validation: Element '%s' may not have xsi:nil=\"true\" because it was not defined as nillable or because"
          + " it has a fixed value constraint. Location: %s", BATCH);
  public static final ErrorTemplate NIL_WITH_CONTENT = e(6918, 1,
      "XML Validation: Element '%s' must not have character or element children, because xsi:nil was set to true."
          + " Location: %s", BATCH);
  public static final ErrorTemplate DECLARATION_NOT_FOUND =
      e(6913, 1, "XML Validation: Declaration not found for element '%s'. Location: %s", BATCH);
  public static final ErrorTemplate UNEXPECTED_ELEMENT =
      e(6923, 1, "XML Validation: Unexpected element(s): %s. Location: %s", BATCH);
  public static final ErrorTemplate INVALID_SIMPLE_VALUE =
      e(6926, 1, "XML Validation: Invalid simple type value: '%s'. Location: %s", BATCH);
  public static final ErrorTemplate INVALID_CONTENT = e(6965, 1,
      "XML Validation: Invalid content. Expected element(s): %s. Found: element '%s' instead. Location: %s.", BATCH);
}
