package org.pilotgate.process;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Expressions in a deployed model (JUEL, {@code ${...}}) can call methods on any object they reach.
 * This plug-in narrows what they reach: only the Spring beans that PilotGate's own models name
 * ({@link ModelBeans}), and nothing that leads to reflection, class loading, the operating system or
 * the database ({@link NoReflection}, asked before any other resolver). Whoever can deploy a model
 * still decides the process, but cannot run code on the server through its expressions.
 */
@Component
class SafeExpressions extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  SafeExpressions(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = ModelBeans.namedIn(context, "classpath*:bpmn/**/*.*");
    // the beans map also limits what scripts see; the expression manager takes it from here
    configuration.setBeans(beans);
    configuration.setExpressionManager(new GuardedExpressionManager(context, beans));
  }

  private static final class GuardedExpressionManager extends SpringExpressionManager {

    GuardedExpressionManager(ApplicationContext context, Map<Object, Object> beans) {
      super(context, beans);
    }

    @Override
    protected ELResolver createElResolver() {
      CompositeELResolver resolver = new CompositeELResolver();
      resolver.add(new NoReflection());
      resolver.add(super.createElResolver());
      return resolver;
    }
  }
}
