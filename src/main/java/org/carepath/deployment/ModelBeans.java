package org.carepath.deployment;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The beans a model's expressions may name: carepath's delegates, listeners and {@link ForModels}
 * beans, and nothing else of the application context. Without this map Camunda's Spring integration
 * resolves every bean (a data source, {@code jdbcTemplate}, the engine's services) in any expression a
 * deployed model holds. Beans are looked up by name when an expression first names them.
 */
public class ModelBeans extends AbstractMap<Object, Object> {

  private static final String CAREPATH_PACKAGE = "org.carepath.";

  private final ApplicationContext context;
  private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();
  private final Set<Object> handedOut = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  public ModelBeans(ApplicationContext context) {
    this.context = context;
  }

  /** Whether {@code name} is a bean a model may use. */
  public boolean exposes(String name) {
    return name != null && verdicts.computeIfAbsent(name, this::decide);
  }

  private boolean decide(String name) {
    if (!context.containsBean(name)) {
      return false;
    }
    Class<?> type = context.getType(name);
    if (type == null) {
      return false;
    }
    Class<?> user = ClassUtils.getUserClass(type);
    return user.getName().startsWith(CAREPATH_PACKAGE)
        && (JavaDelegate.class.isAssignableFrom(user) || TaskListener.class.isAssignableFrom(user)
            || ExecutionListener.class.isAssignableFrom(user) || user.isAnnotationPresent(ForModels.class));
  }

  /** Whether a model may call {@code method} of bean {@code name}: a public method carepath's class declares. */
  public boolean exposesMethod(String name, String method) {
    return exposes(name) && declaredByCarepath(context.getType(name), method);
  }

  /** Whether {@code target} is a bean this map handed to an expression and {@code method} one of its own. */
  boolean mayInvoke(Object target, String method) {
    boolean known;
    synchronized (handedOut) {
      known = handedOut.contains(target);
    }
    return known && declaredByCarepath(target.getClass(), method);
  }

  /**
   * Declared public by a carepath class of the bean's own hierarchy: never a method of {@code
   * Object} ({@code getClass}, {@code wait}) nor of a Spring proxy ({@code removeAdvisor}, {@code
   * setCallback}), which the proxy class declares but no carepath class does.
   */
  static boolean declaredByCarepath(Class<?> type, String method) {
    for (Class<?> c = type == null ? null : ClassUtils.getUserClass(type); c != null && c.getName().startsWith(CAREPATH_PACKAGE);
        c = c.getSuperclass()) {
      for (java.lang.reflect.Method declared : c.getDeclaredMethods()) {
        if (declared.getName().equals(method) && java.lang.reflect.Modifier.isPublic(declared.getModifiers())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && exposes(name);
  }

  @Override
  public Object get(Object key) {
    if (!containsKey(key)) {
      return null;
    }
    Object bean = context.getBean((String) key);
    synchronized (handedOut) {
      handedOut.add(bean);
    }
    return bean;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    Map<Object, Object> all = new LinkedHashMap<>();
    for (String name : context.getBeanDefinitionNames()) {
      if (exposes(name)) {
        all.put(name, context.getBean(name));
      }
    }
    return all.entrySet();
  }
}
