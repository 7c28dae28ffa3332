package dev.quern.engine.sys;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The registry of system views, found by {@code [db.]sys.name}. */
public final class SystemViews {
  private static final List<SystemView> MODERN =
      java.util.stream.Stream.concat(java.util.stream.Stream.of(
          new DatabasesView(),
          new ExecSessionsView(),
          new ExecRequestsView(),
          new ExecConnectionsView(),
          new OsWaitStatsView(),
          new SessionWaitStatsView(),
          new ServerServicesView(),
          new OsPerformanceCountersView(),
          DataSpacesView.dataSpaces(),
          DataSpacesView.filegroups(),
          new AllocationUnitsView(),
          new IdentityColumnsView(),
          OsSystemViews.sysInfo(),
          OsSystemViews.sysMemory(),
          new HostInfoView(),
          new SysLanguagesView(),
          new ConfigurationsView(),
          new SystemViewsView(),
          new SchemasView(),
          new TablesView(),
          new ObjectsView(),
          new ColumnsView(),
          new PeriodsView(),
          new ComputedColumnsView(),
          new IndexesView(),
          new IndexColumnsView(),
          new ForeignKeyColumnsView(),
          new ParametersView(),
          ServerPrincipalsView.principals(),
          ServerPrincipalsView.sqlLogins(),
          new DatabasePrincipalsView(),
          new PartitionsView(),
          new PartitionStatsView(),
          AllObjectsView.allObjects(),
          AllObjectsView.systemObjects(),
          AllColumnsView.allColumns(),
          AllColumnsView.systemColumns(),
          new SequencesView(),
          ModuleObjectsView.procedures(),
          ModuleObjectsView.views(),
          new SqlModulesView(),
          new TriggersView(),
          new TypesView(),
          new TableTypesView(),
          new SynonymsView(),
          new ExternalScriptRequestsView(),
          new ExternalScriptExecutionStatsView(),
          new ExternalResourcePoolsView()), java.util.stream.Stream.concat(ConstraintsView.all().stream(),
          // Last, so the views before them keep their object ids (-100 - position).
          java.util.stream.Stream.of(
              new TranLocksView(),
              new TranActiveTransactionsView(),
              new TranSessionTransactionsView(),
              new TranCurrentTransactionView(),
              new OsWaitingTasksView(),
              new ExternalResourcePoolsConfigView(),
              ResourceGovernorConfigurationView.stored(),
              ResourceGovernorConfigurationView.inEffect(),
              WorkloadGroupsView.stored(),
              WorkloadGroupsView.inEffect(),
              new ExecQueryStatsView(),
              new ExecCachedPlansView(),
              ExecModuleStatsView.procedures(),
              ExecModuleStatsView.triggers(),
              new IndexUsageStatsView(),
              new MissingIndexDetailsView(),
              new MissingIndexGroupsView(),
              new MissingIndexGroupStatsView(),
              new MissingIndexGroupStatsQueryView(),
              StatsView.stats(),
              StatsView.statsColumns(),
              DatabaseFilesView.databaseFiles(),
              DatabaseFilesView.masterFiles(),
              RoleMembersView.server(),
              RoleMembersView.database(),
              new DatabasePermissionsView(),
              new BackupDevicesView(),
              new ExtendedPropertiesView(),
              new MessagesView(),
              new SqlExpressionDependenciesView(),
              new SqlDependenciesView(),
              ExternalLibrariesView.libraries(),
              ExternalLibrariesView.libraryFiles(),
              ChangeTrackingViews.all().get(0),
              ChangeTrackingViews.all().get(1),
              ServerTriggersView.triggers(),
              ServerTriggersView.modules(),
              TriggerEventsView.database(),
              TriggerEventsView.server(),
              FullTextViews.indexColumns(),
              FullTextViews.stoplists(),
              FullTextViews.systemStopwords()))).toList();

  /**
   * SQL Server 2000's system tables, kept as compatibility views in sys; old scripts name them
   * without a schema ({@code sysobjects}) or as {@code dbo.sysobjects}, {@code master..sysdatabases}.
   */
  private static final List<SystemView> COMPATIBILITY = List.of(
      new SysObjectsView(), new SysColumnsView(), new SysIndexesView(), SysKeyViews.indexKeys(),
      SysKeyViews.foreignKeys(), SysKeyViews.constraints(), new SysCommentsView(), new SysTypesView(),
      SysPrincipalViews.users(), SysPrincipalViews.logins(), new SysDatabasesView(), new SysProcessesView());

