package org.segmentum.query;

/** The six comparison operators. */
public enum Cmp {
  EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<=");

  private final String symbol;

  Cmp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** The operator of the catalog that this comparison is. */
  public Operator operator() {
    return switch (this) {
      case EQ -> Operator.EQ;
      case NE -> Operator.NE;
      case GT -> Operator.GT;
      case GE -> Operator.GE;
      case LT -> Operator.LT;
      case LE -> Operator.LE;
    };
  }
}
