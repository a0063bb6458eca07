package org.carepath.iap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carepath.deployment.ForModels;
import org.springframework.stereotype.Component;

/** The services chosen for an Integrated Assessment and Plan (bean {@code iapServices}). */
@ForModels
@Component("iapServices")
public class IapServices {

  static final Map<String, String> SERVICES = new LinkedHashMap<>();

  static {
    SERVICES.put("iapSpeechAndLanguage", "Speech and language therapy");
    SERVICES.put("iapOccupationalTherapy", "Occupational therapy");
    SERVICES.put("iapPhysiotherapy", "Physiotherapy");
    SERVICES.put("iapPaediatrics", "Community paediatrics");
    SERVICES.put("iapPsychology", "Psychology");
    SERVICES.put("iapEducation", "Education");
    SERVICES.put("iapSocialCare", "Social care");
  }

  /** One appointment per ticked service, in a stable order. */
  public List<String> chosen(VariableScope scope) {
    return ticked(scope);
  }

  /** The names of the services ticked on the "Choose IAP services" form, in a stable order. */
  public static List<String> ticked(VariableScope scope) {
    return SERVICES.entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(scope.getVariable(e.getKey())))
        .map(Map.Entry::getValue)
        .toList();
  }
}