  /** Every view: the compatibility views and those of absent features come last, so the ids of the others stay. */
  private static final List<SystemView> ALL = java.util.stream.Stream.of(
      MODERN, COMPATIBILITY, AbsentFeatureViews.all(), List.of(AbsentFeatureViews.databaseMirroring(),
          SecurityTokenViews.login(), SecurityTokenViews.user(), ServerHostViews.schedulers(),
          ServerHostViews.windowsInfo(), ServerHostViews.endpoints(), AllModulesViews.sqlModules(),
          AllModulesViews.parameters(), new DatabaseScopedConfigurationsView(), new TranDatabaseTransactionsView(),
          DbSpaceViews.logSpace(), DbSpaceViews.fileSpace(), TempdbSpaceViews.sessions(), TempdbSpaceViews.tasks(),
          OsTaskViews.tasks(), OsTaskViews.workers(), new OsThreadsView(), ExecModuleStatsView.functions(),
          ResourcePoolsView.stored(), ResourcePoolsView.inEffect(), new ServerPermissionsView(),
          new OsMemoryClerksView(), new TimeZoneInfoView(), PartitionViews.parameters(), PartitionViews.rangeValues(),
          PartitionViews.destinations(), EncryptionViews.keyEncryptions(), EncryptionViews.openKeys(),
          EncryptionViews.cryptProperties(), AbsentFeatureViews.brokerActivatedTasks(),
          DatabaseRecoveryStatusView.view(), ResumableOperationsView.view()),
          HighAvailabilityViews.all(),
          LinkedServerViews.all(),
          OsNodeViews.all(),
          List.<SystemView>of(new ResourceSemaphoresView()),
          List.<SystemView>of(new SpatialReferenceSystemsView()),
          List.<SystemView>of(new DiagnosticsLogConfigurationsView()),
          List.of(XmlSchemaViews.namespaces(), XmlSchemaViews.components()),
          List.<SystemView>of(ColumnstoreRowGroupsView.physicalStats(), new ColumnStoreSegmentsView(),
              new ColumnStoreDictionariesView()))
      .flatMap(List::stream).toList();

  private SystemViews() {}

  /** The INFORMATION_SCHEMA views (ISO names, upper case in SQL Server, matched ignoring case). */
  private static final List<SystemView> INFORMATION_SCHEMA =
      List.of(
          new InformationSchemaTablesView(), new InformationSchemaColumnsView(),
          InformationSchemaConstraintsView.tableConstraints(), InformationSchemaConstraintsView.keyColumnUsage(),
          new InformationSchemaRoutinesView(), new InformationSchemaParametersView(),
          new InformationSchemaViewsView(), new InformationSchemaDomainsView(),
          new InformationSchemaSequencesView(),
          new InformationSchemaSchemataView(),
          new InformationSchemaReferentialConstraintsView());

  public static List<SystemView> all() {
    return ALL;
  }

  /** The INFORMATION_SCHEMA views, by their lower-case names. */
  static List<SystemView> informationSchema() {
    return INFORMATION_SCHEMA;
  }

  /** msdb's backup history and SQL Server Agent tables, which Quern keeps as views ({@link BackupHistoryViews}, {@link AgentTableView}). */
  private static final List<SystemView> MSDB = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(BackupHistoryViews.BACKUPSET, BackupHistoryViews.BACKUPMEDIAFAMILY),
      java.util.stream.Stream.concat(AgentTableView.all().stream(), java.util.stream.Stream.concat(LogShippingTables.all().stream(),
          java.util.stream.Stream.concat(MsdbAbsentFeatureViews.all().stream(), java.util.stream.Stream.of(RestoreHistoryView.view()))))).toList();

  /**
   * As {@link #lookup(List)}, and msdb's backup history: {@code msdb.dbo.backupset} (or {@code
   * msdb..backupset}) from anywhere, {@code dbo.backupset} or {@code backupset} in msdb.
   */
  public static Optional<SystemView> lookup(List<String> parts, String currentDatabase) {
    Optional<SystemView> sys = lookup(parts);
    if (sys.isPresent() || parts.isEmpty() || parts.size() > 3) {
      return sys;
    }
    String db = parts.size() == 3 ? parts.getFirst() : currentDatabase;
    String schema = parts.size() >= 2 ? parts.get(parts.size() - 2) : "dbo";
    if (schema.isEmpty() || schema.equalsIgnoreCase("dbo")) {
      // SQL Server resolves sysobjects and dbo.sysobjects to sys.sysobjects in every database.
      String compat = parts.getLast().toLowerCase(Locale.ROOT);
      Optional<SystemView> old = COMPATIBILITY.stream().filter(v -> v.name().equals(compat)).findFirst();
      if (old.isPresent()) {
        return old;
      }
    }
    if (!"msdb".equalsIgnoreCase(db) || !(schema.isEmpty() || schema.equalsIgnoreCase("dbo"))) {
      return Optional.empty();
    }
    String name = parts.getLast().toLowerCase(Locale.ROOT);
    return MSDB.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The view named by {@code parts} ({@code sys.databases}, {@code master.sys.databases}). */
  public static Optional<SystemView> lookup(List<String> parts) {
    if (parts.size() >= 2 && parts.size() <= 3
        && parts.get(parts.size() - 2).equalsIgnoreCase("INFORMATION_SCHEMA")) {
      String name = parts.getLast().toLowerCase(Locale.ROOT);
      return INFORMATION_SCHEMA.stream().filter(v -> v.name().equals(name)).findFirst();
    }
    if (parts.size() < 2 || parts.size() > 3 || !parts.get(parts.size() - 2).equalsIgnoreCase("sys")) {
      return Optional.empty();
    }
    String name = parts.getLast().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(v -> v.name().equals(name)).findFirst();
  }
}
