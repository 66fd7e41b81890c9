package org.segmentum.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the compiled statements and the loader need of each database, checked on the real thing. */
class DialectTest {
  @TempDir
  Path temp;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theDatabaseHasTheFunctionsTheDistanceNeeds(Dialect dialect) throws SQLException {
    try (Connection connection = TestDatabases.open(dialect, temp);
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery("SELECT 2 * 6371.0088 * ASIN(" + dialect.least("1.0", "SQRT(0.25)")
             + "), SIN(0.5) * SIN(0.5) + COS(0.5) * COS(0.5)")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getDouble(1)).isEqualTo(2 * 6371.0088 * Math.asin(0.5));
      assertThat(row.getDouble(2)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theSchemaCanBeCreatedTwiceAndHasEveryTableTheLoaderFills(Dialect dialect) throws SQLException {
    try (Connection connection = TestDatabases.withSchema(dialect, temp)) {
      SqlLoader.of(connection, dialect).createSchema();
      for (String table : SqlLoader.TABLES) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE shop_id = 1")) {
          assertThat(row.next()).isTrue();
          assertThat(row.getLong(1)).as(table).isZero();
        }
      }
      assertThat(dialect.schemaStatements()).filteredOn(s -> s.startsWith("CREATE TABLE"))
          .hasSize(SqlLoader.TABLES.size());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void schemaScriptsDifferOnlyInTypesAndIndexes(Dialect dialect) {
    List<String> tables = dialect.schemaStatements().stream().filter(s -> s.startsWith("CREATE TABLE"))
        .map(s -> s.replaceAll("\\s+", " ").replaceAll(" (DOUBLE PRECISION|DOUBLE|REAL|BOOLEAN|INTEGER|DATE|TEXT)", " T"))
        .toList();
    List<String> reference = Dialect.POSTGRESQL.schemaStatements().stream().filter(s -> s.startsWith("CREATE TABLE"))
        .map(s -> s.replaceAll("\\s+", " ").replaceAll(" (DOUBLE PRECISION|DOUBLE|REAL|BOOLEAN|INTEGER|DATE|TEXT)", " T"))
        .toList();
    assertThat(tables).isEqualTo(reference);
  }
}
