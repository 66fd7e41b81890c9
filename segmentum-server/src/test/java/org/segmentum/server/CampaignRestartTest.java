package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.segmentum.server.CampaignTesting.action;
import static org.segmentum.server.CampaignTesting.await;
import static org.segmentum.server.CampaignTesting.awaitStatus;
import static org.segmentum.server.CampaignTesting.campaign;
import static org.segmentum.server.CampaignTesting.ingest;
import static org.segmentum.server.CampaignTesting.segment;
import static org.segmentum.server.CampaignTesting.smtp;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

/**
 * A campaign survives the service stopping mid-send: what was sent is not sent again, what was pending is
 * sent after the start, and a message cut off while it was being handed over is never sent a second time.
 */
class CampaignRestartTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String SUBSCRIBERS = """
      {"id":1,"first_name":"Ana","email":"ana@example.com","created_at":"2026-01-05T10:00:00Z","email_marketing":"SUBSCRIBED"}
      {"id":2,"first_name":"Boris","email":"boris@example.com","created_at":"2026-01-05T10:00:00Z","email_marketing":"SUBSCRIBED"}
      {"id":3,"first_name":"Cveta","email":"cveta@example.com","created_at":"2026-01-05T10:00:00Z","email_marketing":"SUBSCRIBED"}
      {"id":4,"first_name":"Dimo","email":"dimo@example.com","created_at":"2026-01-05T10:00:00Z","email_marketing":"SUBSCRIBED"}
      {"id":5,"first_name":"Elena","email":"elena@example.com","created_at":"2026-01-05T10:00:00Z","email_marketing":"SUBSCRIBED"}
      """;
  /** Waits in real time without moving the clock: the test moves it, so messages go only when it says so. */
  private static final Sleeper NAP = duration -> Thread.sleep(5);

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aSendStoppedHalfwayGoesOnAfterTheRestartWithoutDuplicates(Flavor flavor) throws Exception {
    try (TestServer test = new TestServer(flavor, directory, CampaignTesting.settingsWithKey(), NAP)) {
      ingest(test, "customers", SUBSCRIBERS);
      long everyone = segment(test, "Everyone", "customer_added_date <= today");
      Http.send("PUT", test.url("/api/v1/shops/1/settings/smtp"), test.admin, Http.json(Map.of("host", "127.0.0.1",
          "port", MAIL.getSmtp().getPort(), "security", "none", "messages_per_minute", 1)), Map.of());
      long id = campaign(test, Map.of("name", "Slow", "segment_id", everyone, "sender", "news@corner.example",
          "subject", "Hello {{first_name}}", "body", "<p>Hello {{first_name}}</p>"));
      assertThat(action(test, id, "send").status()).isEqualTo(202);

      awaitMessages(1);
      test.clock.advance(Duration.ofMinutes(1));
      awaitMessages(2);
      await(() -> CampaignTesting.campaignView(test, id).get("recipients").get("sent").asInt() == 2,
          () -> "two recipients marked sent");

      test.restart();
      awaitMessages(3);
      while (!CampaignTesting.campaignView(test, id).get("status").asText().equals("completed")) {
        int before = MAIL.getReceivedMessages().length;
        test.clock.advance(Duration.ofMinutes(1));
        await(() -> MAIL.getReceivedMessages().length > before
            || CampaignTesting.campaignView(test, id).get("status").asText().equals("completed"),
            () -> "the next message after " + before);
      }
      assertThat(EmailCampaignTest.byRecipient(MAIL)).hasSize(5).allSatisfy((address, messages) ->
          assertThat(messages).as(address).hasSize(1));
      JsonNode done = awaitStatus(test, id, "completed");
      assertThat(done.get("recipients").get("sent").asInt()).isEqualTo(5);
      assertThat(done.get("recipients").get("uncertain").asInt()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aMessageCutOffWhileBeingHandedOverIsNeverSentAgain(Flavor flavor) throws Exception {
    try (SilentServer silent = new SilentServer();
         TestServer test = new TestServer(flavor, directory, CampaignTesting.settingsWithKey())) {
      ingest(test, "customers", SUBSCRIBERS);
      long everyone = segment(test, "Everyone", "customer_added_date <= today");
      smtp(test, silent.port(), "", "");
      long id = campaign(test, Map.of("name", "Cut off", "segment_id", everyone, "sender", "news@corner.example",
          "subject", "Hello", "body", "<p>Hello {{first_name}}</p>"));
      assertThat(action(test, id, "send").status()).isEqualTo(202);

      // the first message is being handed to a server that never answers; the service stops meanwhile
      await(() -> recipientStatus(test, id, 1).equals("attempting"), () -> "customer 1 to be attempted");
      assertThat(action(test, id, "pause").status()).isEqualTo(200);
      test.restart();
      silent.close();

      assertThat(recipientStatus(test, id, 1)).isEqualTo("uncertain");
      smtp(test, MAIL.getSmtp().getPort(), "", "");
      assertThat(action(test, id, "resume").status()).isEqualTo(200);
      JsonNode done = awaitStatus(test, id, "completed");
      assertThat(done.get("recipients").get("sent").asInt()).isEqualTo(4);
      assertThat(done.get("recipients").get("uncertain").asInt()).isEqualTo(1);
      assertThat(EmailCampaignTest.byRecipient(MAIL)).doesNotContainKey("ana@example.com").hasSize(4)
          .allSatisfy((address, messages) -> assertThat(messages).as(address).hasSize(1));
      String csv = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/recipients/export"), test.reader).text();
      assertThat(csv.lines().filter(line -> line.contains(",ana@example.com,uncertain,1,"))).hasSize(1);
    }
  }

  private static String recipientStatus(TestServer test, long id, long customer) {
    JsonNode recipients = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/recipients"), test.reader).json()
        .get("recipients");
    for (JsonNode recipient : recipients) {
      if (recipient.get("customer_id").asLong() == customer) {
        return recipient.get("status").asText();
      }
    }
    return "none";
  }

  private static void awaitMessages(int count) {
    await(() -> MAIL.getReceivedMessages().length >= count, () -> count + " messages; got "
        + MAIL.getReceivedMessages().length);
    assertThat(MAIL.getReceivedMessages()).hasSize(count);
  }

  /** A server that accepts connections and never says a word (an SMTP server hung mid-conversation). */
  private static final class SilentServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    SilentServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(() -> {
        try {
          while (!socket.isClosed()) {
            accepted.add(socket.accept());
          }
        } catch (IOException closed) {
          // closed by the test
        }
      }, "silent-smtp");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket connection : accepted) {
        connection.close();
      }
    }
  }
}
