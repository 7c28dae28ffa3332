package dev.quern.engine.proc.describe;

import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.session.SessionState;
import java.util.function.Consumer;

/**
 * What metadata discovery runs with: the session (catalog, options, permissions) and where the
 * errors of the analysed batch go before discovery's own error (the client for the procedures,
 * the error columns for sys.dm_exec_describe_first_result_set).
 */
record Discovery(SessionState state, Consumer<SqlMessage> report) {}
