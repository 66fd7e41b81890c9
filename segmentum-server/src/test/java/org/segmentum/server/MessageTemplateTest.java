package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The template engine: placeholders, defaults, escaping per channel, and problems with their positions. */
class MessageTemplateTest {
  private static final Set<String> FIELDS = Set.of("first_name", "last_order_date");

  @Test
  void placeholdersTakeValuesOrDefaults() {
    MessageTemplate template = valid("Hi {{ first_name | friend }}, last order {{last_order_date|never}}{{first_name}}!");
    assertThat(template.render(Map.of("first_name", "Ana", "last_order_date", "2026-03-08"),
        MessageTemplate.Escaping.PLAIN)).isEqualTo("Hi Ana, last order 2026-03-08Ana!");
    assertThat(template.render(Map.of("first_name", "  "), MessageTemplate.Escaping.PLAIN))
        .isEqualTo("Hi friend, last order never!");
    assertThat(template.fields()).containsExactly("first_name", "last_order_date");
  }

  @Test
  void htmlEscapesValuesAndDefaultsButNotTheTemplate() {
    MessageTemplate template = valid("<p class=\"x\">{{first_name|<you>}} & co</p>");
    assertThat(template.render(Map.of("first_name", "<script>'\"&"), MessageTemplate.Escaping.HTML))
        .isEqualTo("<p class=\"x\">&lt;script&gt;&#39;&quot;&amp; & co</p>");
    assertThat(template.render(Map.of(), MessageTemplate.Escaping.HTML)).isEqualTo("<p class=\"x\">&lt;you&gt; & co</p>");
    assertThat(template.render(Map.of("first_name", "<b>"), MessageTemplate.Escaping.PLAIN))
        .isEqualTo("<p class=\"x\"><b> & co</p>");
  }

  @Test
  void textWithoutPlaceholdersAndStrayBracesIsKept() {
    assertThat(valid("}} plain { text }").render(Map.of(), MessageTemplate.Escaping.HTML)).isEqualTo("}} plain { text }");
    assertThat(valid("").render(Map.of(), MessageTemplate.Escaping.PLAIN)).isEmpty();
  }

  @Test
  void problemsAreReportedWithTheirOffsets() {
    MessageTemplate.Parsed parsed = MessageTemplate.parse("ab {{frist_name}} {{ }} {{first_name {{x}}", FIELDS);
    assertThat(parsed).isInstanceOf(MessageTemplate.Parsed.Invalid.class);
    var problems = ((MessageTemplate.Parsed.Invalid) parsed).problems();
    assertThat(problems).extracting(MessageTemplate.Problem::offset).containsExactly(3, 18, 24, 37);
    assertThat(problems.get(0).message()).contains("unknown field 'frist_name'").contains("first_name, last_order_date");
    assertThat(problems.get(1).message()).contains("empty placeholder");
    assertThat(problems.get(2).message()).contains("not closed");
    assertThat(problems.get(3).message()).contains("unknown field 'x'");
  }

  private static MessageTemplate valid(String text) {
    MessageTemplate.Parsed parsed = MessageTemplate.parse(text, FIELDS);
    assertThat(parsed).isInstanceOf(MessageTemplate.Parsed.Valid.class);
    return ((MessageTemplate.Parsed.Valid) parsed).template();
  }
}
