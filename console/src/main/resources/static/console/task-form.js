// Renders the task's Camunda form with the form-js viewer, prefilled with the task's variables
// (and the user's draft), and posts its data as the completion variables. The server checks the
// required fields again; this script only spares the round trip.
(function () {
  'use strict';
  var formElement = document.getElementById('taakformulier');
  if (!formElement || !formElement.dataset.schema || typeof FormViewer === 'undefined') {
    return;
  }
  var container = document.getElementById('formulier');
  var loading = document.getElementById('formulier-laden');
  var schema = JSON.parse(formElement.dataset.schema);
  var values = JSON.parse(formElement.dataset.values || '{}');
  // debounce off: every keystroke reaches the form's data at once, so a click on "Afronden" right
  // after typing never submits the field's previous value
  var viewer = new FormViewer.Form({ container: container, debounce: false });

  viewer.importSchema(schema, values).then(function () {
    if (loading) {
      loading.remove();
    }
    formElement.dataset.ready = 'true';
  }).catch(function (error) {
    if (loading) {
      loading.textContent = 'Het formulier kon niet worden geladen: ' + error.message;
      loading.setAttribute('role', 'alert');
    }
  });

  formElement.addEventListener('submit', function (event) {
    event.preventDefault();
    var draft = event.submitter && event.submitter.id === 'concept';
    var data;
    if (draft && typeof viewer._getSubmitData === 'function') {
      data = viewer._getSubmitData();
    } else {
      var result = viewer.submit();
      if (!draft && Object.keys(result.errors).length > 0) {
        window.setTimeout(function () {
          var invalid = container.querySelector('[aria-invalid="true"]');
          if (invalid) {
            invalid.focus();
          }
        }, 0);
        return;
      }
      data = result.data;
    }
    document.getElementById('variables').value = JSON.stringify(data);
    if (draft) {
      formElement.action = formElement.dataset.draftAction;
    }
    HTMLFormElement.prototype.submit.call(formElement);
  });
}());
