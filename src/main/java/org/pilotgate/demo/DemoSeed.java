package org.pilotgate.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.hackday.HackDays;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.process.LifecycleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty demo with pilots in every state of the lifecycle ({@link DemoPilots}) and a past hack
 * day ({@link DemoHackDay}), so that a
 * newcomer finds Tasklist, the library, the compliance page and the audit pages already in use. Only in
 * the {@code demo} profile and with {@code pilotgate.demo.seed} on (the tests turn it off); production
 * never has this bean.
 *
 * <p>Runs at start-up after the demo users exist and before the job executor starts (Camunda's starter
 * starts it when the application is ready) and before the application reports itself ready for traffic.
 * The engine's clock is set back months and moved forward step by step, so every date reads as real
 * use would have left it. Everything is one transaction: a start killed while seeding leaves no pilot,
 * and the next start seeds afresh; a database with any pilot in it is never seeded. The partner
 * register is seeded the same way, on its own and first: only while it is empty ({@link DemoPartners}). The
 * pilots then name partners the register holds and some it does not, which gives the collaboration
 * champion (cam) partners to confirm and, for the approved pilot, partners to suggest.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "pilotgate.demo.seed", havingValue = "true")
public class DemoSeed {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

  private final ProcessEngine engine;
  private final TransactionTemplate transaction;
  private final PilotGateProperties properties;
  private final DemoPartners partners;
  private final HackDays hackDays;
  private final Clock clock;

  DemoSeed(ProcessEngine engine, TransactionTemplate transaction, PilotGateProperties properties,
      PartnerRegister partnerRegister, HackDays hackDays, Clock clock) {
    this.hackDays = hackDays;
    this.clock = clock;
    this.engine = engine;
    this.transaction = transaction;
    this.properties = properties;
    this.partners = new DemoPartners(partnerRegister);
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void seedAnEmptyDemo() {
    // the register first: the pilots' partners it holds are linked to them, the others wait for cam to confirm them
    try {
      if (seedPartnersIfEmpty()) {
        LOG.info("Demo seeded with {} partners in the partner register", DemoPartners.PARTNERS.size());
      }
    } catch (RuntimeException failure) {
      LOG.error("The demo's partners could not be seeded; the partner register starts empty", failure);
    }
    long started = System.nanoTime();
    try {
      if (seedIfEmpty()) {
        LOG.info("Demo seeded with pilots in every state of the lifecycle in {} ms", (System.nanoTime() - started) / 1_000_000);
      }
    } catch (RuntimeException failure) {
      // the demo still works without its pilots; nothing of the seeding was kept (one transaction)
      LOG.error("The demo could not be seeded; it starts without demo pilots", failure);
    }
  }

  /** Seeds the partner register if it is empty (one transaction); says whether it did. */
  public boolean seedPartnersIfEmpty() {
    return Boolean.TRUE.equals(transaction.execute(status -> partners.seedIfEmpty()));
  }

  /** Seeds the demo if no pilot was ever proposed; says whether it did. */
  public boolean seedIfEmpty() {
    Boolean seeded = transaction.execute(status -> {
      if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(LifecycleModel.PROCESS)
          .count() > 0) {
        return false;
      }
      LocalDate today = LocalDate.now(properties.zone());
      DemoSteps steps = new DemoSteps(engine, properties.zone());
      try {
        new DemoPilots(steps, today).seed();
        new DemoHackDay(steps, engine, hackDays, clock, properties.zone(), today).seed();
      } finally {
        steps.backToRealTime();
      }
      return true;
    });
    return Boolean.TRUE.equals(seeded);
  }
}
