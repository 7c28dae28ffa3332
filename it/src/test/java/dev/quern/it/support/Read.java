package dev.quern.it.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** How a test reads a column so that the exact value (all fractional digits) survives. */
public enum Read {
  OBJECT {
    @Override
    public Object from(ResultSet rs, int column) throws SQLException {
      return rs.getObject(column);
    }
  },
  STRING {
    @Override
    public Object from(ResultSet rs, int column) throws SQLException {
      return rs.getString(column);
    }
  },
  BYTES {
    @Override
    public Object from(ResultSet rs, int column) throws SQLException {
      return rs.getBytes(column);
    }
  },
  /** For drivers without JDBC 4.2's getObject(int, Class) (jTDS): datetime as LocalDateTime. */
  TIMESTAMP {
    @Override
    public Object from(ResultSet rs, int column) throws SQLException {
      java.sql.Timestamp ts = rs.getTimestamp(column);
      return ts == null ? null : ts.toLocalDateTime();
    }
  },
  LOCAL_DATE {
    @Override
    public Object from(ResultSet rs, int column) throws SQLException {
      return rs.getObject(column, LocalDate.class);
    }
  },
  LOCAL_TIME {
    @Override
    public Object from(ResultSet rs, int column) throws SQLException {
      return rs.getObject(column, LocalTime.class);
    }
  },
  LOCAL_DATE_TIME {
    @Override
    public Object from(ResultSet rs, int column) throws SQLException {
      return rs.getObject(column, LocalDateTime.class);
    }
  },
  OFFSET_DATE_TIME {
    @Override
    public Object from(ResultSet rs, int column) throws SQLException {
      return rs.getObject(column, OffsetDateTime.class);
    }
  };

  /** The value of {@code column} in the current row. */
  public abstract Object from(ResultSet rs, int column) throws SQLException;
}
