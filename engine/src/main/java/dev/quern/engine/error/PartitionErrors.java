package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of partition functions, partition schemes and partitioned tables and indexes, with
 * SQL Server's numbers and texts (sys.messages 1908, 1921, 77xx).
 */
public final class PartitionErrors {
  private PartitionErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, STATEMENT);
  }

  public static final ErrorTemplate MULTIPLE_PARAMETERS =
      e(7703, 16, 1, "Can not create RANGE partition function with multiple parameter types.");
  public static final ErrorTemplate INVALID_TYPE = e(7704, 16, 1, "The type '%s' is not valid for this operation.");
  public static final ErrorTemplate VALUE_NOT_CONVERTIBLE = e(7705, 16, 1,
      "Could not implicitly convert range values type specified at ordinal %d to partition function parameter type.");
  public static final ErrorTemplate VALUE_CONVERSION_FAILED = e(7705, 16, 2,
      "Could not implicitly convert range values type specified at ordinal %d to partition function parameter type.");
  public static final ErrorTemplate FUNCTION_IN_USE =
      e(7706, 16, 1, "Partition function '%s' is being used by one or more partition schemes.");
  public static final ErrorTemplate TOO_FEW_FILEGROUPS = e(7707, 16, 1,
      "The associated partition function '%s' generates more partitions than there are file groups mentioned in the scheme '%s'.");
  public static final ErrorTemplate DUPLICATE_BOUNDARIES = e(7708, 16, 1,
      "Duplicate range boundary values are not allowed in partition function boundary values list. Partition boundary values at ordinal %d and %d are equal.");
  public static final ErrorTemplate VALUES_NOT_SORTED = new ErrorTemplate(7709, 10, 1,
      "Warning: Range value list for partition function '%s' is not sorted by value. Mapping of partitions to filegroups during CREATE PARTITION SCHEME will use the sorted boundary values if the function '%s' is referenced in CREATE PARTITION SCHEME.",
      STATEMENT);
  public static final ErrorTemplate NO_NEXT_USED = e(7710, 16, 1,
      "Warning: The partition scheme '%s' does not have any next used filegroup. Partition scheme has not been changed.");
  public static final ErrorTemplate NO_NEXT_USED_NOTICE = new ErrorTemplate(7710, 10, 1,
      "Warning: The partition scheme '%s' does not have any next used filegroup. Partition scheme has not been changed.",
      STATEMENT);
  public static final ErrorTemplate SCHEME_CREATED_WITH_NEXT_USED = new ErrorTemplate(7712, 10, 1,
      "Partition scheme '%s' has been created successfully. '%s' is marked as the next used filegroup in partition scheme '%s'.",
      STATEMENT);
  public static final ErrorTemplate FILEGROUPS_IGNORED =
      new ErrorTemplate(7713, 10, 1, "%d filegroups specified after the next used filegroup are ignored.", STATEMENT);
  public static final ErrorTemplate RANGE_VALUE_NOT_FOUND =
      e(7715, 16, 1, "The specified partition range value could not be found.");
  public static final ErrorTemplate ZERO_PARTITIONS =
      e(7716, 16, 2, "Can not create or alter a partition function to have zero partitions.");
  public static final ErrorTemplate SCHEME_IN_USE =
      e(7717, 16, 1, "The partition scheme \"%s\" is currently being used to partition one or more tables.");
  public static final ErrorTemplate TOO_MANY_PARTITIONS =
      e(7719, 16, 1, "CREATE/ALTER partition function failed as only a maximum of %d partitions can be created.");
  public static final ErrorTemplate SPLIT_DUPLICATE = e(7721, 16, 1,
      "Duplicate range boundary values are not allowed in partition function boundary values list. The boundary value being added is already present at ordinal %d of the boundary value list.");
  public static final ErrorTemplate ALL_WITH_SEVERAL = e(7723, 16, 1,
      "Only a single filegroup can be specified while creating partition scheme using option ALL to specify all the filegroups.");
  public static final ErrorTemplate COMPUTED_NOT_PERSISTED = e(7724, 16, 1,
      "Computed column cannot be used as a partition key if it is not persisted. Partition key column '%s' in table '%s' is not persisted.");
  public static final ErrorTemplate COLUMN_TYPE_MISMATCH = e(7726, 16, 1,
      "Partition column '%s' has data type %s which is different from the partition function '%s' parameter data type %s.");
  public static final ErrorTemplate COLLATION_MISMATCH = e(7727, 16, 1,
      "Collation of partition column '%s' does not match collation of corresponding parameter in partition function '%s'.");
  public static final ErrorTemplate NOT_IN_UNIQUE_KEY = e(1908, 16, 1,
      "Column '%s' is partitioning column of the index '%s'. Partition columns for a unique index must be a subset of the index key.");
  public static final ErrorTemplate COLUMN_MISSING =
      e(1911, 16, 1, "Column name '%s' does not exist in the target table, index or view.");
  public static final ErrorTemplate INVALID_SCHEME = e(1921, 16, 1, "Invalid partition scheme '%s' specified.");
  public static final ErrorTemplate INVALID_FILEGROUP = e(1921, 16, 1, "Invalid filegroup '%s' specified.");
  public static final ErrorTemplate INVALID_OBJECT = e(208, 16, 1, "Invalid object name '%s'.");
  /** "Cannot %S_MSG the %S_MSG '%.*ls', because it does not exist or you do not have permission." */
  public static final ErrorTemplate NOT_FOUND =
      e(15151, 16, 1, "Cannot %s the partition %s '%s', because it does not exist or you do not have permission.");
  public static final ErrorTemplate NAME_TAKEN = e(2714, 16, 6, "There is already an object named '%s' in the database.");
  public static final ErrorTemplate NO_PARAMETER = new ErrorTemplate(7702, 16, 1,
      "Empty Partition function type-parameter-list is not allowed when defining a partition function.", Abort.COMPILE);
  public static final ErrorTemplate TRUNCATE_UNPARTITIONED = e(7729, 16, 3,
      "Cannot specify partition number in the truncate table statement as the table '%s' is not partitioned.");
  public static final ErrorTemplate INVALID_PARTITION_NUMBER = e(7722, 16, 2,
      "Invalid partition number %d specified for table '%s', partition number can range from 1 to %d.");
  public static final ErrorTemplate INVALID_PARTITION_RANGE =
      e(7728, 16, 1, "Invalid partition range: %d TO %d. Lower bound must not be greater than upper bound.");
  public static final ErrorTemplate PARTITIONS_REPEATED = e(7711, 16, 2,
      "The PARTITIONS option was specified more than once for the table, or for at least one of its partitions if the table is partitioned.");
  public static final ErrorTemplate TRUNCATE_UNALIGNED_INDEX = e(3756, 16, 1,
      "TRUNCATE TABLE statement failed. Index '%s' is not partitioned, but table '%s' uses partition function '%s'. Index and table must use an equivalent partition function.");
  public static final ErrorTemplate TRUNCATE_COLUMN_DIFFERS = e(4716, 16, 1,
      "TRUNCATE TABLE statement failed. The column set used to partition the table '%s' is different from the column set used to partition index '%s'");
  public static final ErrorTemplate SWITCH_SAME_TABLE =
      e(4955, 16, 1, "ALTER TABLE SWITCH statement failed. The source table '%s' and target table '%s' are same.");
  public static final ErrorTemplate SWITCH_COLUMN_COUNT = e(4943, 16, 1,
      "ALTER TABLE SWITCH statement failed because table '%s' has %d columns and table '%s' has %d columns.");
  public static final ErrorTemplate SWITCH_COLUMN_NAME = e(4942, 16, 1,
      "ALTER TABLE SWITCH statement failed because column '%s' at ordinal %d in table '%s' has a different name than the column '%s' at the same ordinal in table '%s'.");
  public static final ErrorTemplate SWITCH_COLUMN_TYPE = e(4944, 16, 1,
      "ALTER TABLE SWITCH statement failed because column '%s' has data type %s in source table '%s' which is different from its type %s in target table '%s'.");
  public static final ErrorTemplate SWITCH_COLUMN_NULLABILITY = e(4985, 16, 1,
      "ALTER TABLE SWITCH statement failed because column '%s' does not have the same nullability attribute in tables '%s' and '%s'.");
  public static final ErrorTemplate SWITCH_TARGET_NOT_EMPTY =
      e(4905, 16, 1, "ALTER TABLE SWITCH statement failed. The target table '%s' must be empty.");
  public static final ErrorTemplate SWITCH_TARGET_PARTITION_NOT_EMPTY = e(4904, 16, 1,
      "ALTER TABLE SWITCH statement failed. The specified partition %d of target table '%s' must be empty.");
  public static final ErrorTemplate SWITCH_NO_SUCH_PARTITION = e(4950, 16, 1,
      "ALTER TABLE SWITCH statement failed because partition number %d does not exist in table '%s'.");
  public static final ErrorTemplate SWITCH_PARTITION_REQUIRED = e(4911, 16, 1,
      "Cannot specify a partitioned table without partition number in ALTER TABLE SWITCH statement. The table '%s' is partitioned.");
  public static final ErrorTemplate SWITCH_PARTITION_IGNORED = new ErrorTemplate(4903, 10, 1,
      "Warning: The specified partition %d for the table '%s' was ignored in ALTER TABLE SWITCH statement because the table is not partitioned.",
      STATEMENT);
  public static final ErrorTemplate SWITCH_RANGE_NOT_SUBSET = e(4973, 16, 1,
      "ALTER TABLE SWITCH statement failed. Range defined by partition %d in table '%s' is not a subset of range defined by partition %d in table '%s'.");
  public static final ErrorTemplate SWITCH_SOURCE_OUTSIDE_RANGE = e(4982, 16, 1,
      "ALTER TABLE SWITCH statement failed. Check constraints of source table '%s' allow values that are not allowed by range defined by partition %d on target table '%s'.");
  public static final ErrorTemplate SWITCH_CLUSTERED_MISMATCH = e(4913, 16, 1,
      "ALTER TABLE SWITCH statement failed. The table '%s' has clustered index '%s' while the table '%s' does not have clustered index.");
  public static final ErrorTemplate SWITCH_CHANGE_TRACKED = e(4900, 16, 1,
      "The ALTER TABLE SWITCH statement failed for table '%s'. It is not possible to switch the partition of a table that has change tracking enabled. Disable change tracking before using ALTER TABLE SWITCH.");
}
