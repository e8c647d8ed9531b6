package org.pilotgate.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda groups PilotGate's roles map onto. */
public final class Groups {

  public static final String OFFICERS = "officers";
  public static final String MANAGERS = "managers";
  public static final String AUDITORS = "auditors";
  public static final String CHAMPIONS = "champions";
  public static final String ADMINS = "camunda-admin";
  /** Prometheus's scrape user: may read /actuator/prometheus and nothing else. */
  public static final String MONITORING = "monitoring";

  /** Group id to display name, in the order Admin lists them. */
  public static final Map<String, String> ALL = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of(
      OFFICERS, "Officers",
      MANAGERS, "Managers",
      AUDITORS, "Auditors",
      CHAMPIONS, "Collaboration champions",
      ADMINS, "Camunda administrators",
      MONITORING, "Monitoring (metrics scrapers)")));

  private Groups() {}
}
