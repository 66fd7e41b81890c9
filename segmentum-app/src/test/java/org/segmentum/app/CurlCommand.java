package org.segmentum.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A printed {@code curl} command line, split as a POSIX shell would split it (words, single-quoted strings),
 * and sent with the real HTTP client: {@code -H} headers, {@code -d} body (which makes it a POST), {@code -X}
 * method, and the URL.
 */
record CurlCommand(String method, String url, Map<String, String> headers, String body) {

  static CurlCommand parse(String line) {
    List<String> words = words(line);
    if (words.isEmpty() || !words.get(0).equals("curl")) {
      throw new IllegalArgumentException("not a curl command: " + line);
    }
    String method = null;
    String url = null;
    String body = null;
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-s", "--silent" -> {
          // output options change nothing here
        }
        case "-H" -> {
          String header = words.get(++i);
          int colon = header.indexOf(':');
          headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        case "-d", "--data" -> body = words.get(++i);
        case "-X" -> method = words.get(++i);
        default -> {
          if (!word.startsWith("http://")) {
            throw new IllegalArgumentException("unexpected curl argument '" + word + "' in " + line);
          }
          url = word;
        }
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("no URL in " + line);
    }
    return new CurlCommand(method != null ? method : body != null ? "POST" : "GET", url, headers, body);
  }

  Api.Reply send() throws IOException, InterruptedException {
    Map<String, String> rest = new LinkedHashMap<>(headers);
    String authorization = rest.remove("Authorization");
    String token = authorization == null ? null : authorization.replaceFirst("^Bearer ", "");
    return Api.send(method, url, token, body, rest);
  }

  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed quote in " + line);
        }
        word.append(line, i + 1, end);
        inWord = true;
        i = end;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '"' || c == '\\' || c == '$' || c == '`' || c == '&' || c == ';' || c == '|') {
        throw new IllegalArgumentException("unquoted shell character " + c + " in " + line);
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
