package org.segmentum.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.segmentum.server.ShopSetup;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segmentum shop create ...}: shops in the service's database. */
@Command(name = "shop", mixinStandardHelpOptions = true, description = "Manage the shops of the database.",
    subcommands = ShopCommand.Create.class)
final class ShopCommand extends CommandGroup {

  /**
   * {@code segmentum shop create --id N --name NAME --timezone ZONE --currency CUR}: a shop with its default
   * segments. A running server picks it up on its first request.
   */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a shop with its default segments (a running server picks it up by itself).")
  static final class Create implements Callable<Integer> {
    @Option(names = "--id", required = true, paramLabel = "N", description = "The shop's id (a positive number).")
    private long id;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The shop's name.")
    private String name;

    @Option(names = "--timezone", required = true, paramLabel = "ZONE",
        description = "IANA time zone, e.g. Europe/Sofia: days, months and relative dates follow it.")
    private String timezone;

    @Option(names = "--currency", required = true, paramLabel = "CUR", description = "ISO 4217 code, e.g. EUR.")
    private String currency;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private DatabaseOptions database;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Optional<String> problem = problem();
      DatabaseOptions.Database db = DatabaseOptions.of(database);
      problem = problem.or(db::problem);
      if (problem.isPresent()) {
        err.println("segmentum: " + problem.get());
        return Main.INVALID_INPUT;
      }
      Instant now = Clock.systemUTC().instant();
      String code = currency.strip().toUpperCase(Locale.ROOT);
      ShopRow shop = new ShopRow(id, name.strip(), ZoneId.of(timezone.strip()), code, now);
      boolean created;
      try (Storage storage = Storage.open(db.location())) {
        created = storage.write(tx -> ShopSetup.create(tx, shop, now));
      }
      if (!created) {
        err.println("segmentum: shop " + id + " exists already in " + db.describe());
        return Main.INVALID_INPUT;
      }
      spec.commandLine().getOut().printf("created shop %d \"%s\" (%s, %s) with %d default segments in %s%n", id,
          shop.name(), shop.timezone().getId(), code, ShopSetup.DEFAULT_SEGMENTS.size(), db.describe());
      return 0;
    }

    private Optional<String> problem() {
      if (id <= 0) {
        return Optional.of("--id must be a positive number, got " + id);
      }
      if (name.isBlank()) {
        return Optional.of("--name must not be blank");
      }
      try {
        ZoneId.of(timezone.strip());
      } catch (DateTimeException e) {
        return Optional.of("--timezone '" + timezone + "' is not a time zone; use an IANA name such as Europe/Sofia");
      }
      String code = currency.strip().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{3}") || Currency.getAvailableCurrencies().stream()
          .noneMatch(known -> known.getCurrencyCode().equals(code))) {
        return Optional.of("--currency '" + currency + "' is not an ISO 4217 currency code such as EUR or USD");
      }
      return Optional.empty();
    }
  }
}
