package org.segmentum.model;

import static org.segmentum.model.ShopifyCustomerCsv.*;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one Shopify customer CSV; see {@link ShopifyCustomerCsv}. One instance per read. */
final class ShopifyCsvReader {
  private final String file;
  private final Instant importedAt;
  private final List<Customer> customers = new ArrayList<>();
  private final List<LoadProblem> problems = new ArrayList<>();
  private Map<String, Integer> columns;

  ShopifyCsvReader(String file, Instant importedAt) {
    this.file = file;
    this.importedAt = importedAt;
  }

  ShopifyCustomerCsv.ReadResult read(Reader reader) {
    long lastLine = 0;
    try {
      CsvReader<CsvRecord> csv = CsvReader.builder().ignoreDifferentFieldCount(true).skipEmptyLines(true)
          .ofCsvRecord(reader);
      for (CsvRecord row : csv) {
        lastLine = row.getStartingLineNumber();
        if (columns == null) {
          if (!header(row)) {
            break;
          }
        } else if (!isBlank(row)) {
          row(row);
        }
      }
    } catch (CsvParseException e) {
      problems.add(new LoadProblem(file, lastLine + 1, null, "malformed CSV: " + e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new ModelException("cannot read " + file + ": " + e.getCause().getMessage(), e);
    }
    return new ShopifyCustomerCsv.ReadResult(customers, problems);
  }

  private boolean header(CsvRecord row) {
    columns = new HashMap<>();
    for (int i = 0; i < row.getFieldCount(); i++) {
      columns.putIfAbsent(normalized(row.getField(i)), i);
    }
    if (!columns.containsKey(normalized(CUSTOMER_ID))) {
      problems.add(new LoadProblem(file, row.getStartingLineNumber(), CUSTOMER_ID, "missing column"));
      return false;
    }
    return true;
  }

  private static String normalized(String name) {
    return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isBlank(CsvRecord row) {
    return row.getFields().stream().allMatch(String::isBlank);
  }

  private void row(CsvRecord row) {
    try {
      customers.add(customer(row));
    } catch (FieldException e) {
      problems.add(new LoadProblem(file, row.getStartingLineNumber(), e.field(), e.reason()));
    }
  }

  private Customer customer(CsvRecord row) throws FieldException {
    long id = id(withoutApostrophe(cell(row, CUSTOMER_ID)));
    MarketingState email = consent(row, ACCEPTS_EMAIL);
    MarketingState sms = consent(row, ACCEPTS_SMS);
    boolean taxExempt = yesNo(row, TAX_EXEMPT);
    Address address = address(row);
    return new Customer(id, cell(row, EMAIL), withoutApostrophe(cell(row, PHONE)), cell(row, FIRST_NAME),
        cell(row, LAST_NAME), importedAt, importedAt, AccountState.ENABLED, email, sms, List.of(), null,
        tags(cell(row, TAGS)), cell(row, NOTE), taxExempt, null, List.of(), null, null,
        address == null ? List.of() : List.of(address), Map.of());
  }

  private Address address(CsvRecord row) {
    String company = cell(row, COMPANY), address1 = cell(row, ADDRESS1), address2 = cell(row, ADDRESS2);
    String city = cell(row, CITY), province = cell(row, PROVINCE_CODE), country = cell(row, COUNTRY_CODE);
    String zip = withoutApostrophe(cell(row, ZIP)), phone = withoutApostrophe(cell(row, ADDRESS_PHONE));
    if (Arrays.asList(company, address1, address2, city, province, country, zip, phone).stream()
        .allMatch(v -> v == null)) {
      return null;
    }
    return new Address(country, province, city, zip, address1, address2, company, phone, null, null, true);
  }

  /** The stripped cell of the named column; null when the column or the value is missing or blank. */
  private String cell(CsvRecord row, String column) {
    Integer index = columns.get(normalized(column));
    if (index == null || index >= row.getFieldCount()) {
      return null;
    }
    String value = row.getField(index).strip();
    return value.isEmpty() ? null : value;
  }

  private static String withoutApostrophe(String value) {
    if (value == null || !value.startsWith("'")) {
      return value;
    }
    String rest = value.substring(1).strip();
    return rest.isEmpty() ? null : rest;
  }

  private static long id(String text) throws FieldException {
    if (text == null) {
      throw new FieldException(CUSTOMER_ID, "is required");
    }
    if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new FieldException(CUSTOMER_ID, "expected a numeric id, found " + WireText.quoted(text));
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new FieldException(CUSTOMER_ID,
          "id " + WireText.quoted(text) + " is larger than the supported maximum " + Long.MAX_VALUE);
    }
  }

  private MarketingState consent(CsvRecord row, String column) throws FieldException {
    return yesNo(row, column) ? MarketingState.SUBSCRIBED : MarketingState.NOT_SUBSCRIBED;
  }

  /** {@code yes}/{@code no} in any case; blank is no. */
  private boolean yesNo(CsvRecord row, String column) throws FieldException {
    String value = cell(row, column);
    if (value == null || value.equalsIgnoreCase("no")) {
      return false;
    }
    if (value.equalsIgnoreCase("yes")) {
      return true;
    }
    throw new FieldException(column, "expected yes or no, found " + WireText.quoted(value));
  }

  private static List<String> tags(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
