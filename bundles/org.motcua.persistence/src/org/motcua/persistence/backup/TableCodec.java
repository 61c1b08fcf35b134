// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.motcua.core.MotCuaException;

/**
 * Rows of one table as plain typed data: the column names, then each row's values, each with a tag
 * saying its type. Nothing in it is SQL: a restore binds the values to prepared statements.
 */
final class TableCodec {

    private static final int NULL = 0;
    private static final int LONG = 1;
    private static final int TEXT = 2;
    private static final int BOOLEAN = 3;
    private static final int DECIMAL = 4;
    private static final int TIMESTAMP = 5;
    private static final int DATE = 6;
    private static final int BYTES = 7;
    private static final int DOUBLE = 8;
    private static final int TIME = 9;
    private static final int TIMESTAMP_TZ = 10;
    /** No value in a MotCua database is larger; a crafted length cannot make a restore allocate gigabytes. */
    private static final int MAX_LENGTH = 64 * 1024 * 1024;

    private TableCodec() {
    }

    /** Writes every row of {@code rows}; @return how many */
    static long write(ResultSet rows, DataOutputStream out) throws SQLException, IOException {
        ResultSetMetaData meta = rows.getMetaData();
        int columns = meta.getColumnCount();
        out.writeInt(columns);
        for (int c = 1; c <= columns; c++) {
            text(out, meta.getColumnName(c));
        }
        long count = 0;
        while (rows.next()) {
            out.writeBoolean(true);
            for (int c = 1; c <= columns; c++) {
                value(out, rows, c, meta.getColumnType(c), meta.getColumnName(c));
            }
            count++;
        }
        out.writeBoolean(false);
        return count;
    }

    private static void value(DataOutputStream out, ResultSet rows, int c, int type, String column)
            throws SQLException, IOException {
        Object value = switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rows.getObject(c, Long.class);
            case Types.BOOLEAN, Types.BIT -> rows.getObject(c, Boolean.class);
            case Types.DECIMAL, Types.NUMERIC -> rows.getBigDecimal(c);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> rows.getObject(c, Double.class);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB, Types.NCLOB ->
                rows.getString(c);
            case Types.DATE -> rows.getObject(c, LocalDate.class);
            case Types.TIME -> rows.getObject(c, LocalTime.class);
            case Types.TIMESTAMP -> rows.getObject(c, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(c, OffsetDateTime.class);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rows.getBytes(c);
            default -> throw new MotCuaException("backup.unsupportedColumn", column, type);
        };
        switch (value) {
            case null -> out.writeByte(NULL);
            case Long n -> {
                out.writeByte(LONG);
                out.writeLong(n);
            }
            case String s -> {
                out.writeByte(TEXT);
                text(out, s);
            }
            case Boolean b -> {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            }
            case BigDecimal d -> {
                out.writeByte(DECIMAL);
                text(out, d.toPlainString());
            }
            case Double d -> {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            }
            case LocalDate d -> {
                out.writeByte(DATE);
                text(out, d.toString());
            }
            case LocalTime t -> {
                out.writeByte(TIME);
                text(out, t.toString());
            }
            case LocalDateTime t -> {
                out.writeByte(TIMESTAMP);
                text(out, t.toString());
            }
            case OffsetDateTime t -> {
                out.writeByte(TIMESTAMP_TZ);
                text(out, t.toString());
            }
            case byte[] bytes -> {
                out.writeByte(BYTES);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            default -> throw new MotCuaException("backup.unsupportedColumn", column, type);
        }
    }

    /** @return the column names at the head of a table's data */
    static List<String> columns(DataInputStream in) throws IOException {
        int columns = in.readInt();
        if (columns < 1 || columns > 1000) {
            throw new MotCuaException("backup.damaged");
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add(text(in));
        }
        return names;
    }

    /** Binds each following row to {@code insert} and adds it to the batch; @return how many rows */
    static long read(DataInputStream in, int columns, PreparedStatement insert) throws IOException, SQLException {
        long count = 0;
        while (in.readBoolean()) {
            for (int c = 1; c <= columns; c++) {
                insert.setObject(c, value(in));
            }
            insert.addBatch();
            if (++count % 500 == 0) {
                insert.executeBatch();
            }
        }
        insert.executeBatch();
        return count;
    }

    private static Object value(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        try {
            return switch (tag) {
                case NULL -> null;
                case LONG -> in.readLong();
                case TEXT -> text(in);
                case BOOLEAN -> in.readBoolean();
                case DECIMAL -> new BigDecimal(text(in));
                case DOUBLE -> in.readDouble();
                case DATE -> LocalDate.parse(text(in));
                case TIME -> LocalTime.parse(text(in));
                case TIMESTAMP -> LocalDateTime.parse(text(in));
                case TIMESTAMP_TZ -> OffsetDateTime.parse(text(in));
                case BYTES -> in.readNBytes(length(in));
                default -> throw new MotCuaException("backup.damaged");
            };
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new MotCuaException(e, "backup.damaged");
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(length(in)), StandardCharsets.UTF_8);
    }

    private static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new MotCuaException("backup.damaged");
        }
        return length;
    }
}
