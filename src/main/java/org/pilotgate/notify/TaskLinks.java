package org.pilotgate.notify;

import org.pilotgate.library.LibraryIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into Tasklist and the library, from PilotGate's public address ({@code pilotgate.public-url}). */
@Component
class TaskLinks {

  private final String publicUrl;
  private final String tasklist;

  TaskLinks(@Value("${pilotgate.public-url:http://localhost:8080}") String publicUrl) {
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.tasklist = this.publicUrl + "/camunda/app/tasklist/default/";
  }

  String tasklist() {
    return tasklist;
  }

  String task(String taskId) {
    return tasklist + "#/?task=" + taskId;
  }

  /** A hack day's report page. */
  String hackDay(String reference) {
    return publicUrl + "/hack-days/" + reference;
  }

  /** A published report's public page. */
  String report(String globalId) {
    return publicUrl + LibraryIndex.reportPath(globalId);
  }
}
