package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.segmentum.server.CampaignTesting.action;
import static org.segmentum.server.CampaignTesting.awaitStatus;
import static org.segmentum.server.CampaignTesting.campaign;
import static org.segmentum.server.CampaignTesting.ingest;
import static org.segmentum.server.CampaignTesting.segment;
import static org.segmentum.server.CampaignTesting.smtp;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

/**
 * Email campaigns against a real SMTP server (GreenMail) in this JVM: every member of the segment who
 * accepts email marketing gets exactly one message, personalised from their fields and facts; nobody else
 * gets one; a refused login pauses the campaign and fixing it sends the rest.
 */
class EmailCampaignTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("shop@corner.example", "shop", "s3cret"));

  static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","last_name":"Ivanova","email":"ana@example.com","created_at":"2026-01-05T10:00:00Z","email_marketing":"SUBSCRIBED","tags":["vip"]}
      {"id":2,"first_name":"Bo<b>ris","email":"boris@example.com","created_at":"2026-02-01T10:00:00Z","email_marketing":"SUBSCRIBED","tags":["vip"]}
      {"id":3,"first_name":"Cveta","email":"cveta@example.com","created_at":"2026-03-01T10:00:00Z","email_marketing":"UNSUBSCRIBED","tags":["vip"]}
      {"id":4,"first_name":"Dimo","email":"dimo@example.com","created_at":"2026-03-01T10:00:00Z","tags":["vip"]}
      {"id":5,"first_name":"Elena","email":"elena@example.com","created_at":"2026-03-01T10:00:00Z","email_marketing":"SUBSCRIBED"}
      {"id":6,"first_name":"Filip","created_at":"2026-03-01T10:00:00Z","email_marketing":"SUBSCRIBED","tags":["vip"]}
      """;
  static final String ORDERS = """
      {"id":10,"customer_id":1,"created_at":"2026-02-01T12:00:00Z","total_price":"150.00"}
      {"id":11,"customer_id":1,"created_at":"2026-03-01T02:00:00Z","total_price":"20.00"}
      {"id":12,"customer_id":3,"created_at":"2026-03-02T12:00:00Z","total_price":"45.50"}
      """;
  static final String SUBJECT = "{{first_name|Friend}}, a thank-you from {{ shop_name }}";
  static final String BODY = "<p>Hi {{first_name|there}}!</p><p>You spent {{amount_spent}} {{currency}}; your last "
      + "order was on {{last_order_date|- no order yet}} ({{days_since_last_order|?}} days ago).</p>";

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void everySubscribedMemberGetsOnePersonalisedMessage(Flavor flavor) throws Exception {
    try (TestServer test = new TestServer(flavor, directory, CampaignTesting.settingsWithKey())) {
      ingest(test, "customers", CUSTOMERS);
      ingest(test, "orders", ORDERS);
      long vip = segment(test, "VIP", "customer_tags CONTAINS 'vip'");
      smtp(test, MAIL.getSmtp().getPort(), "shop", "s3cret");

      Http.Reply settings = Http.get(test.url("/api/v1/shops/1/settings/smtp"), test.admin);
      assertThat(settings.json().get("password_set").asBoolean()).isTrue();
      assertThat(settings.text()).doesNotContain("s3cret");
      String sealed = test.storage.read(tx -> tx.messaging().smtp(1)).orElseThrow().sealedPassword().orElseThrow();
      assertThat(sealed).startsWith("v1:").doesNotContain("s3cret");

      long id = campaign(test, Map.of("name", "Thank you", "segment_id", vip, "sender",
          "Corner Shop <news@corner.example>", "subject", SUBJECT, "body", BODY));
      JsonNode preview = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/preview?customer_id=2"), test.reader)
          .json();
      assertThat(preview.get("subject").asText()).isEqualTo("Bo<b>ris, a thank-you from Corner Shop");
      assertThat(preview.get("body").asText()).startsWith("<p>Hi Bo&lt;b&gt;ris!</p>");
      assertThat(preview.get("reachable").asBoolean()).isTrue();
      JsonNode unsubscribed = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/preview?customer_id=3"),
          test.reader).json();
      assertThat(unsubscribed.get("reachable").asBoolean()).isFalse();
      assertThat(unsubscribed.get("reason").asText()).contains("email marketing");

      Http.Reply testSend = Http.post(test.url("/api/v1/shops/1/campaigns/" + id + "/test"), test.admin,
          Http.json(Map.of("address", "merchant@corner.example", "customer_id", 1)));
      assertThat(testSend.status()).as(testSend.text()).isEqualTo(200);
      assertThat(byRecipient(MAIL).get("merchant@corner.example")).hasSize(1);
      assertThat(campaignViewRecipients(test, id)).isZero();

      Http.Reply started = action(test, id, "send");
      assertThat(started.status()).as(started.text()).isEqualTo(202);
      assertThat(started.json().get("recipients").get("total").asInt()).isEqualTo(2);
      awaitStatus(test, id, "completed");

      Map<String, List<MimeMessage>> mail = byRecipient(MAIL);
      assertThat(mail.keySet()).containsExactlyInAnyOrder("merchant@corner.example", "ana@example.com",
          "boris@example.com");
      MimeMessage ana = mail.get("ana@example.com").get(0);
      assertThat(mail.get("ana@example.com")).hasSize(1);
      assertThat(ana.getSubject()).isEqualTo("Ana, a thank-you from Corner Shop");
      assertThat(ana.getContent().toString().strip()).isEqualTo("<p>Hi Ana!</p><p>You spent 170.00 USD; your last "
          + "order was on 2026-02-28 (10 days ago).</p>");
      assertThat(ana.getFrom()[0].toString()).isEqualTo("Corner Shop <news@corner.example>");
      assertThat(ana.getMessageID()).isEqualTo("<sgm-1-" + id + "-1@corner.example>");
      MimeMessage boris = mail.get("boris@example.com").get(0);
      assertThat(mail.get("boris@example.com")).hasSize(1);
      assertThat(boris.getSubject()).isEqualTo("Bo<b>ris, a thank-you from Corner Shop");
      assertThat(boris.getContent().toString().strip()).isEqualTo("<p>Hi Bo&lt;b&gt;ris!</p><p>You spent 0.00 USD; "
          + "your last order was on - no order yet (? days ago).</p>");

      JsonNode recipients = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/recipients"), test.reader).json();
      assertThat(recipients.get("recipients")).extracting(r -> r.get("customer_id").asLong() + ":"
          + r.get("status").asText() + ":" + r.get("attempts").asInt()).containsExactly("1:sent:1", "2:sent:1");
      Instant first = Instant.parse(recipients.get("recipients").get(0).get("attempted_at").asText());
      Instant second = Instant.parse(recipients.get("recipients").get(1).get("attempted_at").asText());
      assertThat(java.time.Duration.between(first, second)).as("120 a minute: one each half second of the clock")
          .isGreaterThanOrEqualTo(java.time.Duration.ofMillis(500));

      Http.Reply export = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/recipients/export"), test.reader);
      assertThat(export.status()).isEqualTo(200);
      assertThat(export.contentType()).startsWith("text/csv");
      List<String> lines = export.text().lines().toList();
      assertThat(lines.get(0)).isEqualTo(String.join(",", CampaignReads.EXPORT_COLUMNS));
      assertThat(lines).hasSize(3);
      assertThat(lines.get(1)).startsWith(id + ",Thank you,email,1,ana@example.com,sent,1,");

      assertThat(action(test, id, "send").status()).isEqualTo(409);
      assertThat(Http.send("PATCH", test.url("/api/v1/shops/1/campaigns/" + id), test.admin,
          Http.json(Map.of("name", "Again")), Map.of()).status()).isEqualTo(409);
      assertThat(byRecipient(MAIL).values().stream().mapToInt(List::size).sum()).isEqualTo(3);

      // erasing a customer erases the address the campaign went to; the record of the send stays
      assertThat(Http.send("DELETE", test.url("/api/v1/shops/1/customers/1"), test.writer, null, Map.of()).status())
          .isEqualTo(204);
      JsonNode erased = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/recipients"), test.reader).json()
          .get("recipients").get(0);
      assertThat(erased.get("address").asText()).isEqualTo("(erased)");
      assertThat(erased.get("status").asText()).isEqualTo("sent");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aRefusedLoginPausesAndTheFixSendsTheRestOnce(Flavor flavor) throws Exception {
    try (TestServer test = new TestServer(flavor, directory, CampaignTesting.settingsWithKey())) {
      ingest(test, "customers", CUSTOMERS);
      long vip = segment(test, "VIP", "customer_tags CONTAINS 'vip'");
      smtp(test, MAIL.getSmtp().getPort(), "shop", "wrong password");
      long id = campaign(test, Map.of("name", "Spring", "segment_id", vip, "sender", "news@corner.example",
          "subject", "Spring", "body", "<p>Hello {{first_name}}</p>"));
      assertThat(action(test, id, "send").status()).isEqualTo(202);
      JsonNode paused = awaitStatus(test, id, "paused");
      assertThat(paused.get("last_error").asText()).contains("refused the login");
      assertThat(paused.get("recipients").get("pending").asInt()).isEqualTo(2);
      assertThat(MAIL.getReceivedMessages()).isEmpty();

      // Boris unsubscribes while the campaign waits: he is skipped, not mailed
      ingest(test, "customers", "{\"id\":2,\"first_name\":\"Boris\",\"email\":\"boris@example.com\","
          + "\"created_at\":\"2026-02-01T10:00:00Z\",\"updated_at\":\"2026-03-10T15:00:00Z\","
          + "\"email_marketing\":\"UNSUBSCRIBED\",\"tags\":[\"vip\"]}");
      smtp(test, MAIL.getSmtp().getPort(), "shop", "s3cret");
      JsonNode resumed = action(test, id, "resume").json();
      assertThat(resumed.get("last_error").isNull()).isTrue();
      JsonNode done = awaitStatus(test, id, "completed");
      assertThat(done.get("recipients").get("sent").asInt()).isEqualTo(1);
      assertThat(done.get("recipients").get("skipped").asInt()).isEqualTo(1);
      assertThat(byRecipient(MAIL).keySet()).containsExactly("ana@example.com");
      assertThat(byRecipient(MAIL).get("ana@example.com")).hasSize(1);
      JsonNode skipped = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/recipients?status=skipped"),
          test.reader).json();
      assertThat(skipped.get("recipients").get(0).get("error").asText()).contains("email marketing");
    }
  }

  private static long campaignViewRecipients(TestServer test, long id) {
    return CampaignTesting.campaignView(test, id).get("recipients").get("total").asLong();
  }

  /** Every message GreenMail received, by recipient address. */
  static Map<String, List<MimeMessage>> byRecipient(GreenMailExtension server) throws Exception {
    Map<String, List<MimeMessage>> mail = new HashMap<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      for (var to : Arrays.asList(message.getRecipients(Message.RecipientType.TO))) {
        mail.computeIfAbsent(((jakarta.mail.internet.InternetAddress) to).getAddress(), k -> new ArrayList<>())
            .add(message);
      }
    }
    return mail;
  }
}
