// Operate's diagram: the bpmn-js viewer (bundled from npm) shows the deployed BPMN with overlays
// from the server (data-overlays): counts of active tokens, incidents and completions per element,
// and the sequence flows taken highlighted. The tables on the page carry the same information for
// people who do not use the picture.
(function () {
  'use strict';
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var data = JSON.parse(container.getAttribute('data-overlays') || '{}');
  var viewer = new BpmnJS({ container: container, height: 480 });

  function badge(kind, count, label) {
    var element = document.createElement('span');
    element.className = 'kl-count kl-count--' + kind;
    element.textContent = String(count);
    element.title = label + ': ' + count;
    return element;
  }

  function show() {
    var canvas = viewer.get('canvas');
    var overlays = viewer.get('overlays');
    var registry = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport', 'auto');
    (data.taken || []).forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'kl-taken');
      }
    });
    (data.elements || []).forEach(function (s) {
      if (!registry.get(s.id)) {
        return;
      }
      if (s.completed > 0) {
        canvas.addMarker(s.id, 'kl-completed');
        overlays.add(s.id, 'kl-completed', {
          position: { bottom: 10, right: 10 },
          html: badge('completed', s.completed, container.getAttribute('data-label-completed'))
        });
      }
      if (s.active > 0) {
        canvas.addMarker(s.id, 'kl-active');
        overlays.add(s.id, 'kl-active', {
          position: { bottom: 10, left: -10 },
          html: badge('active', s.active, container.getAttribute('data-label-active'))
        });
      }
      if (s.incidents > 0) {
        canvas.addMarker(s.id, 'kl-incident');
        overlays.add(s.id, 'kl-incident', {
          position: { top: -12, right: 10 },
          html: badge('incident', s.incidents, container.getAttribute('data-label-incidents'))
        });
      }
    });
    container.setAttribute('data-loaded', 'true');
  }

  fetch(container.getAttribute('data-xml'), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      return viewer.importXML(xml);
    })
    .then(show)
    .catch(function () {
      container.textContent = container.getAttribute('data-error');
      container.setAttribute('data-loaded', 'error');
    });
})();
