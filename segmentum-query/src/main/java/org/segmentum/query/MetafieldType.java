package org.segmentum.query;

/** Types of custom fields (DATA.md §1, metafield definition). */
public enum MetafieldType {
  INTEGER("integer", ValueType.INTEGER), DECIMAL("decimal", ValueType.DECIMAL), STRING("string", ValueType.STRING),
  DATE("date", ValueType.DATE), BOOLEAN("boolean", ValueType.BOOLEAN),
  INTEGER_LIST("list.integer", ValueType.INTEGER_LIST), DECIMAL_LIST("list.decimal", ValueType.DECIMAL_LIST),
  STRING_LIST("list.string", ValueType.STRING_LIST);

  private final String text;
  private final ValueType valueType;

  MetafieldType(String text, ValueType valueType) {
    this.text = text;
    this.valueType = valueType;
  }

  /** The spelling of the exchange format, e.g. {@code list.integer}. */
  public String text() {
    return text;
  }

  /** The query type a field of this type has. */
  public ValueType valueType() {
    return valueType;
  }

  /** The type spelled as in the exchange format, if there is one. */
  public static java.util.Optional<MetafieldType> ofText(String text) {
    for (MetafieldType type : values()) {
      if (type.text.equals(text)) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }
}
