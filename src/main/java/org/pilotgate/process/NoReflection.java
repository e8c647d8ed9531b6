package org.pilotgate.process;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.env.Environment;

/**
 * Refuses, with a clear error, every step of an expression that would lead to running code on the
 * server: {@code getClass()} (or {@code .class}) on anything, and any property or method of a class,
 * class loader, reflection, the runtime, processes, threads, the database connection, the engine
 * itself (its services, which would run unchecked in a job, and its configuration) or Spring's bean
 * factory and environment. Resolves nothing itself: everything else goes on to the usual resolvers.
 */
final class NoReflection extends ELResolver {

  private static final Set<String> REFUSED_MEMBERS = Set.of("class", "getClass", "classLoader", "getClassLoader");
  private static final List<Class<?>> REFUSED_TYPES = List.of(Class.class, ClassLoader.class, Module.class,
      ModuleLayer.class, Runtime.class, ProcessBuilder.class, Process.class, ProcessHandle.class, Thread.class,
      ThreadGroup.class, ProcessEngineServices.class, ProcessEngineConfiguration.class, BeanFactory.class,
      Environment.class);
  private static final List<String> REFUSED_PACKAGES = List.of("java.lang.reflect.", "java.lang.invoke.",
      "javax.script.", "java.sql.", "javax.sql.", "javax.naming.", "org.springframework.jdbc.");

  private static final ClassValue<Boolean> REFUSED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return REFUSED_TYPES.stream().anyMatch(refused -> refused.isAssignableFrom(type)) || inRefusedPackage(type);
    }
  };

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    check(base, property);
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    check(base, method);
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    check(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    check(base, property);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    check(base, property);
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }

  private static void check(Object base, Object member) {
    if (base == null) {
      return;
    }
    if (REFUSED_MEMBERS.contains(String.valueOf(member)) || REFUSED.get(base.getClass())) {
      throw new ELException("PilotGate refuses '" + member + "' on " + base.getClass().getName()
          + ": expressions may not use reflection, class loading, the runtime, threads, the database or the"
          + " engine itself");
    }
  }

  private static boolean inRefusedPackage(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      if (REFUSED_PACKAGES.stream().anyMatch(current.getName()::startsWith)
          || java.util.Arrays.stream(current.getInterfaces()).anyMatch(NoReflection::inRefusedPackage)) {
        return true;
      }
    }
    return false;
  }
}
