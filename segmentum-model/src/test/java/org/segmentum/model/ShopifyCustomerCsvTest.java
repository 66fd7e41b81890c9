package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopifyCustomerCsvTest {
  private static final Instant IMPORTED = Instant.parse("2026-03-01T14:05:00Z");
  private static final String HEADER = String.join(",", ShopifyCustomerCsv.COLUMNS);

  @TempDir Path dir;

  @Test
  void readsShopifyRows() throws Exception {
    Path file = dir.resolve("customers_export.csv");
    Files.writeString(file, HEADER + "\n"
        + "'1001,Ann,Lee,ann@example.com,yes,ACME,Main St 1,Floor 2,Sofia,SOF,BG,'01000,'+3592000,'+359888,no,"
        + "129.90,3,\"Likes, lamps\",no,\" vip ,b2b,, \"\n"
        + "1002,,,,NO,,,,,,,,,,YES,0,0,,Yes,\n", StandardCharsets.UTF_8);

    ShopifyCustomerCsv.ReadResult result = ShopifyCustomerCsv.read(file, IMPORTED);

    assertThat(result.problems()).isEmpty();
    assertThat(result.customers()).containsExactly(
        new Customer(1001, "ann@example.com", "+359888", "Ann", "Lee", IMPORTED, IMPORTED, AccountState.ENABLED,
            MarketingState.SUBSCRIBED, MarketingState.NOT_SUBSCRIBED, List.of(), null, List.of("vip", "b2b"),
            "Likes, lamps", false, null, List.of(), null, null,
            List.of(new Address("BG", "SOF", "Sofia", "01000", "Main St 1", "Floor 2", "ACME", "+3592000", null, null,
                true)),
            Map.of()),
        new Customer(1002, null, null, null, null, IMPORTED, IMPORTED, AccountState.ENABLED,
            MarketingState.NOT_SUBSCRIBED, MarketingState.SUBSCRIBED, List.of(), null, List.of(), null, true, null,
            List.of(), null, null, List.of(), Map.of()));
  }

  @Test
  void findsColumnsByNameInAnyOrderAndCase() {
    String csv = "\uFEFFtags, EMAIL ,Extra,customer id\n\"a, b\",x@y.z,?,7\n\n8,,,9\n";

    ShopifyCustomerCsv.ReadResult result = ShopifyCustomerCsv.read(new StringReader(csv), "in.csv", IMPORTED);

    assertThat(result.problems()).isEmpty();
    assertThat(result.customers()).extracting(Customer::id, Customer::email, Customer::tags).containsExactly(
        org.assertj.core.groups.Tuple.tuple(7L, "x@y.z", List.of("a", "b")),
        org.assertj.core.groups.Tuple.tuple(9L, null, List.of("8")));
  }

  @Test
  void rejectsBadRowsWithLineAndColumn() {
    String csv = "Customer ID,Accepts Email Marketing,Note,Tax Exempt\n"
        + ",yes,,\n"
        + "1,\"maybe\",\"two\nlines\",no\n"
        + "abc,no,,\n"
        + "99999999999999999999,no,,\n"
        + "2,no,,perhaps\n"
        + "3,no,ok,no\n";

    ShopifyCustomerCsv.ReadResult result = ShopifyCustomerCsv.read(new StringReader(csv), "in.csv", IMPORTED);

    assertThat(result.customers()).extracting(Customer::id).containsExactly(3L);
    assertThat(result.problems()).containsExactly(
        new LoadProblem("in.csv", 2, "Customer ID", "is required"),
        new LoadProblem("in.csv", 3, "Accepts Email Marketing", "expected yes or no, found \"maybe\""),
        new LoadProblem("in.csv", 5, "Customer ID", "expected a numeric id, found \"abc\""),
        new LoadProblem("in.csv", 6, "Customer ID",
            "id \"99999999999999999999\" is larger than the supported maximum 9223372036854775807"),
        new LoadProblem("in.csv", 7, "Tax Exempt", "expected yes or no, found \"perhaps\""));
  }

  @Test
  void reportsAMissingIdColumn() {
    ShopifyCustomerCsv.ReadResult result =
        ShopifyCustomerCsv.read(new StringReader("Email\na@b.c\n"), "in.csv", IMPORTED);

    assertThat(result.customers()).isEmpty();
    assertThat(result.problems()).containsExactly(new LoadProblem("in.csv", 1, "Customer ID", "missing column"));
  }

  @Test
  void writesWhatItReads() {
    Customer ann = new Customer(1001, "ann@example.com", "+359888", "Ann", "Lee", IMPORTED, IMPORTED,
        AccountState.ENABLED, MarketingState.SUBSCRIBED, MarketingState.NOT_SUBSCRIBED, List.of(), null,
        List.of("vip", "b2b"), "Likes \"lamps\",\nand more", true, null, List.of(), null, null,
        List.of(new Address("US", "NY", "New York", "10001", "1 Main", null, null, "+1555", null, null, false),
            new Address("BG", "SOF", "Sofia", "1000", "Main St 1", "Floor 2", "ACME", "+3592000", null, null, true)),
        Map.of());
    Customer bob = new Customer(1002, null, null, "Bob", null, IMPORTED, IMPORTED, AccountState.ENABLED,
        MarketingState.NOT_SUBSCRIBED, MarketingState.SUBSCRIBED, List.of(), null, List.of(), null, false, null,
        List.of(), null, null, List.of(), Map.of());
    StringWriter out = new StringWriter();

    ShopifyCustomerCsv.write(out, List.of(new ShopifyCustomerCsv.ExportRow(ann, new BigDecimal("129.90"), 3),
        new ShopifyCustomerCsv.ExportRow(bob, BigDecimal.ZERO, 0)));
    ShopifyCustomerCsv.ReadResult back =
        ShopifyCustomerCsv.read(new StringReader(out.toString()), "export.csv", IMPORTED);

    assertThat(out.toString()).startsWith(HEADER + "\r\n")
        .contains("1001,Ann,Lee,ann@example.com,yes,ACME,Main St 1,Floor 2,Sofia,SOF,BG,1000,'+3592000,'+359888,no,"
            + "129.90,3,\"Likes \"\"lamps\"\",\nand more\",yes,\"vip, b2b\"\r\n")
        .endsWith("1002,Bob,,,no,,,,,,,,,,yes,0,0,,no,\r\n");
    assertThat(back.problems()).isEmpty();
    Address sofia = ann.addresses().get(1);
    assertThat(back.customers()).containsExactly(
        new Customer(ann.id(), ann.email(), ann.phone(), ann.firstName(), ann.lastName(), IMPORTED, IMPORTED,
            AccountState.ENABLED, ann.emailMarketing(), ann.smsMarketing(), List.of(), null, ann.tags(), ann.note(),
            true, null, List.of(), null, null, List.of(sofia), Map.of()),
        bob);
  }

  @Test
  void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
    Customer evil = new Customer(7, "@evil.example", "+1 555", "=HYPERLINK(\"http://x\")", "-2+3", IMPORTED,
        IMPORTED, AccountState.ENABLED, MarketingState.NOT_SUBSCRIBED, MarketingState.NOT_SUBSCRIBED, List.of(),
        null, List.of("=cmd"), "\tTabbed", false, null, List.of(), null, null,
        List.of(new Address(null, null, "\rCity", "-100", null, null, "+Co", null, null, null, true)), Map.of());

    List<String> cells = ShopifyCsvWriter.cells(new ShopifyCustomerCsv.ExportRow(evil, new BigDecimal("-5.00"), 1));

    Map<String, String> byColumn = new java.util.LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      byColumn.put(ShopifyCustomerCsv.COLUMNS.get(i), cells.get(i));
    }
    assertThat(byColumn).containsEntry("First Name", "'=HYPERLINK(\"http://x\")").containsEntry("Last Name", "'-2+3")
        .containsEntry("Email", "'@evil.example").containsEntry("Phone", "'+1 555").containsEntry("Tags", "'=cmd")
        .containsEntry("Note", "'\tTabbed").containsEntry("Default Address City", "'\rCity")
        .containsEntry("Default Address Zip", "'-100").containsEntry("Default Address Company", "'+Co")
        .containsEntry("Total Spent", "'-5.00").containsEntry("Customer ID", "7");
    assertThat(ShopifyCsvWriter.neutralised("plain")).isEqualTo("plain");
    assertThat(ShopifyCsvWriter.neutralised(null)).isEmpty();
  }

  @Test
  void streamsAsManyRowsAsItIsGiven() {
    StringWriter out = new StringWriter();
    Iterable<ShopifyCustomerCsv.ExportRow> rows = () -> java.util.stream.LongStream.rangeClosed(1, 1000)
        .mapToObj(id -> new ShopifyCustomerCsv.ExportRow(ModelRecordsTest.customer(id, Map.of()), BigDecimal.ONE, 1))
        .iterator();

    ShopifyCustomerCsv.write(out, rows);

    assertThat(ShopifyCustomerCsv.read(new StringReader(out.toString()), "x.csv", IMPORTED).customers()).hasSize(1000);
  }
}
