package org.segmentum.model.generate;

/** The names, places and tags synthetic shops are made of. */
final class Vocabulary {
  private Vocabulary() {
  }

  static final String[] FIRST_NAMES = {"Maria", "Ivan", "Olivia", "James", "Elena", "Noah", "Sofia", "Liam", "Yuki",
      "Emma", "Georgi", "Mia", "Lucas", "Ana", "Chloe", "Daniel", "Hana", "Peter", "Nina", "Omar"};
  static final String[] LAST_NAMES = {"Smith", "Ivanova", "Garcia", "Müller", "Dubois", "Petrov", "Tanaka", "Brown",
      "Rossi", "Nowak", "Silva", "O'Brien", "Kowalski", "Jensen", "Novak", "Popescu"};
  static final String[] DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "mail.bg", "abv.bg", "icloud.com",
      "gmx.de", "orange.fr", "example.com", "shop.co.uk"};
  static final String[] LANGUAGES = {"en", "en", "en", "de", "fr", "bg", "es", "ja", "fr-CA", "it"};
  /** Customer tags by popularity; "vip" is the one the benchmark queries use. */
  static final String[] CUSTOMER_TAGS = {"newsletter", "returning", "vip", "wholesale", "b2b", "student", "gift",
      "loyalty", "referral", "influencer", "staff", "press", "event-2024", "event-2025", "survey"};
  /** Held by about 0.01 % of customers (PERFORMANCE.md Q7). */
  static final String RARE_TAG = "collector";
  static final String[] PRODUCT_TAGS = {"shoes", "summer", "sale", "new", "kids", "accessories", "winter",
      "outdoor", "eco", "limited", "bestseller", "gift"};
  static final String[] VENDORS = {"Acme", "Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Hooli"};
  static final String[] CATEGORIES = {"Apparel", "Shoes", "Sneakers", "Boots", "Sandals", "Clothing", "Shirts",
      "Trousers", "Dresses", "Accessories", "Bags", "Hats", "Jewellery", "Home", "Kitchen", "Decor", "Garden",
      "Toys", "Books", "Sports"};
  /** Parent index into CATEGORIES, or -1 for a root. */
  static final int[] CATEGORY_PARENTS = {-1, 0, 1, 1, 1, 0, 5, 5, 5, 0, 9, 9, 9, -1, 13, 13, 13, -1, -1, -1};

  /** Country, province, city, latitude, longitude; by popularity. */
  static final Object[][] PLACES = {
      {"US", "NY", "New York City", 40.7128, -74.0060}, {"GB", "ENG", "London", 51.5072, -0.1276},
      {"US", "CA", "Los Angeles", 34.0522, -118.2437}, {"DE", "BE", "Berlin", 52.5200, 13.4050},
      {"FR", "IDF", "Paris", 48.8566, 2.3522}, {"BG", "SOF", "Sofia", 42.6977, 23.3219},
      {"US", "IL", "Chicago", 41.8781, -87.6298}, {"GB", "ENG", "Manchester", 53.4808, -2.2426},
      {"CA", "ON", "Toronto", 43.6532, -79.3832}, {"AU", "NSW", "Sydney", -33.8688, 151.2093},
      {"JP", "13", "Tōkyō", 35.6762, 139.6503}, {"FR", "IDF", "Saint-Denis", 48.9362, 2.3574},
      {"BG", "VAR", "Varna", 43.2141, 27.9147}, {"ES", "MD", "Madrid", 40.4168, -3.7038},
      {"IT", "RM", "Rome", 41.9028, 12.4964}, {"US", "TX", "Austin", 30.2672, -97.7431},
      {"NL", "NH", "Amsterdam", 52.3676, 4.9041}, {"IE", "D", "Dublin", 53.3498, -6.2603}};
}
