// A stand-in for a DAX cluster endpoint, for samples and CI: a second endpoint that forwards every request to a
// DynamoDB endpoint, so reads and writes made through it see the same data, as DAX's write-through does. It caches
// nothing and speaks DynamoDB's HTTP protocol, not DAX's: an application talks to it with a plain DynamoDB client
// standing in for ClusterDaxClient. Stopping it (or pointing an application at a closed port) looks like an
// unreachable cluster.
// Usage: node dax-stand-in.js <dynamodb-url> [port] [host]; stops when its stdin closes, like start.js.
'use strict';
const http = require('http');

const target = new URL(process.argv[2]);
const port = Number(process.argv[3] || 0);
const host = process.argv[4] || '127.0.0.1';

const server = http.createServer((request, response) => {
  const upstream = http.request(
    { hostname: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode, answer.headers);
      answer.pipe(response);
    });
  upstream.on('error', (err) => {
    response.writeHead(502, { 'content-type': 'text/plain' });
    response.end(`dax stand-in: ${err.message}`);
  });
  request.pipe(upstream);
});

server.on('error', (err) => {
  console.error(`dax stand-in failed: ${err.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`dax stand-in listening on http://${host}:${server.address().port}, forwarding to ${target.origin}`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
