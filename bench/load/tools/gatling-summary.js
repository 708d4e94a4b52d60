// Prints the errors and percentiles per request name of a Gatling report as a Markdown table.
//   node bench/load/tools/gatling-summary.js target/gatling/<run>/js/stats.js
// Gatling 3.13 writes its figures only into this script of the HTML report, as the value of `var stats`.
const fs = require('fs');

const source = fs.readFileSync(process.argv[2], 'utf8');
const stats = new Function(`${source}; return stats;`)();
const row = (name, s) =>
  `| ${name} | ${s.numberOfRequests.total} | ${s.numberOfRequests.ko} | ${s.percentiles1.total} | ` +
  `${s.percentiles3.total} | ${s.percentiles4.total} | ${s.maxResponseTime.total} |`;

console.log('| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
Object.values(stats.contents)
  .sort((a, b) => a.name.localeCompare(b.name))
  .forEach((c) => console.log(row(c.name, c.stats)));
console.log(row('**all requests**', stats.stats));
console.log(`\n${stats.stats.meanNumberOfRequestsPerSecond.total} requests per second on average`);
