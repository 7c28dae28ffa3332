package dev.quern.ext.spi;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One {@code sp_execute_external_script} call, language-neutral.
 *
 * @param requestId the call's id: {@code sys.dm_external_script_requests.external_script_request_id}
 *     and the name of the satellite's working directory
 * @param language {@code @language}, e.g. {@code Python}
 * @param script {@code @script}
 * @param loginName the caller's login: satellites are pooled per login and never shared
 * @param resourcePool the external resource pool the caller is classified into ({@code default})
 * @param inputDataName {@code @input_data_1_name}, default {@code InputDataSet}
 * @param outputDataName {@code @output_data_1_name}, default {@code OutputDataSet}
 * @param input the rows of {@code @input_data_1}, or {@code null} when there is none
 * @param parameters {@code @params} with their values, in declaration order
 * @param rowsPerRead {@code @r_rowsPerRead}: run the script once per chunk of this many rows in the
 *     same session, appending outputs; 0 for one run over the whole input
 * @param partitionBy {@code @input_data_1_partition_by_columns}: run once per partition
 * @param orderBy {@code @input_data_1_order_by_columns}: row order inside each partition
 * @param parallel {@code @parallel}
 * @param libraries the external libraries the script may import
 * @param cancellation cancels the call (ATTENTION, query timeout)
 * @param session the client session making the call, under which a runtime may keep the
 *     satellite for the session's next call; {@code null}: the satellite serves this call only
 */
public record ExternalScriptRequest(
    UUID requestId,
    String language,
    String script,
    String loginName,
    String resourcePool,
    String inputDataName,
    String outputDataName,
    RowSource input,
    List<ExternalParameter> parameters,
    int rowsPerRead,
    List<String> partitionBy,
    List<String> orderBy,
    boolean parallel,
    ExternalLibraries libraries,
    CancellationHandle cancellation,
    ScriptSession session) {

  public static final String DEFAULT_INPUT_NAME = "InputDataSet";
  public static final String DEFAULT_OUTPUT_NAME = "OutputDataSet";
  public static final String DEFAULT_POOL = "default";

  public ExternalScriptRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(cancellation, "cancellation");
    resourcePool = resourcePool == null ? DEFAULT_POOL : resourcePool;
    inputDataName = inputDataName == null ? DEFAULT_INPUT_NAME : inputDataName;
    outputDataName = outputDataName == null ? DEFAULT_OUTPUT_NAME : outputDataName;
    parameters = List.copyOf(parameters);
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
    libraries = libraries == null ? ExternalLibraries.NONE : libraries;
    if (rowsPerRead < 0) {
      throw new IllegalArgumentException("rowsPerRead must be >= 0");
    }
  }

  public static Builder builder(String language, String script, String loginName) {
    return new Builder(language, script, loginName);
  }

  /** Builds a request with the documented defaults. */
  public static final class Builder {
    private UUID requestId = UUID.randomUUID();
    private final String language;
    private final String script;
    private final String loginName;
    private String resourcePool = DEFAULT_POOL;
    private String inputDataName = DEFAULT_INPUT_NAME;
    private String outputDataName = DEFAULT_OUTPUT_NAME;
    private RowSource input;
    private List<ExternalParameter> parameters = List.of();
    private int rowsPerRead;
    private List<String> partitionBy = List.of();
    private List<String> orderBy = List.of();
    private boolean parallel;
    private ExternalLibraries libraries = ExternalLibraries.NONE;
    private CancellationHandle cancellation = new CancellationHandle();
    private ScriptSession session;

    private Builder(String language, String script, String loginName) {
      this.language = language;
      this.script = script;
      this.loginName = loginName;
    }

    public Builder requestId(UUID v) {
      requestId = v;
      return this;
    }

    public Builder resourcePool(String v) {
      resourcePool = v;
      return this;
    }

    public Builder inputDataName(String v) {
      inputDataName = v;
      return this;
    }

    public Builder outputDataName(String v) {
      outputDataName = v;
      return this;
    }

    public Builder input(RowSource v) {
      input = v;
      return this;
    }

    public Builder parameters(List<ExternalParameter> v) {
      parameters = v;
      return this;
    }

    public Builder rowsPerRead(int v) {
      rowsPerRead = v;
      return this;
    }

    public Builder partitionBy(List<String> v) {
      partitionBy = v;
      return this;
    }

    public Builder orderBy(List<String> v) {
      orderBy = v;
      return this;
    }

    public Builder parallel(boolean v) {
      parallel = v;
      return this;
    }

    public Builder libraries(ExternalLibraries v) {
      libraries = v;
      return this;
    }

    public Builder cancellation(CancellationHandle v) {
      cancellation = v;
      return this;
    }

    public Builder session(ScriptSession v) {
      session = v;
      return this;
    }

    public ExternalScriptRequest build() {
      return new ExternalScriptRequest(
          requestId,
          language,
          script,
          loginName,
          resourcePool,
          inputDataName,
          outputDataName,
          input,
          parameters,
          rowsPerRead,
          partitionBy,
          orderBy,
          parallel,
          libraries,
          cancellation,
          session);
    }
  }
}
