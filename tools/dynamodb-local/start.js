// Starts AWS's DynamoDB Local (Java) for DynamoGen's tests, and stops it with its parent, like ../dynalite/start.js.
// Usage: node start.js <dir holding DynamoDBLocal.jar and DynamoDBLocal_lib> <port> [host] [java]
// In memory, one database for every access key and region (-sharedDb). Prints "dynamodb-local listening on
// http://host:port" once the port accepts connections, and exits (stopping Java) when its stdin closes or Java exits.
'use strict';
const { spawn } = require('child_process');
const net = require('net');
const path = require('path');

const dir = process.argv[2];
const port = Number(process.argv[3]);
const host = process.argv[4] || '127.0.0.1';
const javaCommand = process.argv[5] || 'java';

const java = spawn(javaCommand, [
  `-Djava.library.path=${path.join(dir, 'DynamoDBLocal_lib')}`,
  '-Xms64m', '-Xmx512m', '-XX:TieredStopAtLevel=1', '-Xshare:auto',
  '-jar', path.join(dir, 'DynamoDBLocal.jar'),
  '-inMemory', '-sharedDb', '-port', String(port),
], { stdio: ['ignore', 'pipe', 'pipe'] });

let stopping = false;
const stop = (code) => {
  stopping = true;
  if (java.exitCode === null && java.signalCode === null) java.kill('SIGKILL');
  process.exit(code);
};

java.on('error', (err) => {
  console.error(`dynamodb-local: could not start '${javaCommand}': ${err.message}`);
  process.exit(127);
});
java.stderr.on('data', (chunk) => process.stderr.write(chunk));
java.stdout.on('data', () => {});
java.on('exit', (code, signal) => {
  if (!stopping) console.error(`dynamodb-local: java exited (${signal || code})`);
  process.exit(code || 1);
});

// DynamoDB Local prints no "ready" line of its own: poll the port until it accepts a connection.
const started = Date.now();
const probe = () => {
  const socket = net.connect({ host, port }, () => {
    socket.destroy();
    console.log(`dynamodb-local listening on http://${host}:${port}`);
  });
  socket.on('error', () => {
    socket.destroy();
    if (Date.now() - started > 60000) {
      console.error('dynamodb-local: the port did not open within 60 s');
      stop(1);
    } else {
      setTimeout(probe, 100);
    }
  });
};
probe();

process.stdin.on('end', () => stop(0));
process.stdin.on('error', () => stop(0));
process.stdin.resume();
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
