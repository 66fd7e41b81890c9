package org.segmentum.model;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Shopify's customer CSV (DATA.md §2), read as customers and written as an export of segment members.
 *
 * <p>Reading: columns are found by header name (case and surrounding blanks ignored, other columns
 * ignored, only {@code Customer ID} required); {@code yes}/{@code no} map to
 * {@link MarketingState#SUBSCRIBED}/{@link MarketingState#NOT_SUBSCRIBED} (blank: not subscribed);
 * a leading apostrophe on ids, phones and zips is dropped; {@code Tags} are comma-separated and
 * trimmed; the default-address columns make one default {@link Address}; {@code Total Spent} and
 * {@code Total Orders} are ignored, since those facts come from orders. Both timestamps of every
 * customer are the given import instant.
 *
 * <p>Writing: the same columns; every cell starting with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe, so spreadsheets do not run it as a formula (OWASP "CSV
 * injection").
 */
public final class ShopifyCustomerCsv {
  static final String CUSTOMER_ID = "Customer ID";
  static final String FIRST_NAME = "First Name";
  static final String LAST_NAME = "Last Name";
  static final String EMAIL = "Email";
  static final String ACCEPTS_EMAIL = "Accepts Email Marketing";
  static final String COMPANY = "Default Address Company";
  static final String ADDRESS1 = "Default Address Address1";
  static final String ADDRESS2 = "Default Address Address2";
  static final String CITY = "Default Address City";
  static final String PROVINCE_CODE = "Default Address Province Code";
  static final String COUNTRY_CODE = "Default Address Country Code";
  static final String ZIP = "Default Address Zip";
  static final String ADDRESS_PHONE = "Default Address Phone";
  static final String PHONE = "Phone";
  static final String ACCEPTS_SMS = "Accepts SMS Marketing";
  static final String TOTAL_SPENT = "Total Spent";
  static final String TOTAL_ORDERS = "Total Orders";
  static final String NOTE = "Note";
  static final String TAX_EXEMPT = "Tax Exempt";
  static final String TAGS = "Tags";

  /** The columns, in the order they are written. */
  public static final List<String> COLUMNS = List.of(CUSTOMER_ID, FIRST_NAME, LAST_NAME, EMAIL, ACCEPTS_EMAIL,
      COMPANY, ADDRESS1, ADDRESS2, CITY, PROVINCE_CODE, COUNTRY_CODE, ZIP, ADDRESS_PHONE, PHONE, ACCEPTS_SMS,
      TOTAL_SPENT, TOTAL_ORDERS, NOTE, TAX_EXEMPT, TAGS);

  private ShopifyCustomerCsv() {}

  /**
   * The customers of a CSV file and the problems of its rejected rows.
   *
   * @param customers the accepted rows' customers, in file order (a repeated id appears repeatedly)
   * @param problems one per rejected row, with the CSV line and column name
   */
  public record ReadResult(List<Customer> customers, List<LoadProblem> problems) {
    public ReadResult {
      customers = List.copyOf(Objects.requireNonNull(customers, "customers"));
      problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }
  }

  /**
   * One exported customer with the totals the export shows.
   *
   * @param customer the customer
   * @param totalSpent the amount spent, written as a plain decimal
   * @param totalOrders the number of orders, not negative
   */
  public record ExportRow(Customer customer, BigDecimal totalSpent, long totalOrders) {
    public ExportRow {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(totalSpent, "totalSpent");
      if (totalOrders < 0) {
        throw new IllegalArgumentException("totalOrders must not be negative: " + totalOrders);
      }
    }
  }

  /**
   * Reads a UTF-8 CSV file; problems name the file by its file name.
   *
   * @throws ModelException if the file cannot be read
   */
  public static ReadResult read(Path file, Instant importedAt) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(importedAt, "importedAt");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.getFileName().toString(), importedAt);
    } catch (IOException e) {
      throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text; {@code fileName} names the source in problems. The reader is not closed.
   *
   * @throws ModelException if the reader fails
   */
  public static ReadResult read(Reader reader, String fileName, Instant importedAt) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(importedAt, "importedAt");
    return new ShopifyCsvReader(fileName, importedAt).read(reader);
  }

  /**
   * A cell a spreadsheet will not run as a formula: a value starting with {@code = + - @}, a tab or a
   * carriage return gets a leading apostrophe; null becomes empty. What {@link #write} does to every
   * cell, for other CSV writers of the service.
   */
  public static String spreadsheetSafe(String cell) {
    return ShopifyCsvWriter.neutralised(cell);
  }

  /**
   * Writes a header and one row per element of {@code rows}, streaming: rows are taken from the
   * iterable one at a time. The writer is flushed, not closed.
   *
   * @throws ModelException if writing fails
   */
  public static void write(Writer out, Iterable<? extends ExportRow> rows) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(rows, "rows");
    ShopifyCsvWriter.write(out, rows);
  }
}
