package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.character;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.uniqueidentifier;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog views and DMVs of features Quern does not have: CLR assemblies, XML schema
 * collections, full-text search, Service Broker queues and event notifications,
 * asymmetric keys, credentials, plan guides, Always On availability groups, SQL Trace,
 * Extended Events sessions and query memory grants (Quern grants no query memory). Their truthful
 * content is no rows; tools select their columns (SSMS, Flyway's clean, schema comparers), so each
 * declares the documented columns ("sys.assemblies (Transact-SQL)" …), the commonly read ones
 * first. sys.service_queues and sys.event_notifications start with sys.objects' columns. The
 * partition scheme and function views ({@link PartitionViews}) and those of certificates and
 * symmetric keys ({@link EncryptionViews}) sit among them, filled, so that
 * every system view keeps the object id its position gives it.
 */
final class AbsentFeatureViews {
  /** The numeric(25,0) of SQL Server's log sequence numbers. */
  private static final dev.quern.catalog.type.SqlType NUMERIC_25_0 =
      new dev.quern.catalog.type.SqlType(dev.quern.catalog.type.TypeId.NUMERIC, 0, 25, 0);

  private AbsentFeatureViews() {}

  static List<SystemView> all() {
    return List.of(
        empty("assemblies", sysname("name", false), integer("principal_id", true), integer("assembly_id", false),
            sysname("clr_name", true), tinyint("permission_set", true), nvarchar("permission_set_desc", 60, true),
            bit("is_visible", false), datetime("create_date", false), datetime("modify_date", false),
            bit("is_user_defined", true)),
        // XML schema collections are there: this keeps its place (and so every view's object id).
        XmlSchemaViews.collections(),
        // Partitioning is there: these two keep their places (and so every view's object id).
        PartitionViews.schemes(),
        PartitionViews.functions(),
        // Full-text search is there: these keep their places (and so every view's object id).
        FullTextViews.catalogs(),
        FullTextViews.indexes(),
        empty("service_queues", withObjectColumns(smallint("max_readers", true), nvarchar("activation_procedure", 776,
            true), integer("execute_as_principal_id", true), bit("is_activation_enabled", true),
            bit("is_receive_enabled", true), bit("is_enqueue_enabled", true), bit("is_retention_enabled", true),
            bit("is_poison_message_handling_enabled", true))),
        empty("event_notifications", sysname("name", false), integer("object_id", false),
            tinyint("parent_class", false), nvarchar("parent_class_desc", 60, true), integer("parent_id", false),
            datetime("create_date", false), datetime("modify_date", false), nvarchar("service_name", 256, true),
            nvarchar("broker_instance", 128, true), integer("principal_id", true), varbinary("creator_sid", 85, true)),
        // Certificates and symmetric keys are there: these keep their places (and so every view's object id).
        EncryptionViews.certificates(),
        EncryptionViews.symmetricKeys(),
        empty("asymmetric_keys", sysname("name", false), integer("principal_id", true),
            integer("asymmetric_key_id", false), character("pvt_key_encryption_type", 2, false), nvarchar("pvt_key_encryption_type_desc", 60, true),
            varbinary("thumbprint", 32, false), character("algorithm", 2, false), nvarchar("algorithm_desc", 60, true), integer("key_length", false), varbinary("sid", 85, true),
            nvarchar("string_sid", 128, true), new ResultColumn("public_key", SqlTypes.VARBINARY_MAX, false),
            nvarchar("attested_by", 260, true), nvarchar("provider_type", 60, true),
            uniqueidentifier("cryptographic_provider_guid", true),
            new ResultColumn("cryptographic_provider_algid", SqlTypes.SQL_VARIANT, true)),
        empty("credentials", integer("credential_id", false), sysname("name", false),
            nvarchar("credential_identity", 4000, true), datetime("create_date", false), datetime("modify_date", false),
            nvarchar("target_type", 100, true), integer("target_id", true)),
        empty("plan_guides", integer("plan_guide_id", false), sysname("name", false), datetime("create_date", false),
            datetime("modify_date", false), bit("is_disabled", false), new ResultColumn("query_text",
                SqlTypes.NVARCHAR_MAX, true), tinyint("scope_type", false), nvarchar("scope_type_desc", 60, true),
            integer("scope_object_id", true), new ResultColumn("scope_batch", SqlTypes.NVARCHAR_MAX, true),
            nvarchar("parameters", 4000, true), new ResultColumn("hints", SqlTypes.NVARCHAR_MAX, true)),
        // Columnstore indexes are there: their row groups keep this place (and so every view's object id).
        ColumnstoreRowGroupsView.catalog(),
        empty("availability_groups", uniqueidentifier("group_id", false), sysname("name", true),
            nvarchar("resource_id", 40, true), nvarchar("resource_group_id", 40, true),
            integer("failure_condition_level", true), integer("health_check_timeout", true),
            tinyint("automated_backup_preference", true), nvarchar("automated_backup_preference_desc", 60, true),
            smallint("version", true), bit("basic_features", true), bit("dtc_support", true),
            bit("db_failover", true), bit("is_distributed", true), tinyint("cluster_type", true),
            nvarchar("cluster_type_desc", 60, true), integer("required_synchronized_secondaries_to_commit", true),
            bigint("sequence_number", true), bit("is_contained", true)),
        empty("traces", integer("id", false), integer("status", false), nvarchar("path", 260, true),
            bigint("max_size", true), datetime("stop_time", true), integer("max_files", true), bit("is_rowset", true),
            bit("is_rollover", true), bit("is_shutdown", true), bit("is_default", true), integer("buffer_count", true),
            integer("buffer_size", true), bigint("file_position", true), integer("reader_spid", true),
            datetime("start_time", true), datetime("last_event_time", true), bigint("event_count", true),
            integer("dropped_event_count", true)),
        empty("server_event_sessions", integer("event_session_id", false), sysname("name", true),
            nvarchar("event_retention_mode", 60, true), nvarchar("event_retention_mode_desc", 60, true),
            integer("max_dispatch_latency", true), bigint("max_memory", true), bigint("max_event_size", true),
            nvarchar("memory_partition_mode", 60, true), nvarchar("memory_partition_mode_desc", 60, true),
            bit("track_causality", true), bit("startup_state", true)),
        empty("dm_xe_sessions", varbinary("address", 8, false), nvarchar("name", 256, false),
            bigint("pending_buffers", false), bigint("total_regular_buffers", false),
            bigint("regular_buffer_size", false), bigint("total_large_buffers", false),
            bigint("large_buffer_size", false), bigint("total_buffer_size", false),
            integer("buffer_policy_flags", false), nvarchar("buffer_policy_desc", 256, false), integer("flags", false),
            nvarchar("flag_desc", 256, false), bigint("dropped_event_count", false),
            bigint("dropped_buffer_count", false), integer("blocked_event_fire_time", false),
            datetime("create_time", false), integer("largest_event_dropped_size", false),
            nvarchar("session_source", 256, false)),
        empty("dm_exec_query_memory_grants", smallint("session_id", true), integer("request_id", true),
            integer("scheduler_id", true), integer("dop", true), datetime("request_time", true),
            datetime("grant_time", true), bigint("requested_memory_kb", true), bigint("granted_memory_kb", true),
            bigint("required_memory_kb", true), bigint("used_memory_kb", true), bigint("max_used_memory_kb", true),
            bigint("ideal_memory_kb", true), integer("query_cost", true), integer("timeout_sec", true),
            smallint("resource_semaphore_id", true), smallint("queue_id", true), integer("wait_order", true),
            bit("is_next_candidate", true), bigint("wait_time_ms", true), varbinary("plan_handle", 64, true),
            varbinary("sql_handle", 64, true), integer("group_id", true), integer("pool_id", true),
            bit("is_small", true)));
  }

  /**
   * sys.database_mirroring: as SQL Server shows it for databases that are not mirrored, one row
   * per database of sys.databases with every mirroring column NULL.
   */
  static SystemView databaseMirroring() {
    List<ResultColumn> columns = List.of(integer("database_id", false), uniqueidentifier("mirroring_guid", true),
        tinyint("mirroring_state", true), nvarchar("mirroring_state_desc", 60, true), tinyint("mirroring_role", true),
        nvarchar("mirroring_role_desc", 60, true), integer("mirroring_role_sequence", true),
        tinyint("mirroring_safety_level", true), nvarchar("mirroring_safety_level_desc", 60, true),
        integer("mirroring_safety_sequence", true), nvarchar("mirroring_partner_name", 128, true),
        nvarchar("mirroring_partner_instance", 128, true), nvarchar("mirroring_witness_name", 128, true),
        tinyint("mirroring_witness_state", true), nvarchar("mirroring_witness_state_desc", 60, true),
        new ResultColumn("mirroring_failover_lsn", NUMERIC_25_0, true),
        integer("mirroring_connection_timeout", true), integer("mirroring_redo_queue", true),
        nvarchar("mirroring_redo_queue_type", 60, true),
        new ResultColumn("mirroring_end_of_log_lsn", NUMERIC_25_0, true),
        new ResultColumn("mirroring_replication_lsn", NUMERIC_25_0, true));
    return new DerivedView("database_mirroring", columns, s -> ViewRows.of("databases", s).stream().map(d -> {
      Object[] row = new Object[columns.size()];
      row[0] = d.get("database_id");
      return row;
    }).toList());
  }

  /**
   * sys.dm_broker_activated_tasks: the stored procedures Service Broker activation started; Quern
   * has no Service Broker, so none. Monitoring procedures join it to name activated sessions.
   */
  static SystemView brokerActivatedTasks() {
    return empty("dm_broker_activated_tasks", integer("spid", false), smallint("database_id", false),
        integer("queue_id", false), nvarchar("procedure_name", 650, false), integer("execute_as", true));
  }

  private static SystemView empty(String name, ResultColumn... columns) {
    return new DerivedView(name, List.of(columns), s -> List.of());
  }

  private static SystemView empty(String name, List<ResultColumn> columns) {
    return new DerivedView(name, columns, s -> List.of());
  }

  private static List<ResultColumn> withObjectColumns(ResultColumn... extra) {
    List<ResultColumn> out = new ArrayList<>(ObjectsView.COLUMNS);
    out.addAll(List.of(extra));
    return List.copyOf(out);
  }
}
