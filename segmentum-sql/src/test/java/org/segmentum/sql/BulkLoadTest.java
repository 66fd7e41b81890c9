package org.segmentum.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bulk paths (DuckDB's appender, PostgreSQL's COPY) with awkward values: quotes, tabs, newlines,
 * backslashes and COPY's own markers in text, non-ASCII and control characters, empty text against
 * NULL, extreme whole numbers and doubles, dates at the ends of the calendar. What is read back must
 * equal what was written, and what the INSERT path writes.
 */
class BulkLoadTest {
  static final List<String> TEXTS = List.of("", "O'Brien \"Bob\"", "tab\there", "line\nbreak\r\nwindows",
      "back\\slash \\N \\t \\. \\\\", "\\N", "\\.", "NULL", "Zoë 東京 🎉 Ünïcödé", "  spaced  ",
      "comma, semicolon; pipe|", "\u0001\u001f\u007f", "x".repeat(10_000));
  static final List<Long> WHOLES = List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1L << 53, -(1L << 53) - 1);
  static final List<Double> DOUBLES = List.of(0.1, -123.456789012345, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.MIN_VALUE, 1e-300, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  static final List<LocalDate> DATES = List.of(LocalDate.of(1, 1, 1), LocalDate.of(1970, 1, 1),
      LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31));
  static final String[] CUSTOMER_COLUMNS = {"customer_id", "email", "phone", "first_name", "last_name", "created_at",
      "updated_at", "state", "email_marketing", "sms_marketing", "language", "note", "tax_exempt", "customer_group",
      "created_by_app_id", "birth_date"};
  static final Class<?>[] CUSTOMER_TYPES = {Long.class, String.class, String.class, String.class, String.class,
      Long.class, Long.class, String.class, String.class, String.class, String.class, String.class, Boolean.class,
      String.class, Long.class, LocalDate.class};
  static final String[] ADDRESS_COLUMNS = {"customer_id", "seq", "city", "latitude", "longitude", "is_default"};
  static final Class<?>[] ADDRESS_TYPES = {Long.class, Integer.class, String.class, Double.class, Double.class,
      Boolean.class};
  static final String[] FIELD_COLUMNS = {"customer_id", "field", "seq", "is_list", "number_whole", "number_fraction",
      "text_value", "boolean_value", "date_value", "date_start", "month_day"};
  static final Class<?>[] FIELD_TYPES = {Long.class, String.class, Integer.class, Boolean.class, Long.class,
      Long.class, String.class, Boolean.class, LocalDate.class, Long.class, Integer.class};

  @TempDir
  Path temp;

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void awkwardValuesComeBackAsTheyWentIn(Dialect dialect) throws SQLException {
    try (Connection connection = TestDatabases.withSchema(dialect, temp)) {
      for (boolean bulk : List.of(true, false)) {
        long shop = bulk ? 1 : 2;
        connection.setAutoCommit(false);
        TableWriters writers = new TableWriters(connection, dialect, bulk);
        write(writers, shop, "customers", CUSTOMER_COLUMNS, customers());
        write(writers, shop, "customer_addresses", ADDRESS_COLUMNS, addresses());
        write(writers, shop, "customer_metafields", FIELD_COLUMNS, customFields());
        connection.commit();
        connection.setAutoCommit(true);
      }
      for (long shop : List.of(1L, 2L)) {
        assertThat(read(connection, shop, "customers", CUSTOMER_COLUMNS, CUSTOMER_TYPES, "customer_id"))
            .as("customers of shop %d", shop).containsExactlyElementsOf(customers());
        assertThat(read(connection, shop, "customer_addresses", ADDRESS_COLUMNS, ADDRESS_TYPES, "customer_id, seq"))
            .as("addresses of shop %d", shop).containsExactlyElementsOf(addresses());
        assertThat(read(connection, shop, "customer_metafields", FIELD_COLUMNS, FIELD_TYPES, "customer_id, seq"))
            .as("custom fields of shop %d", shop).containsExactlyElementsOf(customFields());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void datesBeyondFourDigitYearsAndBeforeChristKeepTheirDay(Dialect dialect) throws SQLException {
    List<LocalDate> dates = List.of(LocalDate.of(0, 3, 1), LocalDate.of(-43, 3, 15), LocalDate.of(12345, 6, 7));
    try (Connection connection = TestDatabases.withSchema(dialect, temp)) {
      connection.setAutoCommit(false);
      try (TableWriter rows = new TableWriters(connection, dialect, true).forShop("customer_metafields",
          "customer_id", "field", "seq", "is_list", "date_value")) {
        for (int i = 0; i < dates.size(); i++) {
          rows.row(1L, (long) i, "f", 0, false, dates.get(i));
        }
      }
      connection.commit();
      String bc = dialect == Dialect.DUCKDB ? " (BC)" : " BC";
      List<List<Object>> read = read(connection, 1, "customer_metafields", new String[] {"CAST(date_value AS TEXT)"},
          new Class<?>[] {String.class}, "customer_id");
      assertThat(read).containsExactly(List.of("0001-03-01" + bc), List.of("0044-03-15" + bc),
          List.of("12345-06-07"));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void bulkRowsAreOnlyThereWhenTheTransactionCommits(Dialect dialect) throws SQLException {
    try (Connection connection = TestDatabases.withSchema(dialect, temp)) {
      connection.setAutoCommit(false);
      write(new TableWriters(connection, dialect, true), 1, "customers", CUSTOMER_COLUMNS, customers());
      connection.rollback();
      connection.setAutoCommit(true);

      assertThat(read(connection, 1, "customers", CUSTOMER_COLUMNS, CUSTOMER_TYPES, "customer_id")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void aKeyGivenTwiceIsRefused(Dialect dialect) throws SQLException {
    try (Connection connection = TestDatabases.withSchema(dialect, temp)) {
      connection.setAutoCommit(false);
      List<List<Object>> twice = new ArrayList<>(customers());
      twice.add(customers().getFirst());

      assertThatThrownBy(() -> write(new TableWriters(connection, dialect, true), 1, "customers", CUSTOMER_COLUMNS,
          twice)).isInstanceOf(SQLException.class);
      connection.rollback();
    }
  }

  /** One customer per awkward text, in every text column, with extreme numbers and dates. */
  static List<List<Object>> customers() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < TEXTS.size() + 1; i++) {
      String text = i < TEXTS.size() ? TEXTS.get(i) : null;
      Long whole = WHOLES.get(i % WHOLES.size());
      rows.add(Arrays.asList((long) i, text, text, text, text, whole, -whole - 1, text == null ? "ENABLED" : text,
          "SUBSCRIBED", "NOT_SUBSCRIBED", text, text, i % 2 == 0, text, i % 3 == 0 ? null : whole,
          i % 5 == 4 ? null : DATES.get(i % DATES.size())));
    }
    return rows;
  }

  /** One address per awkward double. */
  static List<List<Object>> addresses() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i <= DOUBLES.size(); i++) {
      Double number = i < DOUBLES.size() ? DOUBLES.get(i) : null;
      rows.add(Arrays.asList(1L, i, TEXTS.get(i % TEXTS.size()), number, number == null ? null : -number, i == 0));
    }
    return rows;
  }

  /** Custom field rows with extreme number pairs, texts, booleans, dates and month-days. */
  static List<List<Object>> customFields() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < WHOLES.size(); i++) {
      LocalDate date = DATES.get(i % DATES.size());
      rows.add(Arrays.asList(1L, "ns.key\t\n\\", i, i > 0, WHOLES.get(i), i == 0 ? null : 999_999_999_999_999_999L,
          TEXTS.get(i), i % 3 == 2 ? null : i % 2 == 0, date, Long.MIN_VALUE + i,
          i == 1 ? Integer.MIN_VALUE : i == 2 ? Integer.MAX_VALUE : date.getMonthValue() * 100 + date.getDayOfMonth()));
    }
    return rows;
  }

  static void write(TableWriters writers, long shop, String table, String[] columns, List<List<Object>> rows)
      throws SQLException {
    try (TableWriter writer = writers.forShop(table, columns)) {
      for (List<Object> row : rows) {
        Object[] values = new Object[row.size() + 1];
        values[0] = shop;
        for (int i = 0; i < row.size(); i++) {
          values[i + 1] = row.get(i);
        }
        writer.row(values);
      }
    }
  }

  /** The rows of a shop's table, each column read as the given type (null for NULL). */
  static List<List<Object>> read(Connection connection, long shop, String table, String[] columns, Class<?>[] types,
      String order) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT " + String.join(", ", columns) + " FROM "
        + table + " WHERE shop_id = ? ORDER BY " + order)) {
      select.setLong(1, shop);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 0; i < columns.length; i++) {
            row.add(result.getObject(i + 1) == null ? null : result.getObject(i + 1, types[i]));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
