package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.model.Customer;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.storage.Flavor;

/**
 * The web admin in a real Chromium against a real server on a real SQLite file, with a generated shop
 * ingested through the API over 30 simulated days. One long walk-through of a merchant's work with a
 * segment, and one tour of the customer, RFM and members views (also on a phone-sized screen). Each page
 * is photographed into {@code target/screenshots}, or into the folder named by {@code
 * -Dsegmentum.screenshots} (the README's pictures come from {@code docs/screenshots}).
 */
class AdminBrowserTest {
  private static final String BROKEN = "amount_spent > 100 AND last_order_dte < -60d";

  @TempDir
  static Path directory;
  static Chromium chromium;
  static TestServer test;
  static Path screenshots;
  static final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    chromium = Chromium.launch();
    test = new TestServer(Flavor.SQLITE, directory.resolve("db"));
    DemoShop.load(test, directory.resolve("shop"), 400, 30);
    screenshots = Path.of(System.getProperty("segmentum.screenshots", "target/screenshots"));
    Files.createDirectories(screenshots);
  }

  @org.junit.jupiter.api.AfterEach
  void noScriptProblems() {
    List<String> seen = List.copyOf(problems);
    problems.clear();
    assertThat(seen).as("console errors and warnings").isEmpty();
  }

  @AfterAll
  static void stop() {
    if (test != null) {
      test.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aMerchantWorksWithASegmentFromTemplateToDeletion() throws IOException {
    try (BrowserContext context = context(1280, 900)) {
      context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
      Page page = context.newPage();
      signIn(page);
      expect(page.locator("table.segments tbody tr")).hasCount(5);
      shoot(page, "02-segments");

      // create from a template
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start from a template")).click();
      expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Start from a template"))).isVisible();
      shoot(page, "03-templates");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Use the template Win back")).click();
      expect(page.locator("#segment-name")).hasValue("Win back");
      Locator query = page.locator("#segment-query");
      expect(query).hasValue("last_order_date < -60d AND number_of_orders >= 1");
      expect(page.locator(".live-count .count-number")).hasText(number(previewCount(
          "last_order_date < -60d AND number_of_orders >= 1")));

      // a mistake is underlined where it is, with its message when pointed at
      query.fill("");
      query.pressSequentially(BROKEN);
      Locator diagnostic = page.locator(".code-view .diag");
      expect(diagnostic).hasText("last_order_dte");
      expect(diagnostic).hasAttribute("data-start", Integer.toString(BROKEN.indexOf("last_order_dte")));
      expect(page.locator(".live-count")).containsText("Fix the problems");
      query.press("Escape");
      BoundingBox box = diagnostic.boundingBox();
      page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
      expect(page.locator(".diag-tip")).isVisible();
      expect(page.locator(".diag-tip")).containsText("last_order_date");
      expect(page.locator("#query-diagnostics")).containsText("Line 1, column 24");
      shoot(page, "04-editor-diagnostic");

      // fixed with a suggestion chosen by keyboard: the count appears, and follows the query
      query.fill("");
      query.pressSequentially("amount_sp");
      expect(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^amount_spent"))))
          .isVisible();
      query.press("Enter");
      expect(query).hasValue("amount_spent ");
      query.pressSequentially("> 100 AND last_order_date < -60d");
      query.press("Escape");
      expect(page.locator(".code-view .diag")).hasCount(0);
      long hundred = previewCount("amount_spent > 100 AND last_order_date < -60d");
      expect(page.locator(".live-count .count-number")).hasText(number(hundred));
      query.fill("amount_spent > 50 AND last_order_date < -60d");
      long fifty = previewCount("amount_spent > 50 AND last_order_date < -60d");
      assertThat(fifty).isGreaterThan(hundred);
      expect(page.locator(".live-count .count-number")).hasText(number(fifty));
      shoot(page, "05-editor-count");

      // save
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save segment")).click();
      expect(page.locator("h1.segment-name")).hasText("Win back");
      long id = Long.parseLong(page.url().replaceAll(".*/segments/(\\d+).*", "$1"));
      JsonNode saved = api("GET", "/segments/" + id, null);
      assertThat(saved.get("query").asText()).isEqualTo("amount_spent > 50 AND last_order_date < -60d");
      assertThat(saved.get("members").asLong()).isEqualTo(fifty);
      expect(page.locator(".stats")).containsText(number(fifty));
      shoot(page, "06-segment");

      // rename
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename")).click();
      page.getByLabel("New name").fill("Lapsed spenders");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name")).click();
      expect(page.locator("h1.segment-name")).hasText("Lapsed spenders");
      assertThat(api("GET", "/segments/" + id, null).get("name").asText()).isEqualTo("Lapsed spenders");

      // duplicate
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duplicate")).click();
      expect(page.locator("h1.segment-name")).hasText("Lapsed spenders (2)");
      assertThat(page.url()).doesNotEndWith("/segments/" + id);
      page.navigate(test.url("/admin/segments/" + id));
      expect(page.locator("h1.segment-name")).hasText("Lapsed spenders");

      // export: the file holds exactly the members
      Download download = page.waitForDownload(() ->
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV")).click());
      String csv = Files.readString(download.path());
      assertThat(csv).startsWith("Customer ID,First Name,Last Name,Email");
      List<Customer> exported = ShopifyCustomerCsv.read(new java.io.StringReader(csv), "export.csv", Instant.EPOCH)
          .customers();
      assertThat(exported.stream().map(Customer::id).toList()).containsExactlyInAnyOrderElementsOf(memberIds(id));

      // a feed link: shown once with a warning, copied, working, then revoked and dead
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create feed link")).click();
      expect(page.locator(".fresh-link .warning")).containsText("personal data");
      String feedUrl = page.locator("#new-feed-url").inputValue();
      assertThat(feedUrl).contains("/feeds/");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy")).click();
      expect(page.locator(".fresh-link .copied")).hasText("Copied.");
      assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(feedUrl);
      shoot(page.locator(".feeds-section"), "07-feed-link");
      Http.Reply feed = Http.get(feedUrl, null);
      assertThat(feed.status()).isEqualTo(200);
      assertThat(feed.text()).isNotBlank();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
      expect(page.locator(".fresh-link")).isHidden();
      page.locator("table.feeds").getByRole(AriaRole.BUTTON).first().click();
      page.locator("dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
      expect(page.locator(".feeds-section")).containsText("No feed links.");
      assertThat(Http.get(feedUrl, null).status()).isIn(404, 410);

      // someone else's edit is reported, not overwritten
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit query")).click();
      expect(query).hasValue("amount_spent > 50 AND last_order_date < -60d");
      String theirs = "amount_spent > 60 AND last_order_date < -60d";
      assertThat(Http.send("PATCH", test.url("/api/v1/shops/1/segments/" + id), test.admin,
          Http.json(Map.of("query", theirs)), Map.of()).status()).isEqualTo(200);
      query.fill("amount_spent > 70 AND last_order_date < -60d");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and publish")).click();
      expect(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Someone else changed")))
          .isVisible();
      assertThat(api("GET", "/segments/" + id, null).get("query").asText()).isEqualTo(theirs);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load their version")).click();
      expect(query).hasValue(theirs);

      // a draft: its impact is shown before it is published
      String draft = "amount_spent > 20 AND last_order_date < -60d";
      query.fill(draft);
      JsonNode impact = api("POST", "/segments/" + id + "/impact", Map.of("query", draft));
      assertThat(impact.get("joining").asLong()).isPositive();
      expect(page.locator(".impact .joining")).hasText(number(impact.get("joining").asLong()) + " customers would join");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
      expect(page.locator(".draft-panel")).isVisible();
      expect(page.locator(".page-head .badge.draft")).hasText("Draft");
      expect(page.locator(".draft-panel .joining")).hasText(number(impact.get("joining").asLong()) + " customers would join");
      expect(page.locator(".draft-panel .leaving")).hasText(number(impact.get("leaving").asLong()) + " customers would leave");
      assertThat(api("GET", "/segments/" + id, null).get("query").asText()).isEqualTo(theirs);
      shoot(page, "08-draft-impact");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish draft")).click();
      expect(page.locator(".draft-panel")).hasCount(0);
      JsonNode published = api("GET", "/segments/" + id, null);
      assertThat(published.get("query").asText()).isEqualTo(draft);
      assertThat(published.get("draft").asBoolean()).isFalse();
      expect(page.locator(".stats")).containsText(number(published.get("members").asLong()));

      // delete, after confirming (Escape cancels)
      Locator delete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete"));
      delete.click();
      expect(page.locator("dialog")).containsText("Delete “Lapsed spenders”?");
      page.keyboard().press("Escape");
      expect(page.locator("dialog")).hasCount(0);
      delete.click();
      page.locator("dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete segment")).click();
      expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Segments").setExact(true))).isVisible();
      expect(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lapsed spenders").setExact(true))).hasCount(0);
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/" + id), test.admin).status()).isEqualTo(404);
    }
  }

  @Test
  void customersRfmGroupsMembersAndAPhoneScreen() {
    try (BrowserContext context = context(1280, 900)) {
      Page page = context.newPage();
      signIn(page);

      // sorting the list from the keyboard
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Name").setExact(true)).press("Enter");
      expect(page.locator("table.segments th[aria-sort='ascending']")).containsText("Name");
      expect(page.locator("table.segments tbody tr").first()).containsText("Abandoned checkouts in the last 30 days");

      // a default segment with a month of history: chart, members, sorting, why
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Customers who have purchased at least once")).click();
      expect(page.locator("svg.chart polyline")).hasCount(1);
      expect(page.locator("table.members tbody tr")).hasCount(20);
      page.locator("table.members").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Orders")).click();
      expect(page.locator("table.members th[aria-sort='descending']")).containsText("Orders");
      page.locator("table.members tbody tr").first().getByRole(AriaRole.BUTTON).click();
      expect(page.locator(".why-answer .verdict")).containsText("is in this segment");
      expect(page.locator(".why-tree")).containsText("number_of_orders >= 1");
      shootWholePage(page, "09-segment-members");

      // customers: search, then one customer's groups and segments
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Customers").setExact(true)).click();
      page.getByLabel("Find a customer").fill("maria");
      Locator first = page.locator("table.customers tbody tr").first();
      expect(first).isVisible();
      shoot(page, "10-customers");
      first.getByRole(AriaRole.LINK).click();
      long customerId = Long.parseLong(page.url().replaceAll(".*/customers/(\\d+).*", "$1"));
      JsonNode customer = api("GET", "/customers/" + customerId, null);
      expect(page.locator(".stats")).containsText(groupName(customer.get("rfm_group").asText()));
      expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
          Pattern.compile("^In " + customer.get("segments").size() + " segments?$")))).isVisible();
      shoot(page, "11-customer");

      // the RFM grid adds up to every customer
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("RFM groups")).click();
      JsonNode grid = api("GET", "/rfm", null);
      expect(page.locator("td.rfm-cell")).hasCount(25);
      long total = grid.get("prospects").asLong();
      for (JsonNode cell : grid.get("cells")) {
        total += cell.get("customers").asLong();
        expect(page.locator("td.rfm-cell[data-recency='" + cell.get("recency").asInt() + "'][data-fm='"
            + cell.get("fm").asInt() + "'] .cell-count")).hasText(number(cell.get("customers").asLong()));
      }
      assertThat(total).isEqualTo(grid.get("customers").asLong()).isEqualTo(400);
      shoot(page, "12-rfm");

      // signing out ends the session
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
      expectPage(page).hasURL(Pattern.compile(".*/admin/login$"));
      page.navigate(test.url("/admin/segments"));
      expectPage(page).hasURL(Pattern.compile(".*/admin/login$"));
    }
    try (BrowserContext phone = context(390, 844)) {
      Page page = phone.newPage();
      signIn(page);
      expect(page.locator("table.segments tbody tr").first()).isVisible();
      shoot(page, "13-segments-phone");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New segment")).click();
      page.locator("#segment-query").pressSequentially("customer_tags CONTAINS 'v");
      expect(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("'vip'"))).isVisible();
      shoot(page, "14-editor-phone");
    }
  }

  private static BrowserContext context(int width, int height) {
    BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(width, height).setAcceptDownloads(true).setLocale("en-US").setTimezoneId("America/New_York"));
    context.setDefaultTimeout(20_000);
    return context;
  }

  /** Fails on script errors and on messages other than failed requests (which tests cause on purpose). */
  private static void watchConsole(Page page) {
    page.onPageError(error -> problems.add("page error: " + error));
    page.onConsoleMessage(message -> {
      boolean failedRequest = message.text().startsWith("Failed to load resource");
      if ((message.type().equals("error") && !failedRequest) || message.type().equals("warning")) {
        problems.add(message.type() + ": " + message.text());
      }
    });
  }

  private static void signIn(Page page) {
    watchConsole(page);
    page.onDialog(dialog -> dialog.accept());
    page.navigate(test.url("/admin/"));
    expectPage(page).hasURL(Pattern.compile(".*/admin/login$"));
    expect(page.getByRole(AriaRole.HEADING)).hasText("Sign in to Segmentum");
    shoot(page, "01-sign-in");
    page.getByLabel("Admin token").fill("sgm_not_a_token");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    expect(page.getByRole(AriaRole.ALERT)).containsText("not valid");
    page.getByLabel("Admin token").fill(test.admin);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Segments").setExact(true))).isVisible();
    expect(page.locator("#shop-name")).hasText("Corner Shop");
  }

  private static void shoot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png"))
        .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
  }

  private static void shootWholePage(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true)
        .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
  }

  private static void shoot(Locator element, String name) {
    element.screenshot(new Locator.ScreenshotOptions().setPath(screenshots.resolve(name + ".png"))
        .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
  }

  private static long previewCount(String query) {
    return api("POST", "/preview", Map.of("query", query)).get("members").asLong();
  }

  private static Set<Long> memberIds(long segment) {
    Set<Long> ids = new HashSet<>();
    api("GET", "/segments/" + segment + "/members?limit=1000", null).get("members")
        .forEach(member -> ids.add(member.get("id").asLong()));
    return ids;
  }

  private static JsonNode api(String method, String path, Object body) {
    Http.Reply reply = Http.send(method, test.url("/api/v1/shops/1" + path), test.admin,
        body == null ? null : Http.json(body), Map.of());
    assertThat(reply.status()).as(method + " " + path + ": " + reply.text()).isBetween(200, 299);
    return reply.json();
  }

  private static String number(long value) {
    return String.format(java.util.Locale.US, "%,d", value);
  }

  private static String groupName(String group) {
    String words = group.charAt(0) + group.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return words;
  }

  private static LocatorAssertions expect(Locator locator) {
    return PlaywrightAssertions.assertThat(locator);
  }

  private static PageAssertions expectPage(Page page) {
    return PlaywrightAssertions.assertThat(page);
  }
}
