package org.pilotgate.notify;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into Tasklist, from PilotGate's public address ({@code pilotgate.public-url}). */
@Component
class TaskLinks {

  private final String tasklist;

  TaskLinks(@Value("${pilotgate.public-url:http://localhost:8080}") String publicUrl) {
    this.tasklist = publicUrl.replaceAll("/+$", "") + "/camunda/app/tasklist/default/";
  }

  String tasklist() {
    return tasklist;
  }

  String task(String taskId) {
    return tasklist + "#/?task=" + taskId;
  }
}
