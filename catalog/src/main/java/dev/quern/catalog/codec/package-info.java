/**
 * Byte encodings of SQL values for storage: memcomparable keys, compact rows, chunked LOBs.
 *
 * <p>Owns {@link dev.quern.catalog.codec.KeyEncoder} (order-preserving keys), {@link
 * dev.quern.catalog.codec.KeyCollation} (string sort keys), {@link
 * dev.quern.catalog.codec.RowCodec} (rows), {@link dev.quern.catalog.codec.LobStore} (values kept
 * outside their row). May import {@code dev.quern.catalog.type}, {@code dev.quern.catalog.value}
 * and {@code dev.quern.catalog.kv} (LOB chunks are keys); never RocksDB, {@code meta} or the
 * engine.
 *
 * <h2>Keys (memcomparable)</h2>
 *
 * A key column encodes so that unsigned byte order is SQL Server's order of the values, and every
 * encoding is prefix-free, so a composite key is the concatenation of its columns and a prefix of
 * columns is a byte prefix (a seek on leading columns is a prefix range). Per column:
 *
 * <pre>
 * NULL                    0x00                       (sorts first, as in SQL Server)
 * non-NULL                0x01 then the value:
 *   tinyint               1 byte unsigned
 *   smallint/int/bigint   2/4/8 bytes big-endian, sign bit flipped
 *   bit                   1 byte 0/1
 *   decimal/numeric       class 0x01 negative, 0x02 zero, 0x03 positive; then (non-zero) the
 *                         decimal exponent E (value = 0.d1d2..dn × 10^E, trailing zeros stripped)
 *                         as a sign-flipped int32, then one byte per digit (d+1), terminated 0x00;
 *                         negatives invert E and use (10-d) with terminator 0xFF. Any precision and
 *                         scale; 1.0 and 1.00 are equal keys.
 *   money/smallmoney      the value × 10000 as bigint/int
 *   real/float            IEEE bits, sign bit flipped for positives, all bits for negatives;
 *                         -0.0 is written as 0.0 and every NaN as one NaN above +Infinity
 *   char/varchar/nchar/   the collation's sort key of the value without trailing spaces, escaped
 *   nvarchar              (0x00 → 0x00 0xFF) and terminated by 0x00 0x01; CI_AS keys make 'abc',
 *                         'ABC' and 'abc  ' equal; BIN2 keys are UTF-8 (code point order)
 *   binary/varbinary      the bytes without trailing 0x00 (SQL Server ignores them), escaped and
 *                         terminated as strings
 *   date                  days since 1970-01-01 as sign-flipped int32
 *   time                  nanoseconds of the day as int64
 *   datetime2/datetime/   date as above, then nanoseconds of the day
 *   smalldatetime
 *   datetimeoffset        the UTC instant: epoch seconds (sign-flipped int64), nanoseconds (int32);
 *                         equal instants in different offsets are equal keys, as SQL Server compares
 *   uniqueidentifier      SQL Server's order: canonical bytes 10–15, 8, 9, 7, 6, 5, 4, 3, 2, 1, 0
 *                         (the .NET byte array's 10–15, 8–9, 6–7, 4–5, 0–3)
 *   sql_variant           a family byte (uniqueidentifier &lt; binary &lt; character &lt; exact
 *                         numeric &lt; approximate numeric &lt; date/time) then the value's key
 * </pre>
 *
 * A DESC column is its ASC encoding with every byte inverted (which stays prefix-free), so NULLs
 * sort last there, as in SQL Server. Keys are not decoded back: a case-insensitive key has lost the
 * case, so whatever needs the values (rows, index entries) stores them in the value.
 *
 * <h2>Rows</h2>
 *
 * See {@link dev.quern.catalog.codec.RowCodec}: format byte, slot count (the schema version: slots
 * added later read as their "missing value"), null bitmap, fixed-width slots, then variable-width
 * slots addressed by an offset table. Values of the (max) and LOB types larger than {@link
 * dev.quern.catalog.codec.LobStore#INLINE_LIMIT} bytes go to chunk keys of a {@link
 * dev.quern.catalog.codec.LobStore} and the row keeps a {@link dev.quern.catalog.codec.LobRef}.
 */
package dev.quern.catalog.codec;
