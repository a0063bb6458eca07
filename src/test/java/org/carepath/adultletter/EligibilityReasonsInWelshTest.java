package org.carepath.adultletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Locale;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.carepath.support.Bundles;
import org.junit.jupiter.api.Test;

/**
 * A Welsh not-eligible letter gives the reason of the decision's rule from the message bundles: every
 * rule of {@code AdultEligibility} that refuses has a Welsh reason, and its English in the bundle is the
 * decision's own (a manager who changes or adds a rule is told here to give the translator its words).
 */
class EligibilityReasonsInWelshTest {

  @Test
  void shouldHaveWelshWordsForTheReasonOfEveryRuleThatRefuses() {
    DmnModelInstance model = Dmn.readModelFromFile(new File("processes/AdultEligibility.dmn"));
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    var outputs = table.getOutputs().stream().map(Output::getName).toList();
    int eligibility = outputs.indexOf("eligibility");
    int reason = outputs.indexOf("eligibilityRule");
    int refusing = 0;
    for (Rule rule : table.getRules()) {
      var entries = rule.getOutputEntries().stream().map(OutputEntry::getTextContent).toList();
      if (!entries.get(eligibility).contains("NOT_ELIGIBLE")) {
        continue;
      }
      refusing++;
      String key = "eligibility.reason." + rule.getId();
      String english = entries.get(reason).strip().replaceAll("^\"|\"$", "");
      assertThat(Bundles.MESSAGES.getMessage(key, null, "(none)", Locale.UK)).as(key).isEqualTo(english);
      assertThat(Bundles.MESSAGES.getMessage(key, null, "(none)", Bundles.WELSH)).as(key)
          .isNotEqualTo("(none)").isNotEqualTo(english).matches("(Lloegr|Cymru): .+");
    }
    assertThat(refusing).isEqualTo(6);
  }
}
