package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standard catalog holds exactly the filters of LANGUAGE.md §6, with their types and operators. */
class FilterCatalogTest {
  private static final String ORDERED = "=;!=;>;>=;<;<=;BETWEEN";
  private static final String LIST = "CONTAINS;NOT CONTAINS;IS NULL;IS NOT NULL";
  private static final FilterCatalog CATALOG = FilterCatalog.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      amount_spent              | decimal       | ORDERED                | -
      number_of_orders          | integer       | ORDERED                | -
      first_order_date          | date          | ORDERED;IS NULL;IS NOT NULL | -
      last_order_date           | date          | ORDERED;IS NULL;IS NOT NULL | -
      abandoned_checkout_date   | date          | ORDERED;IS NULL;IS NOT NULL | -
      customer_added_date       | date          | ORDERED;IS NULL;IS NOT NULL | -
      customer_tags             | list<tag>     | LIST                   | -
      customer_countries        | list<country> | LIST                   | -
      customer_regions          | list<region>  | LIST                   | -
      customer_cities           | list<city>    | LIST                   | -
      customer_email_domain     | string        | =;!=;IS NULL;IS NOT NULL | -
      customer_language         | string        | =;!=;IS NULL;IS NOT NULL | -
      email_subscription_status | enum          | =;!=                   | SUBSCRIBED NOT_SUBSCRIBED PENDING UNSUBSCRIBED INVALID REDACTED
      sms_subscription_status   | enum          | =;!=                   | SUBSCRIBED NOT_SUBSCRIBED PENDING UNSUBSCRIBED REDACTED
      customer_account_status   | enum          | =;!=                   | ENABLED DISABLED INVITED DECLINED
      predicted_spend_tier      | enum          | =;!=                   | HIGH MEDIUM LOW
      rfm_group                 | enum          | =;!=                   | CHAMPIONS LOYAL ACTIVE NEW PROMISING NEEDS_ATTENTION AT_RISK ALMOST_LOST PREVIOUSLY_LOYAL DORMANT PROSPECTS
      companies                 | list<id>      | LIST                   | -
      created_by_app_id         | integer       | =;!=;IS NULL;IS NOT NULL | -
      customer_group            | string        | =;!=;IS NULL;IS NOT NULL | -
      subscribed_channels       | list<enum>    | LIST                   | EMAIL SMS MESSENGER VIBER WHATSAPP PUSH
      """)
  void attributes(String name, String type, String operators, String values) {
    FilterDefinition filter = CATALOG.find(name).orElseThrow();
    assertThat(filter.kind()).isEqualTo(FilterDefinition.Kind.ATTRIBUTE);
    assertThat(filter.type().text()).isEqualTo(type);
    assertThat(filter.operators()).containsExactlyInAnyOrderElementsOf(operators(operators));
    assertThat(filter.values()).containsExactlyElementsOf(values == null ? List.of() : List.of(values.split(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      products_purchased           | id:id:=;IN;NOT IN tag:string:= category:id:=;IN date:date:ORDERED quantity:integer:ORDERED sum_quantity:integer:ORDERED count:integer:ORDERED
      orders_placed                | date:date:ORDERED amount:decimal:ORDERED sum_amount:decimal:ORDERED count:integer:ORDERED location_id:id:=;IN;NOT IN app_id:id:=;IN;NOT IN status:enum:=;!=;IN;NOT IN
      shopify_email.opened         | activity_id:id:=;IN;NOT IN date:date:ORDERED count:integer:ORDERED
      shopify_email.clicked        | activity_id:id:=;IN;NOT IN date:date:ORDERED count:integer:ORDERED
      shopify_email.delivered      | activity_id:id:=;IN;NOT IN date:date:ORDERED count:integer:ORDERED
      shopify_email.bounced        | activity_id:id:=;IN;NOT IN date:date:ORDERED count:integer:ORDERED
      shopify_email.marked_as_spam | activity_id:id:=;IN;NOT IN date:date:ORDERED count:integer:ORDERED
      shopify_email.unsubscribed   | activity_id:id:=;IN;NOT IN date:date:ORDERED count:integer:ORDERED
      storefront.product_viewed    | id:id:=;IN;NOT IN date:date:ORDERED count:integer:ORDERED
      storefront.collection_viewed | id:id:=;IN;NOT IN date:date:ORDERED count:integer:ORDERED
      customer_within_distance     | coordinates:coordinates:= distance_km:decimal:= distance_mi:decimal:=
      """)
  void functions(String name, String parameters) {
    FilterDefinition function = CATALOG.find(name).orElseThrow();
    assertThat(function.kind()).isEqualTo(FilterDefinition.Kind.FUNCTION);
    assertThat(function.operators()).containsExactlyInAnyOrder(Operator.MATCHES, Operator.NOT_MATCHES);
    List<String[]> expected = Arrays.stream(parameters.split(" (?=[a-z_]+:)")).map(p -> p.split(":")).toList();
    assertThat(function.parameters()).extracting(ParameterDefinition::name)
        .containsExactlyElementsOf(expected.stream().map(p -> p[0]).toList());
    for (String[] p : expected) {
      ParameterDefinition parameter = function.parameter(p[0]).orElseThrow();
      assertThat(parameter.type().text()).as(p[0]).isEqualTo(p[1]);
      assertThat(parameter.operators()).as(p[0]).containsExactlyInAnyOrderElementsOf(operators(p[2]));
      assertThat(parameter.isAggregate()).as(p[0]).isEqualTo(Set.of("count", "sum_quantity", "sum_amount").contains(p[0]));
    }
  }

  @Test
  void orderStatusesAreThoseOfTheSpec() {
    assertThat(CATALOG.find("orders_placed").flatMap(f -> f.parameter("status")).orElseThrow().values())
        .containsExactly("OPEN", "PAID", "FULFILLED", "CANCELLED", "REFUNDED");
  }

  @Test
  void aliasesUnsupportedFiltersAndAnniversary() {
    assertThat(CATALOG.aliases()).containsOnly(
        java.util.Map.entry("storefront_event.product_viewed", "storefront.product_viewed"),
        java.util.Map.entry("storefront_event.collection_viewed", "storefront.collection_viewed"));
    assertThat(CATALOG.find("storefront_event.product_viewed")).isEqualTo(CATALOG.find("storefront.product_viewed"));
    for (String unsupported : List.of("product_subscription_status", "store_credit_accounts")) {
      assertThat(CATALOG.find(unsupported).orElseThrow().kind()).isEqualTo(FilterDefinition.Kind.UNSUPPORTED);
    }
    assertThat(CATALOG.find("anniversary").orElseThrow().kind()).isEqualTo(FilterDefinition.Kind.ANNIVERSARY);
  }

  @Test
  void theCatalogHasNothingElse() {
    Set<String> names = new HashSet<>(CATALOG.filters().keySet());
    names.removeIf(n -> CATALOG.filters().get(n).kind() != FilterDefinition.Kind.ATTRIBUTE);
    assertThat(names).hasSize(21);
    assertThat(CATALOG.filters()).hasSize(21 + 11 + 2 + 1);
  }

  @Test
  void metafieldsGetTheirDefinitionsTypeAndNullTests() {
    FilterDefinition points = FilterCatalog.metafieldFilter(
        new MetafieldDefinition("loyalty", "points", "Points", MetafieldType.INTEGER));
    assertThat(points.name()).isEqualTo("metafields.loyalty.points");
    assertThat(points.operators()).containsExactlyInAnyOrderElementsOf(operators("ORDERED;IS NULL;IS NOT NULL"));
  }

  private static Set<Operator> operators(String list) {
    return Arrays.stream(list.replace("ORDERED", ORDERED).replace("LIST", LIST).split(";"))
        .map(String::strip).map(FilterCatalogTest::operator).collect(Collectors.toSet());
  }

  private static Operator operator(String text) {
    return Stream.of(Operator.values()).filter(o -> o.text().equals(text)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operator " + text));
  }
}
