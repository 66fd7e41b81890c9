package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

/**
 * Every shop route refuses a missing or unknown token (401), hides the shop from another shop's token
 * (404) and refuses writes to a read-only token (403), and none of them changes or shows data then.
 */
class RouteSecurityTest {
  /** POST routes that only read (they take a query in the body), so a read token may call them. */
  private static final java.util.Set<String> READ_ONLY_POSTS = java.util.Set.of("/preview", "/impact");

  @org.junit.jupiter.api.io.TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void everyShopRouteChecksTheToken(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      Http.post(test.url("/api/v1/shops/1/customers"), test.writer, "{\"id\":1,\"created_at\":\"2026-01-01T00:00:00Z\"}");
      long segment = test.storage.read(tx -> tx.segments().list(1)).get(0).id();
      List<String> checked = new ArrayList<>();
      for (String route : test.server.routes()) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        if (!path.startsWith(SegmentRoutes.BASE)) {
          continue;
        }
        String url = test.url(path.replace("{shop}", "1").replace("{segment}", Long.toString(segment))
            .replace("{customer}", "1").replace("{records}", "customers").replaceAll("\\{[a-z_]+}", "1"));
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        assertThat(Http.send(method, url, null, body, Map.of()).status()).as("no token: " + route).isEqualTo(401);
        assertThat(Http.send(method, url, "sgm_not_a_token", body, Map.of()).status()).as("bad token: " + route)
            .isEqualTo(401);
        Http.Reply other = Http.send(method, url, test.otherShopAdmin, body, Map.of());
        assertThat(other.status()).as("other shop: " + route).isEqualTo(404);
        assertThat(other.text()).doesNotContain("Corner Shop");
        if (!method.equals("GET") && !READ_ONLY_POSTS.contains(path.substring(path.lastIndexOf('/')))) {
          assertThat(Http.send(method, url, test.reader, body, Map.of()).status()).as("read-only: " + route)
              .isEqualTo(403);
        }
        checked.add(route);
      }
      assertThat(checked).hasSizeGreaterThan(20);
      List<org.segmentum.storage.SegmentRow> segments = test.storage.read(tx -> tx.segments().list(1));
      assertThat(segments).hasSize(5);
      assertThat(Http.get(test.url("/api/v1/shops/1/customers/1"), test.reader).status()).isEqualTo(200);
    }
  }
}
