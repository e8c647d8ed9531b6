package org.pilotgate.library;

import org.pilotgate.demo.DemoSeed;
import org.pilotgate.gate.HarmResult;
import org.pilotgate.trial.TrialRecord;

/**
 * The library reaching the gate's and the trial's internals, and the demo, so ArchitectureTest can show
 * its rules catch them.
 */
class ArchitectureBreach {

  HarmResult harmResult;
  TrialRecord.Trial trial;
  DemoSeed demo;
}
