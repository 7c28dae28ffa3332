package dev.quern.catalog.value;

/**
 * SQL Server's errors from the hierarchyid type's methods: its CLR code throws a
 * HierarchyIdException, which the engine reports as 6522 (level 16) naming the routine
 * "hierarchyid", the exception with its 24xxx code and text, and the method it came from.
 */
public final class HierarchyIdErrors {
  private static final String EXCEPTION = "Microsoft.SqlServer.Types.HierarchyIdException";

  private HierarchyIdErrors() {}

  /** 24001: a string that is no hierarchyid's text (CAST, Parse, an implicit conversion). */
  public static SqlValueException parseFailed(String input) {
    return clr(24001, "SqlHierarchyId.Parse failed because the input string '" + input
        + "' is not a valid string representation of a SqlHierarchyId node.", "Parse(SqlString input)");
  }

  /** 24000: bytes that are no hierarchyid's encoding (CAST from varbinary, a value from a client). */
  public static SqlValueException invalidBinary() {
    return clr(24000, "SqlHierarchyId operation failed because HierarchyId object was constructed from an"
        + " invalid binary string. ", "Read(BinaryReader r)");
  }

  /** 24004 / 24005: GetDescendant's argument is no child of the node it is called on. */
  public static SqlValueException notAChild(String argument, String child, String parent) {
    int code = argument.equals("child1") ? 24004 : 24005;
    return clr(code, "SqlHierarchyId.GetDescendant failed because '" + argument + "' must be a child of 'this'.  '"
        + argument + "' was '" + child + "' and 'this' was '" + parent + "'.", GET_DESCENDANT);
  }

  /** 24006: GetDescendant's child1 is not less than child2. */
  public static SqlValueException childrenOutOfOrder(String child1, String child2) {
    return clr(24006, "SqlHierarchyId.GetDescendant failed because 'child1' must be less than 'child2'.  'child1' was '"
        + child1 + "' and 'child2' was '" + child2 + "'.", GET_DESCENDANT);
  }

  /** 24009: GetReparentedValue's oldRoot is no ancestor of the node. */
  public static SqlValueException notAnAncestor(String oldRoot, String node) {
    return clr(24009, "SqlHierarchyId.GetReparentedValue failed because 'oldRoot' was not an ancestor node of 'this'."
        + "  'oldRoot' was '" + oldRoot + "', and 'this' was '" + node + "'.",
        "GetReparentedValue(SqlHierarchyId oldRoot, SqlHierarchyId newRoot)");
  }

  /** 24011: GetAncestor with a negative n. */
  public static SqlValueException negativeAncestor(long n) {
    return clr(24011, "SqlHierarchyId.GetAncestor failed because 'n' must be non-negative.  'n' was " + n + ".",
        "GetAncestor(Int32 n)");
  }

  /** 24002-style overflow: a new label or path that no hierarchyid can encode. */
  public static SqlValueException tooLong(String method, String frame) {
    return clr(24003, "SqlHierarchyId." + method + " failed because the result would exceed the maximum size of a"
        + " SqlHierarchyId.", frame);
  }

  private static final String GET_DESCENDANT = "GetDescendant(SqlHierarchyId child1, SqlHierarchyId child2)";

  private static SqlValueException clr(int code, String text, String frame) {
    return new SqlValueException(6522, 16, 2,
        "A .NET Framework error occurred during execution of user-defined routine or aggregate \"hierarchyid\": \n"
            + EXCEPTION + ": " + code + ": " + text + "\n"
            + EXCEPTION + ": \n"
            + "   at Microsoft.SqlServer.Types.SqlHierarchyId." + frame + "\n.");
  }
}
