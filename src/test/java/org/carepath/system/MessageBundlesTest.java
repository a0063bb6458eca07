package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carepath.casefile.EligibilityOutcome;
import org.junit.jupiter.api.Test;

/**
 * The message bundles a translator edits: Welsh for every English key and nothing else, each message a
 * valid {@link MessageFormat} (an apostrophe written twice), no English left untranslated, and every
 * key a template names present.
 */
class MessageBundlesTest {

  static final Properties ENGLISH = load("/messages.properties");
  static final Properties WELSH = load("/messages_cy.properties");
  static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
  static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @Test
  void shouldHaveTheSameKeysInWelshAndEnglish() {
    assertThat(new TreeSet<>(WELSH.stringPropertyNames())).isEqualTo(new TreeSet<>(ENGLISH.stringPropertyNames()));
  }

  @Test
  void shouldWriteEveryApostropheTwiceAndFormatEveryMessage() {
    for (Properties bundle : List.of(ENGLISH, WELSH)) {
      for (String key : bundle.stringPropertyNames()) {
        String message = bundle.getProperty(key);
        assertThat(LONE_APOSTROPHE.matcher(message).find()).as(key + ": write ' as '' (MessageFormat)").isFalse();
        Object[] arguments = {2000, 2001, 3};
        assertThat(new MessageFormat(message, Locale.UK).format(arguments)).as(key).doesNotContain("''");
      }
    }
  }

  @Test
  void shouldTranslateEveryMessageThatHasWords() {
    Set<String> untranslated = new TreeSet<>();
    for (String key : ENGLISH.stringPropertyNames()) {
      if (ENGLISH.getProperty(key).matches(".*[a-z]{3,}.*") && ENGLISH.getProperty(key).equals(WELSH.getProperty(key))) {
        untranslated.add(key);
      }
    }
    assertThat(untranslated).isEmpty();
  }

  @Test
  void shouldHaveEveryKeyTheTemplatesName() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
        Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
        while (key.find()) {
          if (!ENGLISH.containsKey(key.group(1))) {
            missing.add(template.getFileName() + ": " + key.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldAskTheSelfAssessmentsQuestionsInTheWordsTheCaseFileKeeps() {
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      assertThat(ENGLISH.getProperty("selfAssessment.outcome." + outcome.name())).isEqualTo(outcome.question());
      assertThat(WELSH.getProperty("selfAssessment.outcome." + outcome.name())).as(outcome.name()).isNotBlank();
    }
  }

  static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return properties;
  }
}
