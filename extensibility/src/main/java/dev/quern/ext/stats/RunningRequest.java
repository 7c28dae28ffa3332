package dev.quern.ext.stats;

import java.util.UUID;

/** One row of {@code sys.dm_external_script_requests}: a script running now. */
public record RunningRequest(
    UUID externalScriptRequestId, String language, int degreeOfParallelism, String externalUserName) {}
