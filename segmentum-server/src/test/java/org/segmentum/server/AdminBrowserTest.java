package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.model.Customer;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.storage.Flavor;

/**
 * The web admin in a real Chromium against a real server on a real SQLite file, with a generated shop
 * ingested through the API over 30 simulated days. One long walk-through of a merchant's work with a
 * segment, one tour of the customer, RFM and members views (also on a phone-sized screen), and one of
 * the messaging settings, a campaign sent to a segment through a real SMTP server (GreenMail, in this
 * JVM) and a segment's discount codes. Each page is photographed into {@code target/screenshots}, or into
 * the folder named by {@code -Dsegmentum.screenshots} (the README's pictures come from {@code
 * docs/screenshots}).
 */
class AdminBrowserTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("shop@corner.example", "shop", "s3cret"))
      .withPerMethodLifecycle(false);
  private static final String SUBSCRIBED_SEGMENT = "Customers who have purchased more than once";
  private static final String SUBJECT = "{{first_name|Friend}}, thank you from {{shop_name}}";
  private static final String BODY = "<h1>Hi {{first_name|there}}!</h1><p>You have spent {{amount_spent}} "
      + "{{currency}} in {{number_of_orders}} orders. Come back soon.</p>";

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
    test = new TestServer(Flavor.SQLITE, directory.resolve("db"), CampaignTesting.settingsWithKey());
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

  @Test
  void aMerchantSetsUpEmailSendsACampaignToASegmentAndGivesItADiscount() throws Exception {
    try (BrowserContext context = context(1280, 900)) {
      Page page = context.newPage();
      signIn(page);

      // settings: the SMTP server, its password stored sealed and never shown again
      page.locator("nav.nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Settings")).click();
      Locator smtp = page.locator("#smtp-form");
      expect(page.locator("#smtp-password-state")).containsText("Not set");
      smtp.getByLabel("Server").fill("127.0.0.1");
      smtp.getByLabel("Port").fill(Integer.toString(MAIL.getSmtp().getPort()));
      smtp.getByLabel("Security").selectOption("none");
      smtp.getByLabel("Login").fill("shop");
      smtp.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true)).fill("s3cret");
      smtp.getByLabel("Sender").fill("Corner Shop <news@corner.example>");
      smtp.getByLabel("Messages per minute").fill("600");
      smtp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save SMTP settings")).click();
      expect(page.locator("#smtp-password-state")).containsText("A password is stored");
      expect(smtp.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true))).hasValue("");
      JsonNode settings = api("GET", "/settings/smtp", null);
      assertThat(settings.get("password_set").asBoolean()).isTrue();
      assertThat(settings.get("sender").asText()).isEqualTo("Corner Shop <news@corner.example>");
      assertThat(settings.toString()).doesNotContain("s3cret");
      assertThat(test.storage.read(tx -> tx.messaging().smtp(1)).orElseThrow().sealedPassword().orElseThrow())
          .startsWith("v1:").doesNotContain("s3cret");
      // a provider's secret that is too short is refused next to its field; nothing is stored
      Locator sms = page.locator("#provider-sms-form");
      sms.getByLabel("Provider address").fill("https://sms.example.com/send");
      sms.getByLabel("Signing secret").fill("short");
      sms.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the SMS provider")).click();
      expect(page.locator("#provider-sms-secret-error")).containsText("at least 16 characters");
      expect(sms.getByLabel("Signing secret")).hasAttribute("aria-invalid", "true");
      assertThat(api("GET", "/settings/channels", null).get("providers")).isEmpty();
      shootWholePage(page, "15-settings");

      // a campaign written from a segment's page, previewed for its members as they would get it
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Segments").setExact(true)).click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SUBSCRIBED_SEGMENT)).click();
      long segment = Long.parseLong(page.url().replaceAll(".*/segments/(\\d+).*", "$1"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send a campaign to this segment")).click();
      expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New campaign"))).isVisible();
      expect(page.getByLabel("Campaign name")).hasValue("To " + SUBSCRIBED_SEGMENT);
      expect(page.getByLabel("Sender")).hasValue("Corner Shop <news@corner.example>");
      assertThat(page.getByLabel("Segment", new Page.GetByLabelOptions().setExact(true)).inputValue())
          .isEqualTo(Long.toString(segment));
      page.getByLabel("Campaign name").fill("Thank you, loyal customers");
      page.getByLabel("Subject").fill(SUBJECT);
      page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill(BODY);
      List<JsonNode> members = members(segment);
      JsonNode firstMember = members.get(0);
      expect(page.locator(".preview-who")).containsText("(customer " + firstMember.get("id").asLong() + ")");
      expect(page.locator(".preview-subject")).hasText(expectedSubject(firstMember));
      JsonNode chosen = members.stream().filter(AdminBrowserTest::subscribed)
          .filter(member -> member.get("id").asLong() != firstMember.get("id").asLong()).findFirst().orElseThrow();
      page.getByLabel("Preview for").fill(Long.toString(chosen.get("id").asLong()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
      expect(page.locator(".preview-who")).containsText("(customer " + chosen.get("id").asLong() + ")");
      expect(page.locator(".preview-head")).containsText(chosen.get("email").asText());
      expect(page.locator(".preview-subject")).hasText(expectedSubject(chosen));
      JsonNode facts = api("POST", "/campaigns/preview", Map.of("subject", SUBJECT, "body", BODY, "customer_id",
          chosen.get("id").asLong()));
      expect(page.frameLocator(".preview-frame").locator("h1")).hasText("Hi " + firstName(chosen, "there") + "!");
      expect(page.frameLocator(".preview-frame").locator("p")).hasText(
          facts.get("body").asText().replaceAll("(?s).*<p>(.*)</p>.*", "$1"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
      expect(page.locator("h1")).hasText("Thank you, loyal customers");
      long campaign = Long.parseLong(page.url().replaceAll(".*/campaigns/(\\d+).*", "$1"));
      expect(page.locator(".page-head .badge")).hasText("Draft");
      expect(page.locator(".preview-who")).containsText("(customer " + chosen.get("id").asLong() + ")");
      shootWholePage(page, "16-campaign-editor");

      // a test to one address, personalised for the customer of the preview and not recorded
      page.getByLabel("Address").fill("merchant@corner.example");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test")).click();
      expect(page.locator(".test-result")).hasText("Test sent to merchant@corner.example.");
      List<MimeMessage> tests = EmailCampaignTest.byRecipient(MAIL).get("merchant@corner.example");
      assertThat(tests).hasSize(1);
      assertThat(tests.get(0).getSubject()).isEqualTo(expectedSubject(chosen));

      // send, after confirming; the progress is followed until every recipient is handled
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send campaign")).click();
      expect(page.locator("dialog")).containsText("Every member of “" + SUBSCRIBED_SEGMENT + "” who accepts Email");
      page.locator("dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send now")).click();
      List<JsonNode> subscribed = members.stream().filter(AdminBrowserTest::subscribed).toList();
      assertThat(subscribed).hasSizeGreaterThan(1).hasSizeLessThan(members.size());
      int total = subscribed.size();
      expect(page.locator("#campaign-progress-text")).hasText("Done: all " + number(total) + " handled, "
          + number(total) + " sent.", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
      expect(page.locator(".page-head .badge")).hasText("Completed");
      assertThat(page.locator("#campaign-progress").evaluate("p => p.value === p.max")).isEqualTo(true);
      expect(page.locator(".count-sent dd")).hasText(number(total));
      expect(page.locator("table.recipients tbody tr")).hasCount(Math.min(total, 25));
      expect(page.locator(".pager-status").last()).hasText("1–" + Math.min(total, 25) + " of " + total);
      expect(page.locator("table.recipients tbody tr").first()).containsText("Sent");
      Download export = page.waitForDownload(() ->
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export recipients (CSV)")).click());
      List<String> lines = Files.readAllLines(export.path());
      assertThat(lines).hasSize(total + 1);
      assertThat(lines.get(0)).startsWith("campaign_id,campaign_name,channel,customer_id,address,status");
      expect(page.frameLocator(".preview-frame").locator("h1")).hasText("Hi " + firstName(chosen, "there") + "!");
      page.locator(".preview-frame").scrollIntoViewIfNeeded();
      shootWholePage(page, "17-campaign-sent");

      // exactly one personalised message per subscribed member, none to anyone else
      Map<String, List<MimeMessage>> mail = EmailCampaignTest.byRecipient(MAIL);
      Set<String> expected = new HashSet<>();
      subscribed.forEach(member -> expected.add(member.get("email").asText()));
      expected.add("merchant@corner.example");
      assertThat(mail.keySet()).isEqualTo(expected);
      for (JsonNode member : subscribed) {
        List<MimeMessage> received = mail.get(member.get("email").asText());
        assertThat(received).as(member.toString()).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo(expectedSubject(member));
        assertThat(message.getFrom()[0].toString()).isEqualTo("Corner Shop <news@corner.example>");
        JsonNode preview = api("GET", "/campaigns/" + campaign + "/preview?customer_id=" + member.get("id").asLong(),
            null);
        assertThat(message.getContent().toString().strip()).isEqualTo(preview.get("body").asText().strip())
            .startsWith("<h1>Hi " + firstName(member, "there").replace("&", "&amp;").replace("<", "&lt;") + "!</h1>");
      }

      // the list of campaigns
      page.locator("nav.nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Campaigns")).click();
      Locator row = page.locator("table.campaigns tbody tr[data-campaign='" + campaign + "']");
      expect(row).containsText("Thank you, loyal customers");
      expect(row).containsText(SUBSCRIBED_SEGMENT);
      expect(row.locator(".badge")).hasText("Completed");
      expect(row).containsText(number(total) + " of " + number(total) + " done, " + number(total) + " sent");
      shoot(page, "18-campaigns");

      // a discount code for the segment's members, and who may use it
      page.navigate(test.url("/admin/segments/" + segment));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Give this segment a discount code")).click();
      expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New discount code"))).isVisible();
      expect(page.getByLabel(SUBSCRIBED_SEGMENT)).isChecked();
      page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("THANKYOU10");
      page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("10");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
      Locator code = page.locator("table.discounts tbody tr[data-code='THANKYOU10']");
      expect(code).containsText(SUBSCRIBED_SEGMENT);
      expect(code).containsText("10%");
      expect(code).containsText("0, no limit · 1 per customer");
      JsonNode stored = api("GET", "/discounts/thankyou10", null);
      assertThat(stored.get("segment_ids")).extracting(JsonNode::asLong).containsExactly(segment);
      assertThat(stored.get("per_customer_limit").asInt()).isOne();
      page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("thankyou10");
      page.getByLabel("Customer id").fill(Long.toString(chosen.get("id").asLong()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
      expect(page.locator(".eligibility-answer .verdict")).hasText("Customer " + chosen.get("id").asLong()
          + " may use THANKYOU10 now (10%).");
      long outsider = api("GET", "/segments/" + segmentId("Customers who haven't purchased") + "/members?limit=1", null)
          .get("members").get(0).get("id").asLong();
      page.getByLabel("Customer id").fill(Long.toString(outsider));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
      expect(page.locator(".eligibility-answer .verdict")).hasText("Customer " + outsider
          + " may not use THANKYOU10 now:");
      expect(page.locator(".eligibility-answer .reasons li")).hasText("The customer is in none of the code's segments.");
      expect(page.locator(".segment-membership")).containsText("not in " + SUBSCRIBED_SEGMENT);
      shoot(page, "19-discounts");

      // a batch of unique codes with the same terms
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New code or batch")).click();
      page.getByLabel("A batch of codes").check();
      page.getByLabel("Prefix").fill("VIP-");
      page.getByLabel("How many").fill("5");
      page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("7.50");
      page.getByLabel("Discount", new Page.GetByLabelOptions().setExact(true)).selectOption("fixed_amount");
      page.getByLabel("Valid until").fill("2026-12-31T23:59");
      page.getByLabel(SUBSCRIBED_SEGMENT).check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
      expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("5 codes created"))).isFocused();
      List<String> codes = List.of(page.locator("#batch-codes").inputValue().split("\n"));
      assertThat(codes).hasSize(5).allMatch(text -> text.matches("VIP-[A-HJ-NP-Z2-9]{10}"));
      assertThat(new HashSet<>(codes)).hasSize(5);
      JsonNode batchCode = api("GET", "/discounts/" + codes.get(0), null);
      assertThat(batchCode.get("ends_at").asText()).as("the shop's wall clock, New York in winter")
          .isEqualTo("2027-01-01T04:59:00Z");
      assertThat(batchCode.get("value_type").asText()).isEqualTo("fixed_amount");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show them in the list")).click();
      expect(page.locator("table.discounts tbody tr")).hasCount(5);
      expect(page.locator("table.discounts tbody tr").first()).containsText("$7.50");
    }
    try (BrowserContext phone = context(390, 844)) {
      Page page = phone.newPage();
      signIn(page);
      page.locator("nav.nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Campaigns")).click();
      expect(page.locator("table.campaigns tbody tr").first()).containsText("Completed");
      page.locator("table.campaigns tbody tr").first().getByRole(AriaRole.LINK).first().click();
      expect(page.locator("#campaign-progress-text")).containsText("Done");
      shoot(page, "20-campaign-phone");
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

  /** Every member of a segment (the test shop is small enough for one page). */
  private static List<JsonNode> members(long segment) {
    List<JsonNode> found = new java.util.ArrayList<>();
    api("GET", "/segments/" + segment + "/members?limit=1000", null).get("members").forEach(found::add);
    return found;
  }

  private static long segmentId(String name) {
    for (JsonNode segment : api("GET", "/segments?limit=250", null).get("segments")) {
      if (segment.get("name").asText().equals(name)) {
        return segment.get("id").asLong();
      }
    }
    throw new AssertionError("no segment " + name);
  }

  /** Whether an email campaign reaches the member: subscribed to email marketing, with an address. */
  private static boolean subscribed(JsonNode member) {
    return member.get("email_marketing").asText().equals("SUBSCRIBED") && member.hasNonNull("email")
        && !member.get("email").asText().isBlank();
  }

  private static String firstName(JsonNode member, String otherwise) {
    String name = member.path("first_name").asText("").strip();
    return name.isEmpty() || member.get("first_name").isNull() ? otherwise : name;
  }

  private static String expectedSubject(JsonNode member) {
    return firstName(member, "Friend") + ", thank you from Corner Shop";
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
