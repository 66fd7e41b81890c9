package org.segmentum.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.Storage;
import org.segmentum.storage.TokenRow;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segmentum token create ...}: API tokens of a shop. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage the API tokens of a shop.",
    subcommands = TokenCommand.Create.class)
final class TokenCommand extends CommandGroup {

  /**
   * {@code segmentum token create --shop N --scopes read,write,admin [--name NAME]}: prints the new token, alone
   * on stdout; only its hash is stored, so it cannot be shown again.
   */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create an API token; it is printed once, alone on stdout, and only its hash is kept.")
  static final class Create implements Callable<Integer> {
    @Option(names = "--shop", required = true, paramLabel = "N", description = "The shop the token is for.")
    private long shop;

    @Option(names = "--scopes", required = true, split = ",", paramLabel = "SCOPES",
        description = "Comma-separated: read, write (includes read), admin (includes both).")
    private List<String> scopes;

    @Option(names = "--name", paramLabel = "NAME", description = "What the token is for (default ${DEFAULT-VALUE}).")
    private String name = "command line";

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private DatabaseOptions database;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Set<Scope> parsed = EnumSet.noneOf(Scope.class);
      for (String text : scopes) {
        Optional<Scope> scope = Scope.parse(text);
        if (scope.isEmpty()) {
          err.println("segmentum: --scopes: '" + text + "' is not a scope; use read, write or admin");
          return Main.INVALID_INPUT;
        }
        parsed.add(scope.get());
      }
      DatabaseOptions.Database db = DatabaseOptions.of(database);
      if (db.problem().isPresent()) {
        err.println("segmentum: " + db.problem().get());
        return Main.INVALID_INPUT;
      }
      String secret = Secrets.newToken("sgm_");
      Instant now = Clock.systemUTC().instant();
      Optional<TokenRow> created;
      try (Storage storage = Storage.open(db.location())) {
        created = storage.write(tx -> tx.shops().find(shop).isEmpty() ? Optional.<TokenRow>empty()
            : Optional.of(tx.tokens().create(shop, name.strip(), parsed, Secrets.hash(secret), now)));
      }
      if (created.isEmpty()) {
        err.println("segmentum: there is no shop " + shop + " in " + db.describe()
            + " (create one with: segmentum shop create)");
        return Main.INVALID_INPUT;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(secret);
      out.flush();
      err.println("created token " + created.get().id() + " (" + String.join(", ",
          parsed.stream().map(Scope::wireName).toList()) + ") for shop " + shop + "; it is shown only this once");
      return 0;
    }
  }
}
