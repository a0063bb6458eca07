package org.carepath.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The fields of the {@code DescribeService} form of {@code KeepDirectory}: a service's details as
 * flat variables (lists as comma-separated text, age groups as two boxes), and back.
 */
final class DirectoryEntryForm {

  static final List<String> FIELDS = List.of("serviceName", "serviceProvider", "serviceDescription", "serviceAreas",
      "serviceNeeds", "serviceForAdults", "serviceForChildren", "serviceAccessCriteria", "serviceRedFlags",
      "servicePhone", "serviceEmail", "serviceWeb", "confirmRetirement");

  private DirectoryEntryForm() {}

  /** The form's field for a field of the API ({@code areas[0]} is typed in {@code serviceAreas}). */
  static String field(String apiField) {
    String root = apiField.replaceAll("\\[\\d+]", "").replace("contact.", "");
    return switch (root) {
      case "ageGroups" -> "serviceForAdults";
      case "accessCriteria" -> "serviceAccessCriteria";
      case "redFlags" -> "serviceRedFlags";
      default -> "service" + Character.toUpperCase(root.charAt(0)) + root.substring(1);
    } + (apiField.equals(root) || apiField.startsWith("contact.") ? "" : " (" + apiField + ")");
  }

  static Map<String, Object> of(ServiceDetails d) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("serviceName", d.name());
    fields.put("serviceProvider", d.provider().name());
    fields.put("serviceDescription", d.description());
    fields.put("serviceAreas", String.join(", ", d.areas()));
    fields.put("serviceNeeds", String.join(", ", d.needs()));
    fields.put("serviceForAdults", d.ageGroups().contains(AgeGroup.ADULTS) || d.ageGroups().contains(AgeGroup.ALL));
    fields.put("serviceForChildren", d.ageGroups().contains(AgeGroup.CHILDREN) || d.ageGroups().contains(AgeGroup.ALL));
    fields.put("serviceAccessCriteria", d.accessCriteria());
    fields.put("serviceRedFlags", d.redFlags());
    fields.put("servicePhone", d.phone());
    fields.put("serviceEmail", d.email());
    fields.put("serviceWeb", d.web());
    return fields;
  }

  /** The request the form's fields make, checked like {@code POST /api/directory/services}. */
  static LocalServiceRequest request(VariableScope form) {
    Set<AgeGroup> ages = new TreeSet<>();
    if (Boolean.TRUE.equals(form.getVariable("serviceForAdults"))) {
      ages.add(AgeGroup.ADULTS);
    }
    if (Boolean.TRUE.equals(form.getVariable("serviceForChildren"))) {
      ages.add(AgeGroup.CHILDREN);
    }
    Provider provider = Arrays.stream(Provider.values()).filter(p -> p.name().equals(text(form, "serviceProvider")))
        .findFirst().orElse(null);
    return new LocalServiceRequest(text(form, "serviceName"), provider, text(form, "serviceDescription"),
        list(text(form, "serviceAreas")), list(text(form, "serviceNeeds")), List.copyOf(ages),
        text(form, "serviceAccessCriteria"), text(form, "serviceRedFlags"),
        new LocalServiceRequest.Contact(text(form, "servicePhone"), text(form, "serviceEmail"), text(form, "serviceWeb")));
  }

  private static List<String> list(String text) {
    return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String text(VariableScope form, String name) {
    Object value = form.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
