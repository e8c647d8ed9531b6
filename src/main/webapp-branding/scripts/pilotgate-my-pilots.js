// "My pilots" in Tasklist's header, beside "Start process": PilotGate's page of the pilots the person is
// involved in (org.pilotgate.mypilots). Loaded as a custom script (config.js, customScripts): Camunda takes
// a custom script's default export as a plug-in, here for Tasklist's header actions.
export default {
  id: 'pilotgate-my-pilots',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render(node) {
    const link = document.createElement('a');
    // the webapp's base is <root>/camunda/app/tasklist/default/; PilotGate's pages are at <root>/
    link.href = new URL('../../../../pilots', document.baseURI).pathname;
    link.textContent = 'My pilots';
    node.append(link);
  }
};
