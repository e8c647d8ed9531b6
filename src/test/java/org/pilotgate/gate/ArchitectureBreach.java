package org.pilotgate.gate;

import org.camunda.bpm.engine.impl.context.Context;
import org.pilotgate.web.Labels;
import org.pilotgate.notify.ProcessMail;

/** A domain feature reaching the library's pages, mail and the engine's internals, so ArchitectureTest can show its rules catch it. */
class ArchitectureBreach {

  Labels labels;
  ProcessMail mail;
  Context context;
}
