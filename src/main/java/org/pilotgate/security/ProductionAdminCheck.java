package org.pilotgate.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/** Refuses to start the {@code prod} profile without real administrator credentials, before anything else starts. */
public class ProductionAdminCheck implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      ProductionAdmin.from(environment);
    }
  }
}
