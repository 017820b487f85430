/**
 * The add-in's function file (manifest <FunctionFile>). The only ribbon command,
 * "Validate plan", opens the task pane (a ShowTaskpane action), so there is no function
 * to register; Office still loads this page, and it must initialise office.js.
 */
Office.onReady(() => {
  // nothing to register
});
