/*
 * carepath's Tasklist configuration: Camunda's defaults (the keyboard shortcuts), plus one custom
 * script, uk-dates, so that every date on a form is read and shown as day/month/year whatever
 * language the browser is set to (in a US English browser, 14/03/2021 was read as month 14).
 */
export default {
  customScripts: ['scripts/uk-dates/uk-dates'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
