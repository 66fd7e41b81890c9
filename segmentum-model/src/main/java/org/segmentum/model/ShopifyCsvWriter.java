package org.segmentum.model;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Writes Shopify customer CSV rows with formula neutralisation; see {@link ShopifyCustomerCsv}. */
final class ShopifyCsvWriter {
  private ShopifyCsvWriter() {}

  static void write(Writer out, Iterable<? extends ShopifyCustomerCsv.ExportRow> rows) {
    try {
      CsvWriter csv = CsvWriter.builder().build(out);
      csv.writeRecord(ShopifyCustomerCsv.COLUMNS);
      for (ShopifyCustomerCsv.ExportRow row : rows) {
        csv.writeRecord(cells(row));
      }
      csv.flush();
    } catch (IOException e) {
      throw new ModelException("cannot write customer CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new ModelException("cannot write customer CSV: " + e.getCause().getMessage(), e);
    }
  }

  /** The row's cells in the order of {@link ShopifyCustomerCsv#COLUMNS}, neutralised. */
  static List<String> cells(ShopifyCustomerCsv.ExportRow row) {
    Customer c = row.customer();
    Address a = defaultAddress(c);
    List<String> cells = new ArrayList<>(ShopifyCustomerCsv.COLUMNS.size());
    cells.add(Long.toString(c.id()));
    cells.add(c.firstName());
    cells.add(c.lastName());
    cells.add(c.email());
    cells.add(yesNo(c.emailMarketing() == MarketingState.SUBSCRIBED));
    cells.add(a == null ? null : a.company());
    cells.add(a == null ? null : a.address1());
    cells.add(a == null ? null : a.address2());
    cells.add(a == null ? null : a.city());
    cells.add(a == null ? null : a.provinceCode());
    cells.add(a == null ? null : a.countryCode());
    cells.add(a == null ? null : a.zip());
    cells.add(a == null ? null : a.phone());
    cells.add(c.phone());
    cells.add(yesNo(c.smsMarketing() == MarketingState.SUBSCRIBED));
    cells.add(row.totalSpent().toPlainString());
    cells.add(Long.toString(row.totalOrders()));
    cells.add(c.note());
    cells.add(yesNo(c.taxExempt()));
    cells.add(String.join(", ", c.tags()));
    cells.replaceAll(ShopifyCsvWriter::neutralised);
    return cells;
  }

  /** The address marked default, else the first one, else null. */
  private static Address defaultAddress(Customer customer) {
    return customer.addresses().stream().filter(Address::isDefault).findFirst()
        .orElse(customer.addresses().isEmpty() ? null : customer.addresses().get(0));
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /**
   * A cell a spreadsheet cannot take for a formula: one starting with {@code = + - @}, a tab or a
   * carriage return gets a leading apostrophe (OWASP, "CSV Injection"). Null becomes empty.
   */
  static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
