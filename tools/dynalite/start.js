// Starts dynalite (a DynamoDB-compatible server) for DynamoGen's tests, samples and benchmarks.
// Usage: node start.js <port> [host]
// Table state changes are instant, data lives in memory, and the server exits when its parent closes our stdin,
// so a crashed test run never leaves a server behind.
'use strict';
const dynalite = require('dynalite');

const port = Number(process.argv[2] || 0);
const host = process.argv[3] || '127.0.0.1';
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });

server.on('error', (err) => {
  console.error(`dynalite failed: ${err.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`dynalite listening on http://${host}:${server.address().port}`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
