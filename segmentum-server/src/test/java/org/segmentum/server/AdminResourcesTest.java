package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The admin's files keep their promises: every string a script or page asks for is in the English
 * resource file, pages carry no inline script, style or event handler (the Content-Security-Policy would
 * block them), and scripts never parse data as markup.
 */
class AdminResourcesTest {
  private static final Path ADMIN = Path.of("src/main/resources/admin");
  private static final Pattern KEY_IN_SCRIPT = Pattern.compile("\\bt\\('([A-Za-z0-9_.]+)'");
  private static final Pattern KEY_IN_PAGE = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([A-Za-z0-9_.]+)\"");
  private static final Pattern FAIL_KEY = Pattern.compile("fail\\('([A-Za-z0-9_.]+)'|\\? '(login\\.[A-Za-z]+)' : '(login\\.[A-Za-z]+)'");

  @Test
  void everyStringAskedForIsInTheEnglishFile() throws IOException {
    JsonNode english = new ObjectMapper().readTree(ADMIN.resolve("i18n/en.json").toFile());
    Set<String> missing = new TreeSet<>();
    for (Path file : files(".js", ".html")) {
      String text = Files.readString(file);
      for (Pattern pattern : List.of(KEY_IN_SCRIPT, KEY_IN_PAGE, FAIL_KEY)) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
          for (int group = 1; group <= matcher.groupCount(); group++) {
            String key = matcher.group(group);
            if (key != null && !english.has(key)) {
              missing.add(ADMIN.relativize(file) + ": " + key);
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
    for (String group : List.of("CHAMPIONS", "LOYAL", "ACTIVE", "NEW", "PROMISING", "NEEDS_ATTENTION", "AT_RISK",
        "ALMOST_LOST", "PREVIOUSLY_LOYAL", "DORMANT", "PROSPECTS")) {
      assertThat(english.has("rfm.group." + group)).as(group).isTrue();
    }
    Templates.ALL.forEach(template -> assertThat(english.has("templates.category."
        + template.category().replaceAll("[^a-z]+", "_"))).as(template.category()).isTrue());
    // the names of server values the campaign and discount pages show
    Set<String> named = new TreeSet<>();
    for (var status : org.segmentum.storage.CampaignStatus.values()) {
      named.add("campaigns.status." + status.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (var status : org.segmentum.storage.RecipientStatus.values()) {
      named.add("recipients.status." + status.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (CampaignChannel channel : CampaignChannel.values()) {
      named.add("campaigns.channel." + channel.wireName());
      if (channel != CampaignChannel.EMAIL) {
        named.add("settings.channel." + channel.wireName());
      }
    }
    Personalisation.FIELDS.forEach(field -> named.add("editor.campaign.field." + field));
    for (String reason : List.of("not-started", "ended", "usage-limit-reached", "customer-limit-reached",
        "not-in-segment", "unknown-customer")) {
      named.add("discounts.reason." + reason);
    }
    assertThat(named.stream().filter(key -> !english.has(key)).toList()).isEmpty();
  }

  @Test
  void pagesHaveNoInlineScriptStyleOrHandlers() throws IOException {
    for (Path file : files(".html")) {
      String page = Files.readString(file);
      assertThat(page).as(file.toString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)")
          .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=").doesNotContain("<style");
    }
    for (Path file : files(".js")) {
      assertThat(Files.readString(file)).as(file.toString()).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
          "eval(", "new Function");
    }
  }

  private static List<Path> files(String... endings) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> all = Files.walk(ADMIN)) {
      all.filter(Files::isRegularFile).filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
          .forEach(found::add);
    }
    assertThat(found).isNotEmpty();
    return found;
  }
}
