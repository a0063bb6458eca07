/*
 * carepath: draws the dashboard's charts with Chart.js from each canvas's data-chart attribute
 * ({labels, series: {name: [numbers or null]}}). A suppressed figure (null) is left out of its chart,
 * never drawn as zero; every chart's figures are also in the table beside it.
 */
(function () {
  'use strict';
  var COLOURS = ['#005ea5', '#b10e1e', '#006435', '#6f2c91'];

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var names = Object.keys(data.series).sort();
    var datasets = names.map(function (name, i) {
      return {
        label: name,
        data: data.series[name],
        borderColor: COLOURS[i % COLOURS.length],
        backgroundColor: COLOURS[i % COLOURS.length],
        spanGaps: false
      };
    });
    return new window.Chart(canvas, {
      type: canvas.getAttribute('data-kind') || 'bar',
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { color: '#0b0c0c' } }, x: { ticks: { color: '#0b0c0c' } } },
        plugins: { legend: { labels: { color: '#0b0c0c' } } }
      }
    });
  }

  function start() {
    if (!window.Chart) {
      return; // the tables carry every figure
    }
    Array.prototype.forEach.call(document.querySelectorAll('canvas.chart'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
