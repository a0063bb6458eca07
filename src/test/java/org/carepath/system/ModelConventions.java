package org.carepath.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The house style's model conventions (docs: house style, "Models"), checked one model file at a
 * time: a BPMN or DMN file of {@code processes/} gives the list of its violations, each naming the
 * element at fault. Empty means the model follows the conventions.
 */
final class ModelConventions {

  private final Set<String> knownBeans;

  ModelConventions(Set<String> knownBeans) {
    this.knownBeans = Set.copyOf(knownBeans);
  }

  /** Conventions whose delegate expressions may name any bean found under {@code basePackage}. */
  static ModelConventions forBeansIn(String basePackage) {
    return new ModelConventions(beanNamesIn(basePackage));
  }

  List<String> check(Path model, Path forms) {
    String fileName = model.getFileName().toString();
    if (fileName.endsWith(".bpmn")) {
      return new BpmnConventions(model, forms, knownBeans).violations();
    }
    if (fileName.endsWith(".dmn")) {
      return DmnConventions.violations(model);
    }
    throw new IllegalArgumentException(model + " is neither a BPMN nor a DMN model");
  }

  /** The BPMN and DMN files directly in {@code folder}, sorted; none if the folder does not exist. */
  static List<Path> modelsIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn"))
          .sorted()
          .toList();
    }
  }

  /**
   * The names Spring gives the components under {@code basePackage} ({@code @Component},
   * {@code @Service}, {@code @Configuration}...), plus the names of their {@code @Bean} methods.
   */
  static Set<String> beanNamesIn(String basePackage) {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    var nameGenerator = new AnnotationBeanNameGenerator();
    var registry = new SimpleBeanDefinitionRegistry();
    Set<String> names = new TreeSet<>();
    for (BeanDefinition component : scanner.findCandidateComponents(basePackage)) {
      names.add(nameGenerator.generateBeanName(component, registry));
      if (component instanceof AnnotatedBeanDefinition annotated) {
        for (MethodMetadata method : annotated.getMetadata().getAnnotatedMethods(Bean.class.getName())) {
          String[] declared = (String[]) method.getAnnotationAttributes(Bean.class.getName()).get("name");
          names.addAll(declared.length == 0 ? List.of(method.getMethodName()) : Arrays.asList(declared));
        }
      }
    }
    return names;
  }
}
