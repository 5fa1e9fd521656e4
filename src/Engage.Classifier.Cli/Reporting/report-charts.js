// Draws the three charts of an engage evaluation report with Chart.js (inlined above this script).
// The data comes from the JSON block with id "engage-chart-data"; nothing is fetched.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('engage-chart-data').textContent);
  var colors = { curve: '#1f77b4', marker: '#d62728', chance: '#999999', genuine: '#2e8b57', low_relevance: '#ff8c00', spam: '#dc143c', threshold: '#000000' };

  function axis(title, max) {
    return { type: 'linear', min: 0, max: max, title: { display: true, text: title } };
  }

  function options(title, xTitle, yTitle, legendPosition) {
    return {
      animation: false,
      responsive: false,
      plugins: { title: { display: true, text: title }, legend: { position: legendPosition } },
      scales: { x: axis(xTitle, 1), y: axis(yTitle, 1) },
      layout: { padding: 8 }
    };
  }

  function line(label, points, color, dashed) {
    return { type: 'line', label: label, data: points, showLine: true, pointRadius: 0, borderWidth: 2, borderColor: color, backgroundColor: color, borderDash: dashed ? [6, 4] : [], clip: false };
  }

  new Chart(document.getElementById('chart-pr'), {
    type: 'scatter',
    data: {
      datasets: [
        line('Spam precision-recall', data.precisionRecall, colors.curve, false),
        { label: 'Model threshold', data: [data.operatingPoint], pointRadius: 6, borderColor: colors.marker, backgroundColor: colors.marker, clip: false }
      ]
    },
    options: options('Precision-recall curve', 'Spam recall', 'Spam precision', 'bottom')
  });

  new Chart(document.getElementById('chart-roc'), {
    type: 'scatter',
    data: {
      datasets: [
        line('Chance', [{ x: 0, y: 0 }, { x: 1, y: 1 }], colors.chance, true),
        line(data.rocLabel, data.roc, colors.curve, false)
      ]
    },
    options: options('ROC curve', 'False-positive rate (non-spam called spam)', 'True-positive rate (spam recall)', 'bottom')
  });

  var histogram = data.histogram.series.map(function (series) {
    return {
      type: 'bar',
      label: series.label,
      data: series.shares.map(function (share, bin) { return { x: data.histogram.binCenters[bin], y: share }; }),
      backgroundColor: colors[series.code],
      borderWidth: 0,
      grouped: true,
      barPercentage: 1,
      categoryPercentage: 0.9
    };
  });
  histogram.push(line(data.histogram.thresholdLabel, [{ x: data.histogram.threshold, y: 0 }, { x: data.histogram.threshold, y: 1 }], colors.threshold, true));
  var histogramOptions = options('Spam probability by true label', 'Spam probability', "Share of the label's comments", 'top');
  new Chart(document.getElementById('chart-histogram'), { type: 'bar', data: { datasets: histogram }, options: histogramOptions });
})();
