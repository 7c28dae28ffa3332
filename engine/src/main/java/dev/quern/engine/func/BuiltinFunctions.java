package dev.quern.engine.func;

import java.util.ArrayList;
import java.util.List;

/** The list of every built-in scalar function, by family. */
final class BuiltinFunctions {
  private BuiltinFunctions() {}

  static List<ScalarFunction> all() {
    List<ScalarFunction> all = new ArrayList<>();
    // Session and server facts.
    all.addAll(SystemVariables.all());
    all.addAll(ErrorFunctions.all());
    all.addAll(MetadataFunctions.all());
    all.addAll(FileFunctions.all());
    all.addAll(ObjectFunctions.all());
    all.add(new CursorStatusFunction());
    all.add(new ServerPropertyFunction());
    all.add(new ConnectionPropertyFunction());
    all.add(new SqlVariantPropertyFunction());
    all.addAll(PropertyFunctions.all());
    all.addAll(PropertyFunctions.types());
    all.add(new XmlSchemaNamespaceFunction());
    // NULL handling.
    all.addAll(NullFunctions.all());
    all.addAll(ExtremeFunction.all());
    // Strings.
    all.addAll(LengthFunctions.all());
    all.addAll(SubstringFunctions.all());
    all.addAll(StringTransformFunction.all());
    all.addAll(TrimFunction.all());
    all.addAll(RepeatFunctions.all());
    all.addAll(SearchFunctions.all());
    all.addAll(ConcatFunctions.all());
    all.addAll(CharacterFunctions.all());
    all.add(new QuoteNameFunction());
    all.add(new StrFunction());
    all.add(new FormatFunction());
    // Numbers.
    all.addAll(NumericFunctions.all());
    all.addAll(FloatFunction.all());
    all.add(new RandFunction());
    // Dates and times.
    all.addAll(CurrentTimeFunction.all());
    all.addAll(CurrentTimeZoneFunction.all());
    all.add(new DateAddFunction());
    all.add(new DateDiffFunction("DATEDIFF", false));
    all.add(new DateDiffFunction("DATEDIFF_BIG", true));
    all.addAll(DatePartFunctions.all());
    all.addAll(DateConstructionFunctions.all());
    all.add(new DateTruncFunction());
    all.add(new DateBucketFunction());
    all.addAll(OffsetFunctions.all());
    // Type tests and identifiers.
    all.addAll(TypeTestFunctions.all());
    all.add(new NewIdFunction());
    all.addAll(ChangeTrackingFunctions.all());
    all.add(new FullTextProperties.CatalogProperty());
    all.add(new FullTextProperties.ServiceProperty());
    all.add(new HashBytesFunction());
    all.addAll(JsonFunctions.all());
    all.addAll(SessionContextFunctions.all());
    all.addAll(AppLockFunctions.all());
    all.add(new StringEscapeFunction());
    all.addAll(SoundexFunctions.all());
    all.add(new TranslateFunction());
    all.addAll(CatalogPropertyFunctions.all());
    // Session 8: metadata properties.
    all.add(new ParseNameFunction());
    all.addAll(ObjectMetadataFunctions.all());
    all.add(new StatsDateFunction());
    all.addAll(DatabaseTypePropertyFunctions.all());
    all.addAll(BitFunctions.all());
    all.addAll(ChecksumFunctions.all());
    all.addAll(CompressionFunctions.all());
    all.addAll(PassphraseFunctions.all());
    all.addAll(PasswordHashFunctions.all());
    all.addAll(KeyFunctions.all());
    all.addAll(CertificateFunctions.all());
    all.add(new DateTimeOffsetFromParts());
    all.add(new JsonPathExistsFunction());
    all.add(new JsonContainsFunction());
    all.add(new FormatMessageFunction());
    all.addAll(ParseFunction.all());
    all.addAll(FuzzyMatchFunctions.all());
    all.addAll(StringEncodingFunctions.all());
    all.add(new LoginPropertyFunction());
    all.addAll(VectorFunctions.all());
    all.add(new NewSequentialIdFunction());
    all.addAll(RegexpFunction.all());
    return all;
  }
}
